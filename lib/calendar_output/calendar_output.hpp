// arshjul-calendar's formats (docs/calendar.md): text, csv, json, ics (RFC 5545), svg (the årshjul).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "base/format_table.hpp"
#include "calendar/annual_cycle.hpp"
#include "types/kinds.hpp"

namespace arshjul {

struct CalendarOutputOptions {
  Lang lang = Lang::sv;
  bool holidays_only = false;
  std::chrono::sys_seconds stamp{};  // DTSTAMP: SOURCE_DATE_EPOCH or the as-of date
  std::optional<Date> as_of;         // the wheel's hand
  std::optional<int> remind;         // ics: an alarm this many working days before each due date
};

/// The cycle with only these units' deadlines (indices into `cycle.units`; empty: all).
AnnualCycle only_units(AnnualCycle cycle, const std::vector<int>& units);

/// arshjul-calendar's formats (--format), in the order --help names them.
using CalendarFormat = OutputFormat<AnnualCycle, CalendarOutputOptions>;
std::span<const CalendarFormat> calendar_formats();

/// RFC 5545 text escaping and folding, exposed for tests.
std::string ics_escape(std::string_view text);
std::string ics_fold(std::string_view line);

}  // namespace arshjul
