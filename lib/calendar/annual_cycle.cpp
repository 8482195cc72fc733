#include "calendar/annual_cycle.hpp"

#include <algorithm>
#include <tuple>

#include "calendar/schedule.hpp"

namespace arshjul {

AnnualCycle annual_cycle(const Organisation* org, const ReportRules& rules, int year) {
  AnnualCycle c;
  c.year = org ? org->year : year;
  c.days = holidays(c.year);
  if (!org) return c;
  c.municipality = org->municipality;
  c.units = org->units;
  for (const ClosedDay& closed : org->closed_days)
    if (static_cast<int>(closed.date.year()) == c.year) c.days.push_back({closed.date, "closed day", DayKind::lokal});
  std::stable_sort(c.days.begin(), c.days.end(), [](const NamedDay& a, const NamedDay& b) {
    return std::chrono::sys_days{a.date} < std::chrono::sys_days{b.date};
  });
  c.calendar = calendar_of(*org);
  const WorkingCalendar& calendar = c.calendar;
  for (std::size_t u = 0; u < org->units.size(); ++u)
    for (ReportKind kind : all_report_kinds) {
      const MonthSet months = rules.required_months(kind, org->units[u]);
      for (int m = 1; m <= 12; ++m) {
        if (!months.test(static_cast<std::size_t>(m))) continue;
        const Period p{c.year, m};
        c.deadlines.push_back(
            {static_cast<int>(u), kind, p, due_date(rules.of(kind).due, p, calendar), is_mandatory(kind, p)});
      }
    }
  std::sort(c.deadlines.begin(), c.deadlines.end(), [](const Deadline& a, const Deadline& b) {
    return std::tuple{std::chrono::sys_days{a.due}, a.unit, a.kind, a.period} <
           std::tuple{std::chrono::sys_days{b.due}, b.unit, b.kind, b.period};
  });
  return c;
}

}  // namespace arshjul
