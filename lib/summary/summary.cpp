#include "summary/summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checks/checks.hpp"
#include "summary/detail.hpp"
#include "values/format.hpp"

namespace arshjul {

namespace {

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

// docs/reports.md "Which month": the latest period of a submitted report in the
// year, else of economy data in the year, else the as-of month in the year, else
// December; over the whole dataset, so every --split-by workbook shows the same month.
Period default_period(const Analysis& a) {
  const int year = a.dataset.organisation ? a.dataset.organisation->year : static_cast<int>(a.as_of.year());
  std::optional<Period> latest;
  const auto consider = [&](Period p) {
    if (p.year == year && (!latest || p > *latest)) latest = p;
  };
  for (const Submission& s : a.dataset.submissions) consider(s.period);
  if (!latest)
    for (const auto& [key, totals] : a.dataset.economy) consider(key.period);
  if (latest) return *latest;
  if (static_cast<int>(a.as_of.year()) == year) return Period{year, static_cast<int>(unsigned(a.as_of.month()))};
  return Period{year, 12};
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

// The booked columns of the economy table: subtotals stay without them, since
// units without books would be summed as if they had booked nothing.
void add_books(const Analysis& a, Summary& s) {
  for (EconomyLineSummary& line : s.economy) {
    const auto books = std::find_if(a.dataset.books.begin(), a.dataset.books.end(),
                                    [&](const Books& b) { return b.usable && b.unit == line.unit; });
    if (books == a.dataset.books.end()) continue;
    s.has_books = true;
    if (!s.period || !books->complete || s.period->year != s.year || s.period->month > books->covered) continue;
    line.booked = books->booked[static_cast<std::size_t>(s.period->month - 1)];
    if (line.has_data) line.booked_difference = line.outcome - *line.booked;
    line.reconciliation_finding = std::any_of(s.findings.begin(), s.findings.end(), [&](const Finding& f) {
      return f.code == Code::ars701 && f.about.unit == line.unit && f.about.period == s.period;
    });
  }
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

  s.period = options.period ? *options.period : default_period(a);
  for (std::size_t t = 0; t < s.economy_subtotals.size(); ++t) s.economy_subtotals[t].type = static_cast<UnitType>(t);
  std::vector<int> by_type(s.units);
  std::stable_sort(by_type.begin(), by_type.end(), [&](int x, int y) { return s.unit(x).type < s.unit(y).type; });
  for (int u : by_type) {
    EconomyLineSummary line;
    line.unit = u;
    line.type = s.unit(u).type;
    EconomyLineSummary& subtotal = s.economy_subtotals[static_cast<std::size_t>(line.type)];
    if (s.period)
      if (const EconomyTotals* t = picked_economy(a.dataset, u, *s.period, &line.source)) {
        line.has_data = true;
        line.budget = t->budget, line.outcome = t->outcome, line.forecast = t->forecast;
        line.deviation = t->budget - t->forecast;
        if (t->budget != 0) line.deviation_share = Share{line.deviation, abs_wide(t->budget)};
        line.measures = t->measures;
        s.has_economy = subtotal.has_data = true;
        subtotal.budget += line.budget;
        subtotal.outcome += line.outcome;
        subtotal.forecast += line.forecast;
        subtotal.deviation += line.deviation;
      }
    s.economy.push_back(line);
  }
  for (EconomyLineSummary& subtotal : s.economy_subtotals)
    if (subtotal.budget != 0) subtotal.deviation_share = Share{subtotal.deviation, abs_wide(subtotal.budget)};
  add_books(a, s);

  detail::summarise_year(a, s);
  if (s.period) s.kpis = build_kpis(a.dataset, s.units, *s.period);
  if (s.period)
    for (int u : s.units) {
      const Submission* best = nullptr;
      for (const Submission& sub : a.dataset.submissions)
        if (sub.unit == u && sub.period == *s.period && !sub.duplicate && !sub.analysis.empty() &&
            (!best || precedence(source_of(sub.kind)) < precedence(source_of(best->kind))))
          best = &sub;
      if (best) s.analyses.push_back({u, best->kind, best->analysis});
    }

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

Expected<void, Message> check_period(const Analysis& analysis, std::optional<Period> period) {
  if (!period || !analysis.dataset.organisation || period->year == analysis.dataset.organisation->year) return {};
  return Unexpected{Message::format("--period {} ligger utanför organisationens år {}",
                                    "--period {} lies outside the organisation's year {}", format_period(*period),
                                    analysis.dataset.organisation->year)};
}

double Share::rounded() const {
  const Wide tenths = percent_tenths(numerator, denominator);
  return tenths == 0 ? 0.0 : static_cast<double>(tenths) / 1000.0;
}

}  // namespace arshjul
