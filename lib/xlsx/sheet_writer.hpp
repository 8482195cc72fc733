// Row-by-row writing into one libxlsxwriter worksheet in constant-memory mode:
// cells only move forward, text is always text, column widths follow content.
#pragma once

#include <xlsxwriter.h>

#include <string>
#include <string_view>
#include <vector>

#include "types/values.hpp"

namespace arshjul::xlsx {

/// Excel's limit on a cell's text, in characters.
inline constexpr std::size_t max_cell_chars = 32767;

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, std::string name, lxw_workbook* workbook = nullptr)
      : sheet_(sheet), name_(std::move(name)), workbook_(workbook) {}

  lxw_worksheet* sheet() const { return sheet_; }
  const std::string& name() const { return name_; }
  lxw_row_t row() const { return row_; }
  void next_row() { ++row_; }

  /// Cells written without a format take this one (thin borders).
  void set_default_format(lxw_format* format) { default_format_ = format; }
  void text(lxw_col_t col, std::string_view value, lxw_format* format = nullptr);
  /// Text that does not size its column (a sheet's title, its notes).
  void note(lxw_col_t col, std::string_view value, lxw_format* format = nullptr);
  void number(lxw_col_t col, double value, lxw_format* format, std::size_t shown_width);
  void date(lxw_col_t col, Date value, lxw_format* format);
  void formula(lxw_col_t col, const std::string& formula, double cached, lxw_format* format, std::size_t shown_width);
  void blank(lxw_col_t col, lxw_format* format);
  /// A new chart of the workbook (nullptr for a sheet made without one), to be inserted here.
  lxw_chart* new_chart(std::uint8_t type) { return workbook_ ? workbook_add_chart(workbook_, type) : nullptr; }
  /// A chart anchored at a cell (any row: charts are kept apart from the streamed rows).
  void insert_chart(lxw_row_t row, lxw_col_t col, lxw_chart* chart, lxw_chart_options& options) {
    check(worksheet_insert_chart_opt(sheet_, row, col, chart, &options));
  }
  /// Frozen rows above and an autofilter from `header` to `last_row`; printed
  /// landscape, one page wide, the header on every page. In constant-memory
  /// mode the range must reach the row being written.
  void finish_table(lxw_row_t header, lxw_row_t last_row, lxw_col_t last_col, lxw_col_t frozen_cols = 0);

  /// Sets the widths of every written column; call once, before the workbook closes.
  void fit_columns();
  /// The first error libxlsxwriter reported, and the cells cut at Excel's limit.
  lxw_error error() const { return error_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  void widen(lxw_col_t col, std::size_t chars);
  void write_text(lxw_col_t col, std::string_view value, lxw_format* format);
  lxw_format* default_format_ = nullptr;
  bool measure_ = true;
  void check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }

  lxw_worksheet* sheet_;
  std::string name_;
  lxw_workbook* workbook_;
  lxw_row_t row_ = 0;
  std::vector<std::size_t> widths_;
  lxw_error error_ = LXW_NO_ERROR;
  std::vector<std::string> warnings_;
  std::string scratch_;
};

}  // namespace arshjul::xlsx
