#include "values/format.hpp"

#include <fmt/format.h>

#include <array>

namespace arshjul {

namespace {
constexpr std::string_view nbsp = "\xC2\xA0";

std::string group(std::string digits, Lang lang) {
  const std::string_view sep = lang == Lang::sv ? nbsp : ",";
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += sep;
    out.push_back(digits[i]);
  }
  return out;
}

Wide abs_wide(Wide v) { return v < 0 ? -v : v; }

// a / b rounded half away from zero (b > 0).
Wide divide_rounded(Wide a, Wide b) {
  const Wide q = abs_wide(a) / b, r = abs_wide(a) % b;
  const Wide rounded = q + (2 * r >= b ? 1 : 0);
  return a < 0 ? -rounded : rounded;
}
}  // namespace

std::string format_integer(Wide value, Lang lang) {
  const std::string digits = group(format_wide(abs_wide(value)), lang);
  return value < 0 ? "-" + digits : digits;
}

Wide round_to_tkr(Wide ore) { return divide_rounded(ore, 100'000); }

std::string format_tkr(Wide ore, Lang lang) { return format_integer(round_to_tkr(ore), lang); }

std::string format_decimal(const Decimal& value, Lang lang) {
  Wide m = abs_wide(value.mantissa);
  Wide scale = 1;
  for (int i = 0; i < value.scale; ++i) scale *= 10;
  std::string out = group(format_wide(m / scale), lang);
  if (value.scale > 0) {
    std::string fraction = format_wide(m % scale);
    fraction.insert(0, static_cast<std::size_t>(value.scale) - fraction.size(), '0');
    out += (lang == Lang::sv ? "," : ".") + fraction;
  }
  return value.mantissa < 0 ? "-" + out : out;
}

Wide percent_tenths(Wide numerator, Wide denominator) {
  if (denominator < 0) numerator = -numerator, denominator = -denominator;
  // Exact while numerator × 1000 fits in 128 bits (any sum of öre does);
  // beyond that, both shrink together: a shown tenth of a percent loses nothing.
  constexpr Wide limit = (~(Wide{1} << 127)) / 1000;
  while (abs_wide(numerator) > limit || denominator > limit) numerator /= 10, denominator /= 10;
  if (denominator == 0) denominator = 1;
  return divide_rounded(numerator * 1000, denominator);
}

std::string format_percent(Wide numerator, Wide denominator, Lang lang) {
  const std::string text = format_decimal(Decimal{percent_tenths(numerator, denominator), 1}, lang);
  return lang == Lang::sv ? text + std::string(nbsp) + "%" : text + "%";
}

std::string format_quantity(const Decimal& value, std::string_view unit, Lang lang) {
  std::string text = format_decimal(value, lang);
  if (unit.empty()) return text;
  if (lang == Lang::sv) return text + std::string(nbsp) + std::string(unit);
  return text + (unit == "%" ? "" : " ") + std::string(unit);
}

std::string_view month_name(int month, Lang lang) {
  static constexpr std::array<std::string_view, 12> sv{"januari",   "februari", "mars",     "april",
                                                       "maj",       "juni",     "juli",     "augusti",
                                                       "september", "oktober",  "november", "december"};
  static constexpr std::array<std::string_view, 12> en{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};
  if (month < 1 || month > 12) return {};
  return (lang == Lang::sv ? sv : en)[static_cast<std::size_t>(month - 1)];
}

std::string format_period_words(Period p, Lang lang) { return fmt::format("{} {}", month_name(p.month, lang), p.year); }

std::string format_report(ReportKind kind, Period p, Lang lang) {
  return fmt::format("{} {} {}", definite_name(kind, lang), lang == Lang::sv ? "för" : "for",
                     format_period_words(p, lang));
}

}  // namespace arshjul
