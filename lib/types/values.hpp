// The value types of the domain: dates, periods, exact amounts and decimals.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <string>

namespace arshjul {

using Date = std::chrono::year_month_day;

/// 128-bit integer for sums of öre that may exceed 64 bits.
__extension__ using Wide = __int128;

/// A report period: the last month a report covers (docs/calendar.md).
struct Period {
  int year = 0;
  int month = 0;  // 1..12; 0 means "none"

  constexpr bool valid() const { return month >= 1 && month <= 12; }
  constexpr int key() const { return year * 12 + (month - 1); }
  friend constexpr auto operator<=>(const Period&, const Period&) = default;
};

/// The last day of the period's month.
Date period_end(Period p);
Period period_of(Date d);

/// An amount in whole öre (1 kr = 100 öre), always exact.
struct Amount {
  std::int64_t ore = 0;
  friend constexpr auto operator<=>(const Amount&, const Amount&) = default;
};

/// Amounts beyond ±90 000 000 000 000 000 öre are invalid (docs/data-format.md).
inline constexpr std::int64_t max_amount_ore = 90'000'000'000'000'000;

/// An exact decimal number: mantissa × 10^-scale.
struct Decimal {
  Wide mantissa = 0;
  int scale = 0;  // 0..max_decimal_scale

  /// The value rescaled to `scale` decimals (scale >= this->scale).
  Wide at_scale(int target_scale) const;
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  bool negative() const { return mantissa < 0; }
};

/// Limits that keep every aligned decimal within 128 bits.
inline constexpr int max_decimal_scale = 18;
inline constexpr int max_decimal_integer_digits = 18;

std::string format_date(Date d);      // YYYY-MM-DD
std::string format_period(Period p);  // YYYY-MM
/// Plain machine form: "-12.5" (no grouping, '.' decimal point).
std::string format_decimal_plain(const Decimal& d);
std::string format_wide(Wide v);
/// The nearest double (exact where mantissa and 10^scale are below 2^53).
double to_double(const Decimal& d);

}  // namespace arshjul
