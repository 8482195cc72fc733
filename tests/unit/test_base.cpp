// lib/base: work in a bounded window, taken in order.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/in_order.hpp"
#include "base/sha256.hpp"

using namespace arshjul;

namespace {
// Counts the results that exist at once: made and not yet destroyed.
struct Counted {
  static inline std::atomic<int> alive{0};
  static inline std::atomic<int> most{0};
  std::size_t k = 0;
  explicit Counted(std::size_t k_) : k(k_) { note(++alive); }
  Counted(Counted&& o) noexcept : k(o.k) { note(++alive); }
  Counted& operator=(Counted&&) = delete;
  ~Counted() { --alive; }
  static void note(int now) {
    for (int m = most; now > m && !most.compare_exchange_weak(m, now);) {
    }
  }
};
}  // namespace

TEST_CASE("results are taken in order on every thread count") {
  for (const unsigned threads : {1u, 2u, 8u}) {
    std::vector<std::size_t> taken;
    make_and_take_in_order<std::size_t>(
        1000, threads, 16,
        [](std::size_t k) {
          if (k % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(50));  // out of order
          return k * k;
        },
        [&](std::size_t k, std::size_t&& r) {
          CHECK(r == k * k);
          taken.push_back(k);
        });
    REQUIRE(taken.size() == 1000);
    for (std::size_t k = 0; k < taken.size(); ++k) CHECK(taken[k] == k);
  }
}

TEST_CASE("no more results exist at once than the window holds") {
  Counted::most = 0;
  const std::size_t window = 8;
  make_and_take_in_order<Counted>(
      2000, 4, window, [](std::size_t k) { return Counted(k); },
      [](std::size_t k, Counted&& c) {
        CHECK(c.k == k);
        std::this_thread::sleep_for(std::chrono::microseconds(k % 50 == 0 ? 200 : 0));  // a slow consumer
      });
  CHECK(Counted::alive == 0);
  // Each result is moved once into its slot and once to the consumer: two objects a result at most.
  CHECK(Counted::most <= static_cast<int>(2 * window + 2));
}

TEST_CASE("an error in making is raised where its result would be taken, after the earlier ones") {
  std::vector<std::size_t> taken;
  CHECK_THROWS_AS(make_and_take_in_order<std::size_t>(
                      500, 3, 10,
                      [](std::size_t k) {
                        if (k == 123) throw std::runtime_error("bad file");
                        return k;
                      },
                      [&](std::size_t k, std::size_t&&) { taken.push_back(k); }),
                  std::runtime_error);
  CHECK(taken.size() == 123);
}

TEST_CASE("an error in taking stops the helpers") {
  std::atomic<std::size_t> made{0};
  CHECK_THROWS_AS(make_and_take_in_order<int>(
                      100000, 4, 4,
                      [&](std::size_t) {
                        ++made;
                        return 1;
                      },
                      [](std::size_t k, int&&) {
                        if (k == 10) throw std::runtime_error("disk full");
                      }),
                  std::runtime_error);
  CHECK(made < 100);  // the window stopped them; none was left running
}

TEST_CASE("nothing to do, and a window of zero") {
  int calls = 0;
  make_and_take_in_order<int>(
      0, 4, 8, [&](std::size_t) { return ++calls; }, [&](std::size_t, int&&) { ++calls; });
  CHECK(calls == 0);
  std::vector<std::size_t> taken;
  make_and_take_in_order<std::size_t>(
      5, 2, 0, [](std::size_t k) { return k; }, [&](std::size_t k, std::size_t&&) { taken.push_back(k); });
  CHECK(taken == std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("SHA-256 of the FIPS 180-4 examples and across block boundaries") {
  const auto digest = [](std::string_view s) {
    Sha256 h;
    h.update(s);
    return h.hex();
  };
  CHECK(digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(digest(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  Sha256 pieces;  // the same bytes fed in parts give the same digest
  pieces.update("abcdbcdecdefdefgefghfghighijhijk");
  pieces.update("ijkljklmklmnlmnomnopnopq");
  CHECK(pieces.hex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
