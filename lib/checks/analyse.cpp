#include "checks/analyse.hpp"

#include <algorithm>

#include "checks/checks.hpp"

namespace arshjul {

Analysis analyse(Dataset dataset, Date as_of, Depth depth) {
  Analysis a{std::move(dataset), default_rules(), {}, {}, as_of};
  FindingList findings = std::move(a.dataset.findings);
  a.dataset.findings = {};
  if (a.dataset.organisation) {
    const Organisation& org = *a.dataset.organisation;
    a.rules = resolve_rules(org, findings);
    if (depth == Depth::every_check) {
      const WorkingCalendar calendar = calendar_of(org);
      a.reports = schedule(a.dataset, a.rules, calendar, as_of);
      const CheckInput in{a.dataset, a.rules, calendar, a.reports, as_of};
      check_deadlines(in, findings);
      check_overdue_assignments(in, findings);
      check_economy(in, findings);
      check_year(in, findings);
      check_books(in, findings);
    }
  }
  a.findings = std::move(findings.items());
  if (a.dataset.organisation) apply_overrides(a.findings, a.dataset.organisation->rules);
  const Dataset& ds = a.dataset;
  sort_findings(a.findings, [&](std::uint32_t file) -> std::string_view { return ds.path_of(file); });
  return a;
}

}  // namespace arshjul
