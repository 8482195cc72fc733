#include "summary/summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checks/checks.hpp"

namespace arshjul {

namespace {

Wide abs_wide(Wide v) { return v < 0 ? -v : v; }

std::vector<GridRow> build_grid(const Analysis& a, const std::vector<int>& units) {
  std::map<std::pair<int, ReportKind>, GridRow> rows;
  for (const ReportStatus& r : a.reports) {
    if (r.period.year != a.dataset.organisation->year) continue;  // the grid shows the year's months
    if (std::find(units.begin(), units.end(), r.unit) == units.end()) continue;
    GridRow& row = rows[{r.unit, r.kind}];
    row.unit = r.unit;
    row.kind = r.kind;
    row.months[static_cast<std::size_t>(r.period.month - 1)] =
        GridCell{true, r.state, !r.required, r.working_days_late};
  }
  std::vector<GridRow> out;
  for (auto& [key, row] : rows) out.push_back(row);
  return out;
}

std::optional<Period> latest_economy_period(const Dataset& ds, const std::vector<int>& units) {
  std::optional<Period> latest;
  for (const auto& [key, totals] : ds.economy)
    if (std::find(units.begin(), units.end(), key.unit) != units.end() && (!latest || key.period > *latest))
      latest = key.period;
  return latest;
}

std::vector<KpiSummary> build_kpis(const Dataset& ds, const std::vector<int>& units, Period period) {
  // For each unit and KPI id, the row of the first source by precedence.
  std::map<std::pair<int, std::string>, const KpiRow*> picked;
  for (const KpiRow& k : ds.kpis) {
    if (k.period != period) continue;
    if (std::find(units.begin(), units.end(), k.unit) == units.end()) continue;
    auto [it, fresh] = picked.try_emplace({k.unit, k.id}, &k);
    if (!fresh && precedence(k.source) < precedence(it->second->source)) it->second = &k;
  }
  std::vector<KpiSummary> out;
  for (const auto& [key, k] : picked) {
    KpiSummary s{k->unit,
                 k->id,
                 k->name.empty() ? k->id : k->name,
                 k->value,
                 k->target,
                 k->direction,
                 k->measure_unit,
                 computed_status(*k),
                 k->critical};
    if (!s.status) s.status = k->status;
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const KpiSummary& x, const KpiSummary& y) { return x.unit < y.unit; });
  return out;
}

}  // namespace

Expected<std::vector<int>, std::string> select_units(const Dataset& dataset, const std::vector<std::string>& ids) {
  std::vector<int> out;
  if (ids.empty()) return out;
  if (!dataset.organisation) return Unexpected{std::string("--unit needs an organisation file in the dataset")};
  for (const std::string& id : ids) {
    const int u = dataset.organisation->find_unit(id);
    if (u < 0)
      return Unexpected{fmt::format("unknown --unit '{}': the organisation file defines no unit with that id", id)};
    if (std::find(out.begin(), out.end(), u) == out.end()) out.push_back(u);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Summary summarise(const Analysis& a, const SummaryOptions& options) {
  Summary s;
  s.as_of = a.as_of;
  s.dataset = &a.dataset;
  const auto shown = [&](int unit) {
    return unit < 0 || options.units.empty() ||
           std::find(options.units.begin(), options.units.end(), unit) != options.units.end();
  };
  for (const Finding& f : a.findings)
    if (shown(f.about.unit)) s.findings.push_back(f);
  s.finding_counts = tally(s.findings);
  if (!a.dataset.organisation) return s;
  const Organisation& org = *a.dataset.organisation;
  s.organisation = &org;
  s.municipality = org.municipality;
  s.year = org.year;
  if (options.units.empty())
    for (std::size_t u = 0; u < org.units.size(); ++u) s.units.push_back(static_cast<int>(u));
  else
    s.units = options.units;

  s.grid = build_grid(a, s.units);
  for (const ReportStatus& r : a.reports) {
    if (std::find(s.units.begin(), s.units.end(), r.unit) == s.units.end()) continue;
    switch (r.state) {
      case ReportState::on_time: ++s.status_counts.on_time; break;
      case ReportState::late: ++s.status_counts.late; break;
      case ReportState::missing: ++s.status_counts.missing; break;
      case ReportState::pending: ++s.status_counts.pending; break;
    }
  }

  s.period = options.period ? options.period : latest_economy_period(a.dataset, s.units);
  s.economy_total.has_data = false;
  for (int u : s.units) {
    EconomyLineSummary line;
    line.unit = u;
    if (s.period)
      if (const EconomyTotals* t = picked_economy(a.dataset, u, *s.period, &line.source)) {
        line.has_data = true;
        line.budget = t->budget, line.outcome = t->outcome, line.forecast = t->forecast;
        line.deviation = t->budget - t->forecast;
        if (t->budget != 0) line.deviation_share = Share{line.deviation, abs_wide(t->budget)};
        s.economy_total.has_data = true;
        s.economy_total.budget += line.budget;
        s.economy_total.outcome += line.outcome;
        s.economy_total.forecast += line.forecast;
        s.economy_total.deviation += line.deviation;
      }
    s.economy.push_back(line);
  }
  if (s.economy_total.budget != 0)
    s.economy_total.deviation_share = Share{s.economy_total.deviation, abs_wide(s.economy_total.budget)};

  if (s.period) s.kpis = build_kpis(a.dataset, s.units, *s.period);

  for (const AssignmentRow* row : current_assignments(a.dataset, a.as_of)) {
    if (std::find(s.units.begin(), s.units.end(), row->unit) == s.units.end()) continue;
    AssignmentSummary item{row, false, false};
    for (const Finding& f : a.findings) {
      if (f.about.assignment != row->id || f.about.unit != row->unit) continue;
      item.ars301 = item.ars301 || f.code == Code::ars301;
      item.ars302 = item.ars302 || f.code == Code::ars302;
    }
    s.assignments.push_back(item);
  }
  std::stable_sort(s.assignments.begin(), s.assignments.end(),
                   [](const AssignmentSummary& x, const AssignmentSummary& y) { return x.row->unit < y.row->unit; });
  return s;
}

}  // namespace arshjul
