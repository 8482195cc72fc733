// The ledger sheets: every economy row as read, streamed row by row.
#include <fmt/format.h>

#include "xlsx/detail.hpp"

namespace arshjul::xlsx::detail {

namespace {
constexpr std::array<std::string_view, 10> headers_sv{"Enhet",       "Period",       "Rapport",  "Rad", "Budget (kr)",
                                                      "Utfall (kr)", "Prognos (kr)", "Åtgärder", "Fil", "Radnummer"};
constexpr std::array<std::string_view, 10> headers_en{"Unit",        "Period",       "Report",        "Line",
                                                      "Budget (kr)", "Outcome (kr)", "Forecast (kr)", "Measures",
                                                      "File",        "Line number"};
constexpr std::size_t ledger_amount_width = 16;
}  // namespace

void add_ledger_sheet(Workbook::State& s) {
  const bool sv = s.options.lang == Lang::sv;
  const std::size_t number = s.sheets.size() - s.summary_sheet_count + 1;
  std::string name = sv ? "Huvudbok" : "Ledger";
  if (number > 1) name += fmt::format(" {}", number);
  s.sheets.emplace_back(workbook_add_worksheet(s.workbook, name.c_str()), name);
  SheetWriter& sheet = s.sheets.back();
  if (!sheet.sheet()) return;
  const auto& headers = sv ? headers_sv : headers_en;
  for (std::size_t c = 0; c < headers.size(); ++c) sheet.text(static_cast<lxw_col_t>(c), headers[c], s.formats.header);
  sheet.next_row();
}

void write_ledger_row(Workbook::State& s, SheetWriter& sheet, const LedgerRow& row) {
  const Formats& f = s.formats;
  sheet.text(0, row.unit);
  sheet.text(1, format_period(row.period));
  if (row.source != FactSource::ledger) sheet.text(2, name(row.source));  // as read: empty for ledger rows
  if (!row.line.empty()) sheet.text(3, row.line);
  sheet.number(4, static_cast<double>(row.budget.ore) / 100.0, f.kr, ledger_amount_width);
  sheet.number(5, static_cast<double>(row.outcome.ore) / 100.0, f.kr, ledger_amount_width);
  sheet.number(6, static_cast<double>(row.forecast.ore) / 100.0, f.kr, ledger_amount_width);
  if (!row.measures.empty()) sheet.text(7, row.measures);
  sheet.text(8, row.file);
  sheet.number(9, row.where.line, nullptr, 8);
  sheet.next_row();
}

void finish_ledger_sheet(Workbook::State&, SheetWriter& sheet) { sheet.finish_table(0, sheet.row() - 1, 9); }

}  // namespace arshjul::xlsx::detail
