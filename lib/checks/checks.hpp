// The checks of docs/checks.md beyond reading: deadlines (ARS2xx), assignments
// (ARS3xx), economy (ARS4xx) and key figures (ARS5xx).
#pragma once

#include <optional>
#include <vector>

#include "calendar/schedule.hpp"
#include "model/dataset.hpp"

namespace arshjul {

struct CheckInput {
  const Dataset& dataset;
  const ReportRules& rules;
  const WorkingCalendar& calendar;
  const std::vector<ReportStatus>& reports;
  Date as_of;
};

/// |v|, for amounts in öre.
inline Wide abs_wide(Wide v) { return v < 0 ? -v : v; }

/// Whether `part` exceeds `pct` percent of `whole` (both not negative),
/// strictly and exactly: part × 100 > pct × whole in integers (ARS401, ARS403, ARS602).
bool beyond_percent(Wide part, Wide whole, const Decimal& pct);

/// A unit's name for messages (docs/checks.md: units by name, not id).
std::string_view unit_name(const CheckInput& in, int unit);

void check_deadlines(const CheckInput& in, FindingList& out);
void check_overdue_assignments(const CheckInput& in, FindingList& out);  // ARS302
void check_economy(const CheckInput& in, FindingList& out);
void check_year(const CheckInput& in, FindingList& out);
void check_books(const CheckInput& in,
                 FindingList& out);  // ARS701 (docs/checks.md)  // ARS403, ARS505, ARS601, ARS602 (docs/checks.md)

/// The checks of one row: ARS501–ARS504 of a KPI, ARS301 of an assignment.
/// read_dataset runs them on every row as it is read (RowChecks).
void check_kpi_row(const KpiRow& kpi, FindingList& out);
void check_assignment_row(const AssignmentRow& assignment, FindingList& out);
RowChecks row_checks();

/// A KPI's status from the table in docs/checks.md: missing without a value, nullopt
/// without a target or where it cannot be computed (no valid direction, a
/// negative tolerance).
std::optional<KpiStatus> computed_status(const KpiRow& kpi);

/// The economy of a unit and period from the source that precedence picks.
const EconomyTotals* picked_economy(const Dataset& dataset, int unit, Period period, FactSource* source = nullptr);

/// Each assignment's current state: its row with the latest period, then the
/// first source by precedence (docs/data-format.md). In organisation and id order.
std::vector<const AssignmentRow*> current_assignments(const Dataset& dataset, Date as_of);

/// Whether an assignment's current state is overdue (ARS302).
bool overdue(const AssignmentRow& a, Date as_of);

}  // namespace arshjul
