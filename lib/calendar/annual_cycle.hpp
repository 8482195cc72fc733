// The year's deadlines and closed days, for arshjul-calendar.
#pragma once

#include <optional>
#include <vector>

#include "calendar/report_rules.hpp"
#include "calendar/working_days.hpp"

namespace arshjul {

struct Deadline {
  int unit = -1;
  ReportKind kind{};
  Period period;
  Date due;
  bool mandatory = false;
};

struct AnnualCycle {
  int year = 0;
  std::string municipality;
  std::vector<NamedDay> days;       // holidays, aftnar and closed days, by date
  std::vector<Deadline> deadlines;  // by due date, unit, kind, period
  std::vector<Unit> units;          // for names
  WorkingCalendar calendar;         // the organisation's closed days too, for reminders
};

/// The cycle of the organisation's year, or of `year` without an organisation.
AnnualCycle annual_cycle(const Organisation* org, const ReportRules& rules, int year);

}  // namespace arshjul
