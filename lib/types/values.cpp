#include "types/values.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace arshjul {

using namespace std::chrono;

Date period_end(Period p) {
  return year_month_day_last{year{p.year}, month_day_last{month{static_cast<unsigned>(p.month)}}};
}

Period period_of(Date d) { return {static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month()))}; }

namespace {
Wide pow10(int n) {
  Wide r = 1;
  while (n-- > 0) r *= 10;
  return r;
}
}  // namespace

Wide Decimal::at_scale(int target_scale) const { return mantissa * pow10(target_scale - scale); }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  const int s = std::max(a.scale, b.scale);
  const Wide x = a.at_scale(s), y = b.at_scale(s);
  return x < y ? std::strong_ordering::less : x > y ? std::strong_ordering::greater : std::strong_ordering::equal;
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  const int s = std::max(a.scale, b.scale);
  return {a.at_scale(s) + b.at_scale(s), s};
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  const int s = std::max(a.scale, b.scale);
  return {a.at_scale(s) - b.at_scale(s), s};
}

std::string format_date(Date d) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

std::string format_period(Period p) { return fmt::format("{:04}-{:02}", p.year, p.month); }

std::string format_wide(Wide v) {
  if (v == 0) return "0";
  const bool neg = v < 0;
  // Work with the negative value so that the minimum does not overflow.
  Wide n = neg ? v : -v;
  std::string digits;
  while (n != 0) {
    digits.push_back(static_cast<char>('0' - static_cast<int>(n % 10)));
    n /= 10;
  }
  if (neg) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

double to_double(const Decimal& d) { return static_cast<double>(d.mantissa) / static_cast<double>(pow10(d.scale)); }

std::string format_decimal_plain(const Decimal& d) {
  std::string digits = format_wide(d.mantissa < 0 ? -d.mantissa : d.mantissa);
  if (d.scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(d.scale))
      digits.insert(0, static_cast<std::size_t>(d.scale) - digits.size() + 1, '0');
    digits.insert(digits.size() - static_cast<std::size_t>(d.scale), 1, '.');
  }
  return d.mantissa < 0 ? "-" + digits : digits;
}

}  // namespace arshjul
