// Numbers, amounts and dates as people read them, in Swedish or English
// (docs/reports.md): sv "1 234 567,5" with U+00A0, "1,5 %"; en "1,234,567.5", "1.5%".
#pragma once

#include <string>
#include <string_view>

#include "types/kinds.hpp"
#include "types/values.hpp"

namespace arshjul {

/// A whole number with thousands grouped.
std::string format_integer(Wide value, Lang lang);
/// Öre to whole tkr, rounded half away from zero.
Wide round_to_tkr(Wide ore);
/// "1 235" tkr from öre, rounded half away from zero.
std::string format_tkr(Wide ore, Lang lang);
/// An exact decimal with its own decimals: sv "7,25", en "7.25".
std::string format_decimal(const Decimal& value, Lang lang);
/// numerator / denominator as a percentage with one decimal, rounded half away
/// from zero: sv "-1,5 %", en "-1.5%". Denominator must not be 0.
/// numerator / denominator in tenths of a percent, rounded half away from zero.
Wide percent_tenths(Wide numerator, Wide denominator);
std::string format_percent(Wide numerator, Wide denominator, Lang lang);
/// A value with its measure unit, as the language writes it: sv "7,5 %" and
/// "12 st" with U+00A0; en "7.5%", "12 st". The unit is used as given.
std::string format_quantity(const Decimal& value, std::string_view unit, Lang lang);
/// "april", "April".
std::string_view month_name(int month, Lang lang);
/// "april 2026" / "April 2026".
std::string format_period_words(Period p, Lang lang);
/// A report in words: "månadsuppföljningen för augusti 2026" / "the monthly follow-up for August 2026".
std::string format_report(ReportKind kind, Period p, Lang lang);

}  // namespace arshjul
