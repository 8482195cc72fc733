#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "checks/checks.hpp"
#include "values/format.hpp"

namespace arshjul {

namespace {
using std::chrono::sys_days;
}  // namespace

// ---- Assignments (ARS3xx) ----

bool overdue(const AssignmentRow& a, Date as_of) {
  if (!a.due || sys_days{*a.due} >= sys_days{as_of}) return false;
  return !(a.status == AssignmentStatus::done || a.status == AssignmentStatus::cancelled);
}

std::vector<const AssignmentRow*> current_assignments(const Dataset& dataset, Date as_of) {
  const Period as_of_period = period_of(as_of);
  std::map<std::pair<int, std::string>, const AssignmentRow*> current;
  const auto later = [&](const AssignmentRow& a, const AssignmentRow& b) {  // is a more current than b?
    const Period pa = a.period.value_or(as_of_period), pb = b.period.value_or(as_of_period);
    if (pa != pb) return pa > pb;
    return precedence(a.source) < precedence(b.source);
  };
  for (const AssignmentRow& a : dataset.assignments) {
    auto [it, fresh] = current.try_emplace({a.unit, a.id}, &a);
    if (!fresh && later(a, *it->second)) it->second = &a;
  }
  std::vector<const AssignmentRow*> out;
  for (const auto& [key, row] : current) out.push_back(row);
  return out;
}

void check_assignment_row(const AssignmentRow& a, FindingList& out) {
  if (a.unit < 0 || a.within_budget != false || !a.resources.empty()) return;
  out.add(Code::ars301, a.within_budget_where,
          Message::format("uppdraget {} hanteras utanför budgetprocessen men anger inte vilka resurser som får "
                          "användas; fyll i resources",
                          "assignment {} is not handled within the budget process but does not state the resources "
                          "it may use; fill in resources",
                          a.id),
          Subject{a.unit, std::nullopt, a.period, {}, a.id});
}

void check_overdue_assignments(const CheckInput& in, FindingList& out) {
  for (const AssignmentRow* a : current_assignments(in.dataset, in.as_of)) {
    if (!overdue(*a, in.as_of)) continue;
    const bool not_started = a->status == AssignmentStatus::not_started;
    out.add(Code::ars302, a->due_where,
            {fmt::format("uppdraget {} skulle vara klart {} men {}; rapportera klart, avbrutet eller nytt slutdatum",
                         a->id, format_date(*a->due), not_started ? "har inte påbörjats" : "är inte klart"),
             fmt::format("assignment {} was due {} but {}; report it done, cancelled or with a new due date", a->id,
                         format_date(*a->due), not_started ? "has not started" : "is not done")},
            Subject{a->unit, std::nullopt, a->period, {}, a->id});
  }
}

// ---- Economy (ARS4xx) ----

const EconomyTotals* picked_economy(const Dataset& dataset, int unit, Period period, FactSource* source) {
  const EconomyTotals* best = nullptr;
  FactSource best_source{};
  for (auto it = dataset.economy.lower_bound(EconomyKey{unit, period, FactSource{}});
       it != dataset.economy.end() && it->first.unit == unit && it->first.period == period; ++it) {
    if (!best || precedence(it->first.source) < precedence(best_source)) {
      best = &it->second;
      best_source = it->first.source;
    }
  }
  if (source && best) *source = best_source;
  return best;
}

bool beyond_percent(Wide part, Wide whole, const Decimal& pct) {
  Wide scale = 1;
  for (int i = 0; i < pct.scale; ++i) scale *= 10;
  return part * 100 * scale > pct.mantissa * whole;
}

void check_economy(const CheckInput& in, FindingList& out) {
  if (!in.dataset.organisation) return;
  const Decimal& pct = in.dataset.organisation->deviation_pct;
  std::set<std::pair<int, Period>> seen;
  for (const auto& [key, totals] : in.dataset.economy) {
    if (!seen.insert({key.unit, key.period}).second) continue;
    FactSource source{};
    const EconomyTotals& t = *picked_economy(in.dataset, key.unit, key.period, &source);
    const Wide deviation = t.budget - t.forecast;
    if (deviation >= 0 || t.has_measures) continue;
    if (!beyond_percent(-deviation, abs_wide(t.budget), pct)) continue;
    const std::string share_sv = t.budget == 0 ? "hela" : format_percent(-deviation, abs_wide(t.budget), Lang::sv);
    const std::string share_en = t.budget == 0 ? "all" : format_percent(-deviation, abs_wide(t.budget), Lang::en);
    out.add(Code::ars401, t.first,
            {fmt::format("{}: prognosen för {} ger ett underskott på {} tkr ({} av budgeten, gräns {} %) och "
                         "ingen rad anger åtgärder; fyll i measures (åtgärder)",
                         unit_name(in, key.unit), format_period_words(key.period, Lang::sv),
                         format_tkr(-deviation, Lang::sv), share_sv, format_decimal(pct, Lang::sv)),
             fmt::format("{}: the forecast for {} gives a deficit of {} tkr ({} of the budget, threshold {}%) and "
                         "no line states measures; fill in measures",
                         unit_name(in, key.unit), format_period_words(key.period, Lang::en),
                         format_tkr(-deviation, Lang::en), share_en, format_decimal(pct, Lang::en))},
            Subject{key.unit, std::nullopt, key.period, {}, {}});
  }
  for (const Submission& s : in.dataset.submissions) {
    if (s.duplicate || s.economy_rejected) continue;
    if (s.kind != ReportKind::tiodagarsrapport && s.kind != ReportKind::manadsuppfoljning) continue;
    if (picked_economy(in.dataset, s.unit, s.period)) continue;
    out.add(Code::ars402, s.report_where,
            {fmt::format("{}: {} har inga ekonomirader för enheten och perioden någonstans i datamängden",
                         unit_name(in, s.unit), format_report(s.kind, s.period, Lang::sv)),
             fmt::format("{}: {} has no economy lines for its unit and period anywhere in the dataset",
                         unit_name(in, s.unit), format_report(s.kind, s.period, Lang::en))},
            Subject{s.unit, s.kind, s.period, {}, {}});
  }
}

// ---- Key figures (ARS5xx) ----

std::optional<KpiStatus> computed_status(const KpiRow& k) {
  if (k.value_invalid) return std::nullopt;
  if (!k.value) return KpiStatus::missing;
  if (!k.target || !k.direction) return std::nullopt;
  if (k.tolerance && k.tolerance->negative()) return std::nullopt;
  const Decimal tolerance = k.tolerance.value_or(Decimal{});
  const Decimal& v = *k.value;
  const Decimal& t = *k.target;
  if (*k.direction == Direction::higher) {
    if (v >= t) return KpiStatus::green;
    return v >= t - tolerance ? KpiStatus::yellow : KpiStatus::red;
  }
  if (v <= t) return KpiStatus::green;
  return v <= t + tolerance ? KpiStatus::yellow : KpiStatus::red;
}

void check_kpi_row(const KpiRow& k, FindingList& out) {
  if (k.unit < 0) return;
  const Subject about{k.unit, std::nullopt, k.period, k.id, {}};
  if (!k.value && !k.value_invalid) {
    Finding& f = out.add(Code::ars501, k.id_where,
                         Message::format("nyckeltalet '{}' saknar värde för {}", "KPI '{}' has no value for {}", k.id,
                                         format_period(k.period)),
                         about);
    if (k.critical) f.severity = Severity::error;
  }
  if (k.target && !k.direction && !k.direction_invalid)
    out.add(Code::ars503, k.id_where,
            Message::format("nyckeltalet '{}' har målvärde men ingen riktning; ange direction: higher eller lower",
                            "KPI '{}' has a target but no direction; add direction: higher or lower", k.id),
            about);
  if (k.tolerance && k.tolerance->negative())
    out.add(Code::ars503, k.id_where,
            {fmt::format("nyckeltalet '{}' har negativ tolerans {}; toleransen ska vara ≥ 0", k.id,
                         format_decimal(*k.tolerance, Lang::sv)),
             fmt::format("KPI '{}' has a negative tolerance {}; the tolerance must be ≥ 0", k.id,
                         format_decimal(*k.tolerance, Lang::en))},
            about);
  const auto computed = computed_status(k);
  if (k.status && computed && *computed != KpiStatus::missing && *k.status != *computed) {
    static constexpr std::array<std::string_view, 4> sv{"grön", "gul", "röd", "saknas"};
    out.add(
        Code::ars502, k.status_where,
        {fmt::format("nyckeltalet '{}' har status {} men beräknad status är {}", k.id,
                     sv[static_cast<std::size_t>(*k.status)], sv[static_cast<std::size_t>(*computed)]),
         fmt::format("KPI '{}' has status {} but the computed status is {}", k.id, name(*k.status), name(*computed))},
        about);
  }
  if (k.value && k.measure_unit == "%" && (k.value->negative() || *k.value > Decimal{100, 0}))
    out.add(Code::ars504, k.value_where,
            {fmt::format("nyckeltalet '{}' mäts i % men värdet {} ligger utanför 0–100", k.id,
                         format_decimal(*k.value, Lang::sv)),
             fmt::format("KPI '{}' is measured in % but its value {} lies outside 0..100", k.id,
                         format_decimal(*k.value, Lang::en))},
            about);
}

RowChecks row_checks() { return RowChecks{&check_kpi_row, &check_assignment_row}; }

}  // namespace arshjul
