#include "xlsx/sheet_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "escape/escape.hpp"
#include "values/text.hpp"

namespace arshjul::xlsx {

namespace {
constexpr std::size_t min_width = 6;
constexpr std::size_t max_width = 60;
}  // namespace

void SheetWriter::widen(lxw_col_t col, std::size_t chars) {
  if (widths_.size() <= col) widths_.resize(col + 1, 0);
  widths_[col] = std::max(widths_[col], chars);
}

void SheetWriter::text(lxw_col_t col, std::string_view value, lxw_format* format) {
  write_text(col, value, format ? format : default_format_);
}

void SheetWriter::note(lxw_col_t col, std::string_view value, lxw_format* format) {
  measure_ = false;
  write_text(col, value, format);
  measure_ = true;
}

void SheetWriter::write_text(lxw_col_t col, std::string_view value, lxw_format* format) {
  std::string cut;
  // Measuring every cell is costly on a million-row ledger; only long text can exceed the limit.
  if (value.size() > max_cell_chars && count_code_points(value) > max_cell_chars) {
    cut = shorten(value, max_cell_chars);
    warnings_.push_back(
        fmt::format("text in sheet '{}', row {}, column {} is longer than Excel's {} characters and "
                    "was cut",
                    name_, row_ + 1, col + 1, max_cell_chars));
    value = cut;
  }
  // worksheet_write_string never interprets its text: '=1+1' stays a string.
  // XML 1.0 cannot hold control characters, U+FFFE or U+FFFF, and libxlsxwriter writes them raw.
  scratch_ = xml_safe(value);  // libxlsxwriter copies the text; one buffer serves every cell
  // Excel reads _xHHHH_ as the character U+HHHH and libxlsxwriter 1.1.4 does not
  // escape it: _x005F_ (an underscore) before it makes Excel show the text as written.
  for (std::size_t at = scratch_.find("_x"); at != std::string::npos; at = scratch_.find("_x", at + 1)) {
    const auto hex = [&](std::size_t k) {
      return k < scratch_.size() && std::isxdigit(static_cast<unsigned char>(scratch_[k]));
    };
    if (hex(at + 2) && hex(at + 3) && hex(at + 4) && hex(at + 5) && at + 6 < scratch_.size() &&
        scratch_[at + 6] == '_') {
      scratch_.insert(at, "_x005F");
      at += 6;
    }
  }
  check(worksheet_write_string(sheet_, row_, col, scratch_.c_str(), format));
  if (!measure_) return;
  const std::size_t eol = value.find('\n');
  widen(col, value.size() < 2 * max_width ? count_code_points(value.substr(0, eol)) : max_width);
}

void SheetWriter::number(lxw_col_t col, double value, lxw_format* format, std::size_t shown_width) {
  check(worksheet_write_number(sheet_, row_, col, value, format));
  widen(col, shown_width);
}

void SheetWriter::date(lxw_col_t col, Date value, lxw_format* format) {
  lxw_datetime dt{static_cast<int>(value.year()),
                  static_cast<int>(static_cast<unsigned>(value.month())),
                  static_cast<int>(static_cast<unsigned>(value.day())),
                  0,
                  0,
                  0.0};
  check(worksheet_write_datetime(sheet_, row_, col, &dt, format));
  widen(col, 10);
}

void SheetWriter::formula(lxw_col_t col, const std::string& formula, double cached, lxw_format* format,
                          std::size_t shown_width) {
  check(worksheet_write_formula_num(sheet_, row_, col, formula.c_str(), format, cached));
  widen(col, shown_width);
}

void SheetWriter::blank(lxw_col_t col, lxw_format* format) {
  if (format) check(worksheet_write_blank(sheet_, row_, col, format));
}

void SheetWriter::finish_table(lxw_row_t header, lxw_row_t last_row, lxw_col_t last_col, lxw_col_t frozen_cols) {
  worksheet_freeze_panes(sheet_, header + 1, frozen_cols);
  check(worksheet_autofilter(sheet_, header, 0, std::max(last_row, header), last_col));
  worksheet_set_landscape(sheet_);
  worksheet_set_paper(sheet_, 9);  // A4
  worksheet_fit_to_pages(sheet_, 1, 0);
  check(worksheet_repeat_rows(sheet_, header, header));
}

void SheetWriter::fit_columns() {
  for (std::size_t c = 0; c < widths_.size(); ++c) {
    const double width = static_cast<double>(std::clamp(widths_[c] + 2, min_width, max_width));
    check(worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr));
  }
}

}  // namespace arshjul::xlsx
