// Internals of the calendar formats.
#pragma once

#include <string>
#include <vector>

#include "calendar_output/calendar_output.hpp"

namespace arshjul::detail {

/// Deadlines that share a due date, kind and period: one calendar event.
struct ReportGroup {
  Date due;
  ReportKind kind;
  Period period;
  bool mandatory;
  std::vector<int> units;
};
std::vector<ReportGroup> report_groups(const AnnualCycle& c);

std::string capitalised(std::string_view s);
/// "Månadsuppföljning april 2026", "Monthly follow-up April 2026".
std::string report_title(ReportKind kind, Period p, Lang lang);
/// "Månadsuppföljning april 2026 (12 enheter)".
std::string report_summary(const ReportGroup& g, Lang lang);
/// A holiday by its Swedish name, a closed day in the language.
std::string_view day_label(const NamedDay& day, Lang lang);

std::string format_ics(const AnnualCycle& c, const CalendarOutputOptions& o);
std::string format_svg(const AnnualCycle& c, const CalendarOutputOptions& o);

}  // namespace arshjul::detail
