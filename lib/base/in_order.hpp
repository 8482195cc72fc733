// Work spread over threads in a bounded window, its results taken in order.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace arshjul {

namespace detail {
/// Calls make(k) for k = 0 … count-1 on up to `threads` threads (the calling
/// one among them), never more than `window` ahead of take(k), which runs on
/// the calling thread in the order of k, each after its make(k). An exception
/// from take stops the helpers and is rethrown; `make` must not throw.
void run_in_order(std::size_t count, unsigned threads, std::size_t window, const std::function<void(std::size_t)>& make,
                  const std::function<void(std::size_t)>& take);
}  // namespace detail

/// Calls `make(k)` for k = 0 … count-1 on up to `threads` threads and
/// `take(k, result)` on the calling thread in the order of k. At most `window`
/// results exist at a time, made and not yet taken, so memory stays bounded
/// however large `count` is. `make` must be safe to call from several threads
/// at once; an exception from it is rethrown on the calling thread when its
/// result would have been taken.
template <class Result, class Make, class Take>
void make_and_take_in_order(std::size_t count, unsigned threads, std::size_t window, Make&& make, Take&& take) {
  if (window == 0) window = 1;
  std::vector<std::optional<Result>> results(window);
  std::vector<std::exception_ptr> errors(window);
  detail::run_in_order(
      count, threads, window,
      [&](std::size_t k) {
        try {
          results[k % window].emplace(make(k));
        } catch (...) {
          errors[k % window] = std::current_exception();
        }
      },
      [&](std::size_t k) {
        if (std::exception_ptr error = std::exchange(errors[k % window], nullptr)) std::rethrow_exception(error);
        std::optional<Result> result = std::move(results[k % window]);
        results[k % window].reset();
        take(k, std::move(*result));
      });
}

}  // namespace arshjul
