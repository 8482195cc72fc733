// The workbook's native Excel charts (docs/reports.md): the deviation per unit
// on Ekonomi, the deviation per month of each subtotal on Prognos. Each chart
// points at the cells its sheet wrote, so it shows what the table shows.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "types/kinds.hpp"
#include "xlsx/sheet_writer.hpp"

namespace arshjul::xlsx {

/// Rows first..last of one column, 0-based.
struct RowSpan {
  lxw_row_t first = 0, last = 0;
};

/// A reference as a chart's series holds it: `'Sheet'!$A$3:$A$19`, or for
/// several spans a union in parentheses, `('Sheet'!$A$3:$A$19,'Sheet'!$A$21:$A$24)`.
std::string column_reference(std::string_view sheet, lxw_col_t col, std::span<const RowSpan> rows);

/// A bar per unit row, below the table: names from `name_col`, values from `value_col`.
void add_deviation_chart(SheetWriter& sheet, std::span<const RowSpan> unit_rows, lxw_col_t name_col,
                         lxw_col_t value_col, Lang lang);

/// A line per subtotal row over the month columns, categories from the header row, below the table.
void add_forecast_chart(SheetWriter& sheet, lxw_row_t header_row, lxw_col_t first_month,
                        std::span<const lxw_row_t> subtotal_rows, Lang lang);

}  // namespace arshjul::xlsx
