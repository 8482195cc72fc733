// Internals of the workbook export.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "io/output.hpp"
#include "xlsx/ledger_spill.hpp"
#include "xlsx/sheet_writer.hpp"
#include "xlsx/workbook.hpp"

namespace arshjul::xlsx {

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* bold_plain = nullptr;  // bold, no border (the legend's label)
  lxw_format* header = nullptr;
  lxw_format* cell = nullptr;     // thin borders: every cell of a table
  lxw_format* wrap = nullptr;     // long text: wraps instead of running on
  lxw_format* flagged = nullptr;  // a row that carries a finding
  lxw_format* flagged_wrap = nullptr;
  lxw_format* flagged_date = nullptr;
  lxw_format* flagged_tkr = nullptr;  // tkr_signed with the flag's fill (ARS701 on the Ekonomi sheet)
  lxw_format* tkr = nullptr;          // #,##0
  lxw_format* tkr_signed = nullptr;   // #,##0, negative red
  lxw_format* tkr_total = nullptr;
  lxw_format* tkr_signed_total = nullptr;
  lxw_format* percent = nullptr;  // 0.0%, negative red
  lxw_format* percent_total = nullptr;
  lxw_format* kr = nullptr;               // #,##0.00
  lxw_format* number = nullptr;           // General
  std::array<lxw_format*, 4> quantity{};  // #,##0 with 0–3 decimals, for volumes by their scale
  lxw_format* date = nullptr;             // yyyy-mm-dd
  lxw_format* bold = nullptr;
  std::array<lxw_format*, 4> state{};  // on_time, late, missing, pending
  std::array<lxw_format*, 4> kpi{};    // green, yellow, red, missing
};

struct Workbook::State {
  std::string path;                    // as given, for messages
  std::optional<Temporary> temporary;  // the workbook while it is written
  Options options;
  lxw_workbook* workbook = nullptr;
  Formats formats;
  std::optional<LedgerSpill> ledger;  // include_ledger: the rows until the summary sheets are written
  std::optional<std::string> ledger_error;
  std::vector<SheetWriter> sheets;  // the summary sheets shown, then the ledger sheets
  std::size_t summary_sheet_count = 0;
};

}  // namespace arshjul::xlsx

namespace arshjul::xlsx::detail {

/// The summary sheets in their order in the workbook: the one table of them.
/// Adding a sheet is a row here, its writer, its docs and its test.
struct SummarySheet {
  std::string_view sv, en;  // the sheet's name
  void (*write)(SheetWriter& sheet, const Formats& formats, const Summary& summary, Lang lang);
  bool (*shown)(const Summary& summary) = nullptr;  // nullptr: always
  std::string_view name(Lang lang) const { return lang == Lang::sv ? sv : en; }
};
std::span<const SummarySheet> summary_sheets();

// Parts of the summary sheets shared by their writers (summary_sheets.cpp, year_sheets.cpp).
inline constexpr std::size_t amount_width = 14;
inline double tkr(Wide ore) { return static_cast<double>(ore) / 100'000.0; }
void title_row(SheetWriter& sheet, const Formats& f, const Summary& s, std::string_view what, Lang lang);
void header_row(SheetWriter& sheet, const Formats& f, std::initializer_list<std::string_view> headers);
void header_row(SheetWriter& sheet, const Formats& f, std::span<const std::string_view> headers);
void write_forecast_sheet(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang);
void write_volume_sheet(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang);

void create_formats(Workbook::State& state);
void set_properties(Workbook::State& state, const Summary& summary);
/// Creates and writes the summary sheets the summary shows, in order; false when one cannot be created.
[[nodiscard]] bool add_summary_sheets(Workbook::State& state, const Summary& summary);

void add_ledger_sheet(Workbook::State& state);
void write_ledger_row(Workbook::State& state, SheetWriter& sheet, const LedgerRow& row);
void finish_ledger_sheet(Workbook::State& state, SheetWriter& sheet);

}  // namespace arshjul::xlsx::detail
