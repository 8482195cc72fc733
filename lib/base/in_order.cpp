#include "base/in_order.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace arshjul::detail {

void run_in_order(std::size_t count, unsigned threads, std::size_t window, const std::function<void(std::size_t)>& make,
                  const std::function<void(std::size_t)>& take) {
  std::vector<char> ready(window, 0);  // made and not yet taken, by slot
  std::mutex mutex;
  std::condition_variable made, taken;
  std::size_t next_to_make = 0, next_to_take = 0;
  bool stop = false;
  // Slot k % window is free once take(k - window) has returned.
  const auto may_make = [&] { return next_to_make < count && next_to_make < next_to_take + window; };
  const auto make_one = [&](std::unique_lock<std::mutex>& lock) {
    const std::size_t k = next_to_make++;
    lock.unlock();
    make(k);
    lock.lock();
    ready[k % window] = 1;
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
      {
        std::unique_lock lock(mutex);
        while (!ready[k % window]) {
          if (may_make())
            make_one(lock);  // rather than wait, make the next one here
          else
            made.wait(lock);
        }
        ready[k % window] = 0;
      }
      take(k);
      {
        const std::lock_guard lock(mutex);
        ++next_to_take;
      }
      taken.notify_all();
    }
  } catch (...) {
    stop_helpers();
    throw;
  }
  stop_helpers();
}

}  // namespace arshjul::detail
