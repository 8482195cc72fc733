#include "xlsx/charts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace arshjul::xlsx {

namespace {

constexpr double default_width_px = 480, default_height_px = 288;  // libxlsxwriter's chart size

std::string column_letters(lxw_col_t col) {
  std::string out;
  for (unsigned c = col + 1u; c > 0; c = (c - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
  return out;
}

std::string quoted_sheet(std::string_view sheet) {
  std::string out = "'";
  for (char c : sheet) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string cell_reference(std::string_view sheet, lxw_row_t row, lxw_col_t col) {
  return fmt::format("{}!${}${}", quoted_sheet(sheet), column_letters(col), row + 1);
}

// The title and the axis names; the value axis in tkr as the cells show them. (In
// libxlsxwriter's bar chart x_axis is the horizontal one, the values.)
void label_axes(lxw_chart* chart, lxw_chart_axis* categories, lxw_chart_axis* values, const std::string& title,
                const std::string& category_name, const std::string& value_name) {
  chart_title_set_name(chart, title.c_str());
  chart_axis_set_name(categories, category_name.c_str());
  chart_axis_set_name(values, value_name.c_str());
  chart_axis_set_num_format(values, "#,##0");
  // The names beside the lowest value, never across the bars or lines of negative values.
  chart_axis_set_label_position(categories, LXW_CHART_AXIS_LABEL_POSITION_LOW);
}

void insert_below(SheetWriter& sheet, lxw_chart* chart, double width_px, double height_px, const std::string& alt) {
  std::string description = alt;
  lxw_chart_options options{};
  options.x_scale = width_px / default_width_px;
  options.y_scale = height_px / default_height_px;
  options.description = description.data();
  sheet.insert_chart(sheet.row() + 1, 0, chart, options);
}

}  // namespace

std::string column_reference(std::string_view sheet, lxw_col_t col, std::span<const RowSpan> rows) {
  std::vector<std::string> parts;
  for (const RowSpan& r : rows)
    parts.push_back(r.first == r.last ? cell_reference(sheet, r.first, col)
                                      : cell_reference(sheet, r.first, col) + ":$" + column_letters(col) + "$" +
                                            std::to_string(r.last + 1));
  if (parts.size() == 1) return parts.front();
  return fmt::format("({})", fmt::join(parts, ","));
}

void add_deviation_chart(SheetWriter& sheet, std::span<const RowSpan> unit_rows, lxw_col_t name_col,
                         lxw_col_t value_col, Lang lang) {
  if (unit_rows.empty()) return;
  const bool sv = lang == Lang::sv;
  lxw_chart* chart = sheet.new_chart(LXW_CHART_BAR);
  if (!chart) return;
  std::string categories = "=" + column_reference(sheet.name(), name_col, unit_rows);
  std::string values = "=" + column_reference(sheet.name(), value_col, unit_rows);
  lxw_chart_series* series = chart_add_series(chart, categories.data(), values.data());
  chart_series_set_name(series, sv ? "Avvikelse (tkr)" : "Deviation (tkr)");
  chart_series_set_invert_if_negative(series);
  const std::string title = sv ? "Avvikelse mot budget per enhet (tkr)" : "Deviation from budget by unit (tkr)";
  label_axes(chart, chart->y_axis, chart->x_axis, title, sv ? "Enhet" : "Unit", "tkr");
  chart_axis_set_reverse(chart->y_axis);  // the first unit at the top, as in the table
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  std::size_t bars = 0;
  for (const RowSpan& r : unit_rows) bars += r.last - r.first + 1;
  insert_below(sheet, chart, 760, std::max(default_height_px, 90.0 + 22.0 * static_cast<double>(bars)), title);
}

void add_forecast_chart(SheetWriter& sheet, lxw_row_t header_row, lxw_col_t first_month,
                        std::span<const lxw_row_t> subtotal_rows, Lang lang) {
  if (subtotal_rows.empty()) return;
  const bool sv = lang == Lang::sv;
  lxw_chart* chart = sheet.new_chart(LXW_CHART_LINE);
  if (!chart) return;
  const auto last_month = static_cast<lxw_col_t>(first_month + 11);
  for (const lxw_row_t row : subtotal_rows) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, sheet.name().c_str(), header_row, first_month, header_row, last_month);
    chart_series_set_values(series, sheet.name().c_str(), row, first_month, row, last_month);
    chart_series_set_name_range(series, sheet.name().c_str(), row, 0);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
  }
  // A month no unit of the group has an economy is a blank cell: a gap in the line, not a zero.
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
  const std::string title = sv ? "Avvikelse mot budget per månad (tkr)" : "Deviation from budget by month (tkr)";
  label_axes(chart, chart->x_axis, chart->y_axis, title, sv ? "Månad" : "Month", "tkr");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  insert_below(sheet, chart, 760, 340, title);
}

}  // namespace arshjul::xlsx
