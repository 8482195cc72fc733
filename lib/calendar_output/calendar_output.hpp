// arshjul-calendar's formats (docs/calendar.md): text, csv, json, ics (RFC 5545).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "calendar/annual_cycle.hpp"
#include "model/kinds.hpp"

namespace arshjul {

enum class CalendarFormat : std::uint8_t { text, csv, json, ics };
std::optional<CalendarFormat> parse_calendar_format(std::string_view word);

struct CalendarOutputOptions {
  Lang lang = Lang::sv;
  bool holidays_only = false;
  std::chrono::sys_seconds stamp{};  // DTSTAMP: SOURCE_DATE_EPOCH or the as-of date
};

std::string format_calendar(const AnnualCycle& cycle, CalendarFormat format, const CalendarOutputOptions& options);

/// RFC 5545 text escaping and folding, exposed for tests.
std::string ics_escape(std::string_view text);
std::string ics_fold(std::string_view line);

}  // namespace arshjul
