// Following the year (docs/checks.md, docs/data-format.md): the forecast development (ARS403), the
// critical key figures every report must carry (ARS505), and volumes (ARS601,
// ARS602).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "checks/checks.hpp"
#include "values/format.hpp"

namespace arshjul {

namespace {
// ARS403: between neighbouring months of a unit's forecast development, a
// deviation that fell by more than the threshold share of the later budget.
void check_forecast_development(const CheckInput& in, FindingList& out) {
  const Organisation& org = *in.dataset.organisation;
  const Decimal& pct = org.forecast_change_pct;
  for (std::size_t u = 0; u < org.units.size(); ++u) {
    const int unit = static_cast<int>(u);
    std::optional<std::pair<Period, const EconomyTotals*>> previous;
    for (int m = 1; m <= 12; ++m) {
      const Period period{org.year, m};
      const EconomyTotals* t = picked_economy(in.dataset, unit, period);
      if (!t) continue;  // months without an economy are skipped, never filled in
      if (previous) {
        const EconomyTotals& p = *previous->second;
        const Wide before = p.budget - p.forecast, now = t->budget - t->forecast;
        const Wide change = before - now;
        if (now < before && beyond_percent(change, abs_wide(t->budget), pct)) {
          const std::string name = org.units[u].name;
          const auto share = [&](Lang lang) {
            return t->budget == 0 ? std::string(lang == Lang::sv ? "hela budgeten" : "all of the budget")
                                  : format_percent(change, abs_wide(t->budget), lang) +
                                        (lang == Lang::sv ? " av budgeten" : " of the budget");
          };
          const auto budgets = [&](Lang lang) {
            if (p.budget == t->budget) return fmt::format("{} tkr", format_tkr(t->budget, lang));
            return fmt::format("{} tkr {} {} tkr", format_tkr(p.budget, lang), lang == Lang::sv ? "och" : "and",
                               format_tkr(t->budget, lang));
          };
          out.add(Code::ars403, t->first,
                  {fmt::format("{}: prognosen försämrades med {} tkr från {} till {} ({}, gräns {} %; budget {})", name,
                               format_tkr(change, Lang::sv), format_period_words(previous->first, Lang::sv),
                               format_period_words(period, Lang::sv), share(Lang::sv), format_decimal(pct, Lang::sv),
                               budgets(Lang::sv)),
                   fmt::format("{}: the forecast worsened by {} tkr from {} to {} ({}, threshold {}%; budget {})", name,
                               format_tkr(change, Lang::en), format_period_words(previous->first, Lang::en),
                               format_period_words(period, Lang::en), share(Lang::en), format_decimal(pct, Lang::en),
                               budgets(Lang::en))},
                  Subject{unit, std::nullopt, period, {}, {}});
        }
      }
      previous = {period, t};
    }
  }
}

// ARS505: a 10-dagarsrapport or månadsuppföljning without a row, in any
// source of its unit and period, of a key figure its unit calls critical.
void check_critical_kpis(const CheckInput& in, FindingList& out) {
  const Organisation& org = *in.dataset.organisation;
  std::set<std::tuple<int, Period, std::string_view>> present;
  for (const KpiRow& k : in.dataset.kpis) present.insert({k.unit, k.period, k.id});
  for (const Submission& s : in.dataset.submissions) {
    if (s.duplicate) continue;
    if (s.kind != ReportKind::tiodagarsrapport && s.kind != ReportKind::manadsuppfoljning) continue;
    const Unit& unit = org.units[static_cast<std::size_t>(s.unit)];
    for (const std::string& id : unit.critical_kpis) {
      if (present.contains({s.unit, s.period, id})) continue;
      out.add(Code::ars505, s.report_where,
              {fmt::format("{}: {} saknar det verksamhetskritiska nyckeltalet '{}'; rapportera det (critical_kpis i "
                           "organisationsfilen)",
                           unit.name, format_report(s.kind, s.period, Lang::sv), id),
               fmt::format("{}: {} lacks the critical key figure '{}'; report it (critical_kpis in the organisation "
                           "file)",
                           unit.name, format_report(s.kind, s.period, Lang::en), id)},
              Subject{s.unit, s.kind, s.period, id, {}});
    }
  }
}
// ARS601: a volume-based unit's månadsuppföljning, delårsrapport or årsredovisning without volumes anywhere.
void check_volumes_given(const CheckInput& in, FindingList& out) {
  const Organisation& org = *in.dataset.organisation;
  std::set<std::pair<int, Period>> with_volumes;
  for (const VolumeRow& v : in.dataset.volumes) with_volumes.insert({v.unit, v.period});
  for (const Submission& s : in.dataset.submissions) {
    if (s.duplicate || s.kind == ReportKind::tiodagarsrapport) continue;
    const Unit& unit = org.units[static_cast<std::size_t>(s.unit)];
    if (!unit.volume_based || with_volumes.contains({s.unit, s.period})) continue;
    out.add(Code::ars601, s.report_where,
            {fmt::format("{}: {} har inga volymer, men nämndens budget bygger på volymer (volume_based); rapportera "
                         "dem under volumes: eller i en volymer-tabell",
                         unit.name, format_report(s.kind, s.period, Lang::sv)),
             fmt::format("{}: {} has no volumes, but the unit's budget builds on volumes (volume_based); report them "
                         "under volumes: or in a volumes table",
                         unit.name, format_report(s.kind, s.period, Lang::en))},
            Subject{s.unit, s.kind, s.period, {}, {}});
  }
}

// ARS602: each picked volume row (per unit, period and id, the first source by
// precedence) whose forecast is further from its budget than the threshold.
void check_volume_forecasts(const CheckInput& in, FindingList& out) {
  const Organisation& org = *in.dataset.organisation;
  const Decimal& pct = org.volume_deviation_pct;
  std::map<std::tuple<int, Period, std::string_view>, const VolumeRow*> picked;
  for (const VolumeRow& v : in.dataset.volumes) {
    const VolumeRow*& p = picked[{v.unit, v.period, v.id}];
    if (!p || precedence(v.source) < precedence(p->source)) p = &v;
  }
  for (const auto& entry : picked) {
    const VolumeRow* v = entry.second;  // a plain name: clang 14 cannot capture a structured binding
    // |forecast − budget| × 100 > pct × budget, as exact decimals on one scale.
    const int scale = std::max(v->budget.scale, v->forecast.scale);
    const Wide budget = v->budget.at_scale(scale), forecast = v->forecast.at_scale(scale);
    const Wide deviation = forecast - budget;
    if (budget == 0 ? deviation == 0 : !beyond_percent(abs_wide(deviation), budget, pct)) continue;
    const Decimal shown{deviation, scale};
    const auto message = [&](Lang lang) {
      const bool sv = lang == Lang::sv;
      std::string text = fmt::format(
          fmt::runtime(sv ? "{}: volymen '{}' för {} har prognos {} mot budget {} ({}{}{}; gräns {} %)"
                          : "{}: volume '{}' for {} has a forecast of {} against a budget of {} ({}{}{}; threshold "
                            "{}%)"),
          org.units[static_cast<std::size_t>(v->unit)].name, v->id, format_period_words(v->period, lang),
          format_quantity(v->forecast, v->measure_unit, lang), format_quantity(v->budget, v->measure_unit, lang),
          deviation > 0 ? "+" : "", format_quantity(shown, v->measure_unit, lang),
          budget == 0 ? "" : ", " + format_percent(deviation, budget, lang), format_decimal(pct, lang));
      if (v->unit_cost)
        if (const auto effect = volume_effect(v->budget, v->forecast, *v->unit_cost))
          text += (sv ? "; volymeffekt " : "; volume effect ") + format_tkr(*effect, lang) + " tkr";
      return text;
    };
    out.add(Code::ars602, v->forecast_where, {message(Lang::sv), message(Lang::en)},
            Subject{v->unit, std::nullopt, v->period, {}, {}, v->id});
  }
}
}  // namespace

void check_year(const CheckInput& in, FindingList& out) {
  if (!in.dataset.organisation || in.dataset.organisation->year == 0) return;
  check_forecast_development(in, out);
  check_critical_kpis(in, out);
  check_volumes_given(in, out);
  check_volume_forecasts(in, out);
}

}  // namespace arshjul
