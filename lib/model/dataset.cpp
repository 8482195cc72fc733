#include "model/dataset.hpp"

namespace arshjul {

const std::string& Dataset::path_of(std::uint32_t file) const {
  static const std::string none;
  if (file != no_file) return files[file].path;
  return given_paths.empty() ? none : given_paths.front();
}

std::optional<std::int64_t> volume_effect(const Decimal& budget, const Decimal& forecast, Amount unit_cost) {
  const Decimal saved = budget - forecast;
  Wide product = 0;
  // A product beyond 128 bits is, even after the largest scale, beyond the amount range.
  if (__builtin_mul_overflow(saved.mantissa, static_cast<Wide>(unit_cost.ore), &product)) return std::nullopt;
  Wide divisor = 1;
  for (int i = 0; i < saved.scale; ++i) divisor *= 10;
  Wide ore = product / divisor;
  const Wide rest = product % divisor;  // the sign of product
  if (rest * 2 >= divisor) ++ore;
  if (rest * 2 <= -divisor) --ore;
  if (ore > max_amount_ore || ore < -max_amount_ore) return std::nullopt;
  return static_cast<std::int64_t>(ore);
}

}  // namespace arshjul
