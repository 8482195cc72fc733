// The Markdown view of the year: D(M) by unit and month, the interim forecast
// error, the period's volumes; each table grouped by unit type, each group
// ending in its subtotal, never one total of both (docs/reports.md).
#include <fmt/format.h>

#include "markdown/detail.hpp"
#include "markdown/escape.hpp"
#include "summary/labels.hpp"
#include "values/format.hpp"

namespace arshjul::markdown::detail {

namespace {

std::string share(const std::optional<Share>& s, Lang lang) {
  return s ? format_percent(s->numerator, s->denominator, lang) : std::string{};
}

// The cells of the months shown: a month no unit has an economy is no column at all.
ViewList month_cells(const Summary& s, const ForecastRow& row, Lang lang) {
  ViewList cells;
  for (std::size_t m = 0; m < 12; ++m)
    if (s.forecast_months[m])
      cells.emplace_back(ViewMap{{"value", row.deviation[m] ? format_tkr(*row.deviation[m], lang) : std::string{}},
                                 {"negative", row.deviation[m] && *row.deviation[m] < 0}});
  return cells;
}

void add_forecast(ViewMap& root, const Summary& s, Lang lang) {
  ViewList months, groups, accuracy;
  for (int m = 1; m <= 12; ++m)
    if (s.forecast_months[static_cast<std::size_t>(m - 1)])
      months.emplace_back(ViewMap{{"name", month_abbreviation(m, lang)}, {"month", std::to_string(m)}});
  for (const UnitType type : {UnitType::namnd, UnitType::bolag}) {
    ViewList rows;
    for (const ForecastRow& row : s.forecast) {
      if (row.type != type || months.empty()) continue;
      bool any = false;
      for (std::size_t m = 0; m < 12; ++m) any = any || row.deviation[m].has_value();
      if (any)
        rows.emplace_back(ViewMap{{"unit", escape(s.unit(row.unit).name)}, {"cells", month_cells(s, row, lang)}});
    }
    if (rows.empty()) continue;
    const ForecastRow& subtotal = s.forecast_subtotals[static_cast<std::size_t>(type)];
    groups.emplace_back(ViewMap{{"rows", rows},
                                {"subtotal", ViewMap{{"label", std::string(subtotal_label(type, lang))},
                                                     {"cells", month_cells(s, subtotal, lang)}}}});
  }
  for (const ForecastRow& row : s.forecast) {
    if (!row.final_outcome) continue;
    accuracy.emplace_back(
        ViewMap{{"unit", escape(s.unit(row.unit).name)},
                {"final_outcome", format_tkr(*row.final_outcome, lang)},
                {"interim_period", row.interim_period ? format_period_words(*row.interim_period, lang) : std::string{}},
                {"error", row.interim_error ? format_tkr(*row.interim_error, lang) : std::string{}},
                {"error_pct", share(row.interim_share, lang)}});
  }
  root.emplace_back("has_forecast", !groups.empty());
  root.emplace_back("forecast_months", months);
  root.emplace_back("forecast_groups", groups);
  root.emplace_back("has_accuracy", s.has_final_outcome);
  root.emplace_back("accuracy", accuracy);
}

void add_volumes(ViewMap& root, const Summary& s, Lang lang) {
  ViewList groups;
  for (const UnitType type : {UnitType::namnd, UnitType::bolag}) {
    ViewList rows;
    for (const VolumeSummary& v : s.volumes) {
      if (v.type != type) continue;
      const std::string unit = escape(v.measure_unit);
      const std::string sign = v.deviation.mantissa > 0 ? "+" : "";
      rows.emplace_back(
          ViewMap{{"unit", escape(s.unit(v.unit).name)},
                  {"id", escape(v.id)},
                  {"name", escape(v.name)},
                  {"measure_unit", unit},
                  {"budget", format_quantity(v.budget, unit, lang)},
                  {"outcome", format_quantity(v.outcome, unit, lang)},
                  {"forecast", format_quantity(v.forecast, unit, lang)},
                  {"deviation", sign + format_quantity(v.deviation, unit, lang)},
                  {"deviation_pct", share(v.deviation_share, lang)},
                  {"unit_cost", v.unit_cost ? format_decimal(Decimal{v.unit_cost->ore, 2}, lang) : std::string{}},
                  {"effect", v.effect ? format_tkr(*v.effect, lang) : std::string{}}});
    }
    if (rows.empty()) continue;
    const auto& effect = s.volume_effect_subtotals[static_cast<std::size_t>(type)];
    groups.emplace_back(ViewMap{{"rows", rows},
                                {"subtotal", ViewMap{{"label", std::string(subtotal_label(type, lang))},
                                                     {"effect", effect ? format_tkr(*effect, lang) : std::string{}}}}});
  }
  root.emplace_back("shows_volumes", s.shows_volumes);
  root.emplace_back("has_volumes", !groups.empty());
  root.emplace_back("volume_groups", groups);
}

}  // namespace

void add_year_view(ViewMap& root, const Summary& s, Lang lang) {
  add_forecast(root, s, lang);
  add_volumes(root, s, lang);
}

}  // namespace arshjul::markdown::detail
