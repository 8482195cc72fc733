// The model's computations: a volume row's volume effect (docs/data-format.md "Volumes").
#include <doctest/doctest.h>

#include "model/dataset.hpp"

using namespace arshjul;

namespace {
Decimal d(Wide mantissa, int scale = 0) { return Decimal{mantissa, scale}; }
}  // namespace

TEST_CASE("volume effect: (budget − forecast) × unit cost in öre") {
  CHECK(volume_effect(d(100), d(106), Amount{340'000}) == -2'040'000);  // 6 more days at 3 400 kr
  CHECK(volume_effect(d(100), d(94), Amount{340'000}) == 2'040'000);
  CHECK(volume_effect(d(100), d(100), Amount{340'000}) == 0);
  CHECK(volume_effect(d(0), d(0), Amount{0}) == 0);
}

TEST_CASE("volume effect: rounded half away from zero to whole öre") {
  CHECK(volume_effect(d(15, 1), d(0), Amount{1}) == 2);   // 1.5 öre
  CHECK(volume_effect(d(0), d(15, 1), Amount{1}) == -2);  // −1.5 öre
  CHECK(volume_effect(d(14, 1), d(0), Amount{1}) == 1);   // 1.4 öre
  CHECK(volume_effect(d(0), d(14, 1), Amount{1}) == -1);
  CHECK(volume_effect(d(25, 2), d(0), Amount{10}) == 3);   // 2.5 öre
  CHECK(volume_effect(d(249, 3), d(0), Amount{10}) == 2);  // 2.49 öre
}

TEST_CASE("volume effect: beyond the amount range is none") {
  CHECK(volume_effect(d(1000), d(0), Amount{90'000'000'000'000}) == max_amount_ore);  // exactly the limit
  CHECK_FALSE(volume_effect(d(1001), d(0), Amount{90'000'000'000'000}).has_value());
  CHECK_FALSE(volume_effect(d(0), d(1001), Amount{90'000'000'000'000}).has_value());
  // A product beyond 128 bits.
  const Wide huge = static_cast<Wide>(900'000'000'000'000'000) * 1'000'000'000'000'000'000;
  CHECK_FALSE(volume_effect(d(huge, 18), d(0), Amount{max_amount_ore}).has_value());
}
