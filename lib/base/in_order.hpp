// Work spread over threads in a bounded window, its results taken in order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace arshjul {

/// Calls `make(k)` for k = 0 … count-1 on up to `threads` threads (the calling
/// one among them) and `take(k, result)` on the calling thread in the order of
/// k. At most `window` results exist at a time, made and not yet taken, so
/// memory stays bounded however large `count` is. `make` must be safe to call
/// from several threads at once; an exception from it is rethrown on the
/// calling thread when its result would have been taken.
template <class Result, class Make, class Take>
void make_and_take_in_order(std::size_t count, unsigned threads, std::size_t window, Make&& make, Take&& take) {
  if (window == 0) window = 1;
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool ready = false;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable made, taken;
  std::size_t next_to_make = 0, next_to_take = 0;
  bool stop = false;
  const auto may_make = [&] { return next_to_make < count && next_to_make < next_to_take + window; };
  const auto make_one = [&](std::unique_lock<std::mutex>& lock) {
    const std::size_t k = next_to_make++;
    lock.unlock();
    std::optional<Result> result;
    std::exception_ptr error;
    try {
      result.emplace(make(k));
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    Slot& slot = slots[k % window];
    if (result) slot.result.emplace(std::move(*result));
    slot.error = error;
    slot.ready = true;
    made.notify_all();
  };
  const auto helper = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      taken.wait(lock, [&] { return stop || may_make(); });
      if (stop) return;
      make_one(lock);
    }
  };
  std::vector<std::thread> helpers;
  const std::size_t wanted = threads > 1 ? std::min<std::size_t>(threads - 1, count / 8) : 0;
  for (std::size_t t = 0; t < wanted; ++t) helpers.emplace_back(helper);
  const auto stop_helpers = [&] {
    {
      const std::lock_guard lock(mutex);
      stop = true;
    }
    taken.notify_all();
    for (std::thread& t : helpers) t.join();
  };
  try {
    for (std::size_t k = 0; k < count; ++k) {
      std::unique_lock lock(mutex);
      Slot& slot = slots[k % window];
      while (!slot.ready) {
        if (may_make())
          make_one(lock);  // rather than wait, make the next one here
        else
          made.wait(lock);
      }
      std::optional<Result> result = std::move(slot.result);
      const std::exception_ptr error = slot.error;
      slot.result.reset();
      slot.error = nullptr;
      slot.ready = false;
      ++next_to_take;
      lock.unlock();
      taken.notify_all();
      if (error) std::rethrow_exception(error);
      take(k, std::move(*result));
    }
  } catch (...) {
    stop_helpers();
    throw;
  }
  stop_helpers();
}

}  // namespace arshjul
