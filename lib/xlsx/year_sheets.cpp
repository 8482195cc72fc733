// The year's summary sheets of docs/reports.md: Prognos (the deviation of every
// month, the final outcome, the interim accuracy) and Volymer (the period's
// volumes). Both group their rows by unit type and end each group with its
// subtotal: SUM formulas over exactly those rows, the exact sums cached.
#include <fmt/format.h>

#include "summary/labels.hpp"
#include "values/format.hpp"
#include "xlsx/charts.hpp"
#include "xlsx/detail.hpp"

namespace arshjul::xlsx::detail {

namespace {

constexpr lxw_col_t first_month_col = 1, final_col = 13, error_col = 14, error_share_col = 15;

// Excel's column letters for the columns these sheets use (A..P).
char column_letter(lxw_col_t col) { return static_cast<char>('A' + col); }

std::string sum_formula(lxw_col_t col, lxw_row_t first, lxw_row_t last) {
  return fmt::format("=SUM({0}{1}:{0}{2})", column_letter(col), first + 1, last + 1);
}

void optional_tkr(SheetWriter& sheet, lxw_col_t col, const std::optional<Wide>& ore, lxw_format* format,
                  const Formats& f) {
  if (ore)
    sheet.number(col, tkr(*ore), format, amount_width);
  else
    sheet.blank(col, f.cell);
}

}  // namespace

void write_forecast_sheet(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  title_row(sheet, f, s,
            sv ? "Prognos, avvikelse mot budget per månad (tkr)" : "Forecast, deviation from budget by month (tkr)",
            lang);
  sheet.text(0, sv ? "Enhet" : "Unit", f.header);
  for (int m = 1; m <= 12; ++m)
    sheet.text(static_cast<lxw_col_t>(first_month_col + m - 1), month_abbreviation(m, lang), f.header);
  sheet.text(final_col, sv ? "Slutligt utfall (tkr)" : "Final outcome (tkr)", f.header);
  sheet.text(error_col, sv ? "Prognosfel delår (tkr)" : "Interim forecast error (tkr)", f.header);
  sheet.text(error_share_col, sv ? "Prognosfel delår (%)" : "Interim forecast error (%)", f.header);
  sheet.next_row();
  std::vector<lxw_row_t> subtotal_rows;
  for (const UnitType type : {UnitType::namnd, UnitType::bolag}) {
    const lxw_row_t first = sheet.row();
    for (const ForecastRow& row : s.forecast) {
      if (row.type != type) continue;
      sheet.text(0, s.unit(row.unit).name);
      for (std::size_t m = 0; m < 12; ++m)
        optional_tkr(sheet, static_cast<lxw_col_t>(first_month_col + m), row.deviation[m], f.tkr_signed, f);
      optional_tkr(sheet, final_col, row.final_outcome, f.tkr, f);
      optional_tkr(sheet, error_col, row.interim_error, f.tkr_signed, f);
      if (row.interim_share)
        sheet.number(error_share_col, row.interim_share->rounded(), f.percent, 8);
      else
        sheet.blank(error_share_col, f.cell);
      sheet.next_row();
    }
    if (sheet.row() == first) continue;  // no unit of this type has an economy
    const lxw_row_t last = sheet.row() - 1;
    const ForecastRow& subtotal = s.forecast_subtotals[static_cast<std::size_t>(type)];
    subtotal_rows.push_back(sheet.row());
    sheet.text(0, subtotal_label(type, lang), f.bold);
    // A month no unit of the group has an economy stays blank: a gap, not a false zero.
    for (std::size_t m = 0; m < 12; ++m) {
      const auto col = static_cast<lxw_col_t>(first_month_col + m);
      if (subtotal.deviation[m])
        sheet.formula(col, sum_formula(col, first, last), tkr(*subtotal.deviation[m]), f.tkr_signed_total,
                      amount_width);
      else
        sheet.blank(col, f.cell);
    }
    // The accuracy is each unit's own: their interim months differ.
    for (lxw_col_t col = final_col; col <= error_share_col; ++col) sheet.blank(col, f.cell);
    sheet.next_row();
  }
  sheet.finish_table(1, sheet.row() - 1, error_share_col, 1);
  add_forecast_chart(sheet, 1, first_month_col, subtotal_rows, lang);
}

void write_volume_sheet(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  title_row(sheet, f, s, sv ? "Volymer" : "Volumes", lang);
  header_row(
      sheet, f,
      {sv ? "Enhet" : "Unit", sv ? "Volym" : "Volume", sv ? "Måttenhet" : "Unit of measure", "Budget",
       sv ? "Utfall hittills" : "Outcome to date", sv ? "Prognos" : "Forecast",
       sv ? "Avvikelse (prognos − budget)" : "Deviation (forecast − budget)", sv ? "Avvikelse (%)" : "Deviation (%)",
       sv ? "Styckkostnad (kr)" : "Unit cost (kr)", sv ? "Volymeffekt (tkr)" : "Volume effect (tkr)"});
  constexpr lxw_col_t effect_col = 9;
  // Grouped like the amounts, with the decimals the value was given with (General beyond three).
  const auto quantity = [&](lxw_col_t col, const Decimal& d) {
    lxw_format* shown =
        d.scale < static_cast<int>(f.quantity.size()) ? f.quantity[static_cast<std::size_t>(d.scale)] : f.number;
    sheet.number(col, to_double(d), shown, format_decimal(d, lang).size() + 1);
  };
  for (const UnitType type : {UnitType::namnd, UnitType::bolag}) {
    const lxw_row_t first = sheet.row();
    for (const VolumeSummary& v : s.volumes) {
      if (v.type != type) continue;
      sheet.text(0, s.unit(v.unit).name);
      sheet.text(1, v.name, f.wrap);
      sheet.text(2, v.measure_unit);
      quantity(3, v.budget);
      quantity(4, v.outcome);
      quantity(5, v.forecast);
      quantity(6, v.deviation);
      if (v.deviation_share)
        sheet.number(7, v.deviation_share->rounded(), f.percent, 8);
      else
        sheet.blank(7, f.cell);
      if (v.unit_cost)
        sheet.number(8, static_cast<double>(v.unit_cost->ore) / 100.0, f.kr, amount_width);
      else
        sheet.blank(8, f.cell);
      optional_tkr(sheet, effect_col, v.effect ? std::optional<Wide>(*v.effect) : std::nullopt, f.tkr_signed, f);
      sheet.next_row();
    }
    if (sheet.row() == first) continue;
    const lxw_row_t last = sheet.row() - 1;
    sheet.text(0, subtotal_label(type, lang), f.bold);
    // Volumes in different measure units do not add up; their effects in kronor do.
    for (lxw_col_t col = 1; col < effect_col; ++col) sheet.blank(col, f.cell);
    if (const auto& effect = s.volume_effect_subtotals[static_cast<std::size_t>(type)])
      sheet.formula(effect_col, sum_formula(effect_col, first, last), tkr(*effect), f.tkr_signed_total, amount_width);
    else
      sheet.blank(effect_col, f.cell);
    sheet.next_row();
  }
  sheet.finish_table(1, sheet.row() - 1, effect_col);
}

}  // namespace arshjul::xlsx::detail
