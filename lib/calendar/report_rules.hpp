// The report kinds' rules (docs/calendar.md): which periods each unit owes, and
// when each is due, with the organisation file's overrides validated (ARS206).
#pragma once

#include <array>
#include <optional>

#include "calendar/working_days.hpp"
#include "findings/finding.hpp"
#include "model/organisation.hpp"

namespace arshjul {

struct KindRule {
  std::optional<MonthSet> months;    // absent for månadsuppföljning: each unit's own plan
  std::array<bool, 2> applies_to{};  // by UnitType
  DueRule due;
};

struct ReportRules {
  std::array<KindRule, 4> kinds;  // by ReportKind

  const KindRule& of(ReportKind k) const { return kinds[static_cast<std::size_t>(k)]; }
  bool applies(ReportKind k, UnitType t) const { return of(k).applies_to[static_cast<std::size_t>(t)]; }
  /// The months a unit must report this kind in (empty if it does not apply).
  MonthSet required_months(ReportKind k, const Unit& unit) const;
};

ReportRules default_rules();

/// The organisation's rules; ARS206 for each override that is invalid.
ReportRules resolve_rules(const Organisation& org, FindingList& findings);

/// The due date of a report of this period under the rule.
Date due_date(const DueRule& rule, Period period, const WorkingCalendar& calendar);

/// April and August månadsuppföljning: mandatory by the Borås rule.
bool is_mandatory(ReportKind kind, Period period);

}  // namespace arshjul
