// The summary's year: forecast development, forecast accuracy and volumes
// (docs/reports.md "Following the year").
#include <algorithm>
#include <map>
#include <tuple>

#include "checks/checks.hpp"
#include "summary/detail.hpp"

namespace arshjul::detail {

namespace {

bool covers(const Summary& s, int unit) { return std::find(s.units.begin(), s.units.end(), unit) != s.units.end(); }

// The units in the order of every grouped table: nämnder, then bolag, each in organisation order.
std::vector<int> by_type(const Summary& s) {
  std::vector<int> out(s.units);
  std::stable_sort(out.begin(), out.end(), [&](int x, int y) { return s.unit(x).type < s.unit(y).type; });
  return out;
}

// The unit's submitted delårsrapport with the earliest period in the year; ties: path byte order, then line.
std::optional<Period> first_interim_period(const Dataset& ds, int unit, int year) {
  const Submission* first = nullptr;
  const auto key = [&](const Submission& x) {
    return std::tuple{x.period, std::string_view(ds.path_of(x.report_where.file)), x.report_where.line};
  };
  for (const Submission& sub : ds.submissions)
    if (sub.unit == unit && sub.kind == ReportKind::delarsrapport && !sub.duplicate && sub.period.year == year &&
        (!first || key(sub) < key(*first)))
      first = &sub;
  return first ? std::optional<Period>(first->period) : std::nullopt;
}

void summarise_forecasts(const Analysis& a, Summary& s) {
  const int year = s.organisation->year;
  const int last_month = s.period ? s.period->month : 0;
  for (std::size_t t = 0; t < s.forecast_subtotals.size(); ++t) s.forecast_subtotals[t].type = static_cast<UnitType>(t);
  for (int u : by_type(s)) {
    ForecastRow row;
    row.unit = u;
    row.type = s.unit(u).type;
    std::array<const EconomyTotals*, 12> months{};
    bool any = false;
    for (int m = 1; m <= 12; ++m) {
      months[static_cast<std::size_t>(m - 1)] = picked_economy(a.dataset, u, Period{year, m});
      any = any || months[static_cast<std::size_t>(m - 1)];
    }
    if (!any) continue;
    ForecastRow& subtotal = s.forecast_subtotals[static_cast<std::size_t>(row.type)];
    for (int m = 1; m <= last_month; ++m) {
      const EconomyTotals* t = months[static_cast<std::size_t>(m - 1)];
      if (!t) continue;
      const std::size_t i = static_cast<std::size_t>(m - 1);
      row.deviation[i] = t->budget - t->forecast;
      subtotal.deviation[i] = subtotal.deviation[i].value_or(0) + *row.deviation[i];
      s.forecast_months[i] = true;
    }
    if (const EconomyTotals* december = months[11]) {
      row.final_outcome = december->outcome;
      s.has_final_outcome = true;
      row.interim_period = first_interim_period(a.dataset, u, year);
      if (row.interim_period)
        if (const EconomyTotals* t = months[static_cast<std::size_t>(row.interim_period->month - 1)];
            t && row.interim_period->month < 12) {
          row.interim_error = t->forecast - december->outcome;
          if (t->budget != 0) row.interim_share = Share{*row.interim_error, abs_wide(t->budget)};
        }
    }
    s.forecast.push_back(row);
  }
}

void summarise_volumes(const Analysis& a, Summary& s) {
  for (const VolumeRow& v : a.dataset.volumes) s.shows_volumes = s.shows_volumes || covers(s, v.unit);
  for (int u : s.units) s.shows_volumes = s.shows_volumes || s.unit(u).volume_based;
  if (!s.period) return;
  // For each unit and id, the row of the first source by precedence.
  std::map<std::pair<int, std::string_view>, const VolumeRow*> picked;
  for (const VolumeRow& v : a.dataset.volumes) {
    if (v.period != *s.period || !covers(s, v.unit)) continue;
    const VolumeRow*& p = picked[{v.unit, v.id}];
    if (!p || precedence(v.source) < precedence(p->source)) p = &v;
  }
  std::vector<int> order = by_type(s);
  const auto rank = [&](int unit) { return std::find(order.begin(), order.end(), unit) - order.begin(); };
  for (const auto& [key, v] : picked) {
    VolumeSummary row;
    row.unit = v->unit;
    row.type = s.unit(v->unit).type;
    row.id = v->id;
    row.name = v->name.empty() ? v->id : v->name;
    row.measure_unit = v->measure_unit;
    row.budget = v->budget, row.outcome = v->outcome, row.forecast = v->forecast;
    row.deviation = v->forecast - v->budget;
    const int scale = row.deviation.scale;
    if (v->budget.mantissa != 0) row.deviation_share = Share{row.deviation.mantissa, v->budget.at_scale(scale)};
    row.unit_cost = v->unit_cost;
    if (v->unit_cost) row.effect = volume_effect(v->budget, v->forecast, *v->unit_cost);
    if (row.effect) {
      auto& subtotal = s.volume_effect_subtotals[static_cast<std::size_t>(row.type)];
      subtotal = subtotal.value_or(0) + *row.effect;
    }
    s.volumes.push_back(std::move(row));
  }
  std::stable_sort(s.volumes.begin(), s.volumes.end(),
                   [&](const VolumeSummary& x, const VolumeSummary& y) { return rank(x.unit) < rank(y.unit); });
}

}  // namespace

void summarise_year(const Analysis& a, Summary& s) {
  summarise_forecasts(a, s);
  summarise_volumes(a, s);
}

}  // namespace arshjul::detail
