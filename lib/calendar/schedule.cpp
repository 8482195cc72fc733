#include "calendar/schedule.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace arshjul {

std::string_view name(ReportState s) {
  switch (s) {
    case ReportState::on_time: return "on_time";
    case ReportState::late: return "late";
    case ReportState::missing: return "missing";
    case ReportState::pending: return "pending";
  }
  return {};
}

WorkingCalendar calendar_of(const Organisation& org) {
  std::vector<Date> closed;
  for (const ClosedDay& c : org.closed_days) closed.push_back(c.date);
  return WorkingCalendar(std::move(closed));
}

std::vector<ReportStatus> schedule(const Dataset& dataset, const ReportRules& rules, const WorkingCalendar& calendar,
                                   Date as_of) {
  std::vector<ReportStatus> out;
  if (!dataset.organisation || dataset.organisation->year == 0) return out;
  const Organisation& org = *dataset.organisation;

  std::map<std::tuple<int, ReportKind, Period>, int> submitted;
  for (std::size_t i = 0; i < dataset.submissions.size(); ++i) {
    const Submission& s = dataset.submissions[i];
    if (!s.duplicate) submitted.emplace(std::tuple{s.unit, s.kind, s.period}, static_cast<int>(i));
  }
  const auto status_of = [&](int unit, ReportKind kind, Period period, bool required) {
    ReportStatus r;
    r.unit = unit, r.kind = kind, r.period = period, r.required = required;
    r.mandatory = is_mandatory(kind, period);
    r.due = due_date(rules.of(kind).due, period, calendar);
    const auto it = submitted.find({unit, kind, period});
    if (it != submitted.end()) {
      const Submission& s = dataset.submissions[static_cast<std::size_t>(it->second)];
      r.submission = it->second;
      r.submitted = s.submitted;
      if (std::chrono::sys_days{s.submitted} <= std::chrono::sys_days{r.due}) {
        r.state = ReportState::on_time;
      } else {
        r.state = ReportState::late;
        r.working_days_late = calendar.working_days_between(r.due, calendar.next_working_day(s.submitted));
      }
    } else {
      r.state =
          std::chrono::sys_days{as_of} > std::chrono::sys_days{r.due} ? ReportState::missing : ReportState::pending;
    }
    return r;
  };

  for (std::size_t u = 0; u < org.units.size(); ++u) {
    const int unit = static_cast<int>(u);
    for (ReportKind kind : all_report_kinds) {
      const MonthSet required = rules.required_months(kind, org.units[u]);
      for (int m = 1; m <= 12; ++m)
        if (required.test(static_cast<std::size_t>(m))) out.push_back(status_of(unit, kind, {org.year, m}, true));
    }
  }
  // Voluntary submissions: periods that are not required.
  for (const auto& [key, index] : submitted) {
    const auto& [unit, kind, period] = key;
    const bool required =
        period.year == org.year && rules.required_months(kind, org.units[static_cast<std::size_t>(unit)])
                                       .test(static_cast<std::size_t>(period.month));
    if (!required) out.push_back(status_of(unit, kind, period, false));
  }
  std::sort(out.begin(), out.end(), [](const ReportStatus& a, const ReportStatus& b) {
    return std::tuple{a.unit, a.kind, a.period} < std::tuple{b.unit, b.kind, b.period};
  });
  return out;
}

}  // namespace arshjul
