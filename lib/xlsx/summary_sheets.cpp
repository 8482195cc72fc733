// The summary sheets of docs/reports.md, in order, each written row by row; the
// year's sheets (Prognos, Volymer) are in year_sheets.cpp.
#include <fmt/format.h>

#include "summary/labels.hpp"
#include "values/format.hpp"
#include "xlsx/charts.hpp"
#include "xlsx/detail.hpp"

namespace arshjul::xlsx::detail {

namespace {

lxw_format* format(lxw_workbook* wb, const char* num_format, bool bold = false, lxw_color_t fill = 0,
                   bool border = true) {
  lxw_format* f = workbook_add_format(wb);
  if (num_format) format_set_num_format(f, num_format);
  if (bold) format_set_bold(f);
  if (fill) {
    format_set_bg_color(f, fill);
    format_set_pattern(f, LXW_PATTERN_SOLID);
  }
  if (border) format_set_border(f, LXW_BORDER_THIN);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

lxw_format* wrapped(lxw_format* f) {
  format_set_text_wrap(f);
  return f;
}

std::string place(const Summary& s) { return s.municipality.empty() ? "arshjul" : s.municipality; }

void overview(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  sheet.note(
      0,
      fmt::format("{} – {} {}, {} {}{}", place(s), sv ? "uppföljning" : "follow-up", s.year, sv ? "per" : "as of",
                  format_date(s.as_of), s.period ? ", " + format_period_words(*s.period, lang) : std::string{}),
      f.title);
  sheet.next_row();
  const auto& c = s.status_counts;
  sheet.note(
      0, sv ? fmt::format("Fel: {}. Varningar: {}. Rapporter i tid: {}, sena: {}, saknas: {}, väntar: {}.",
                          s.finding_counts.errors, s.finding_counts.warnings, c.on_time, c.late, c.missing, c.pending)
            : fmt::format("Errors: {}. Warnings: {}. Reports on time: {}, late: {}, missing: {}, pending: {}.",
                          s.finding_counts.errors, s.finding_counts.warnings, c.on_time, c.late, c.missing, c.pending));
  sheet.next_row();
  // The legend: each status word in its fill, and the mark of the mandatory months.
  sheet.note(0, sv ? "Förklaring:" : "Legend:", f.bold_plain);
  const std::array<ReportState, 4> states{ReportState::on_time, ReportState::late, ReportState::missing,
                                          ReportState::pending};
  for (std::size_t i = 0; i < states.size(); ++i) {
    GridCell example{true, states[i], false, 0};
    std::string word = cell_words(example, lang);
    if (states[i] == ReportState::late) word = sv ? "sen (N arbetsdagar)" : "late (N working days)";
    sheet.note(static_cast<lxw_col_t>(2 + 2 * i), word, f.state[static_cast<std::size_t>(states[i])]);
  }
  sheet.note(10, sv ? "* obligatorisk månadsuppföljning" : "* mandatory monthly follow-up");
  sheet.next_row();
  const lxw_row_t header = sheet.row();
  sheet.text(0, sv ? "Enhet" : "Unit", f.header);
  sheet.text(1, sv ? "Rapport" : "Report", f.header);
  for (int m = 1; m <= 12; ++m)
    sheet.text(static_cast<lxw_col_t>(m + 1), month_abbreviation(m, lang) + (m == 4 || m == 8 ? " *" : ""), f.header);
  sheet.next_row();
  int previous = -1;
  for (const GridRow& row : s.grid) {
    // The unit is named once, on the first row of its group.
    if (row.unit != previous)
      sheet.text(0, s.unit(row.unit).name, f.bold);
    else
      sheet.blank(0, f.cell);
    previous = row.unit;
    sheet.text(1, report_word(row.kind, lang));
    for (int m = 0; m < 12; ++m) {
      const GridCell& cell = row.months[static_cast<std::size_t>(m)];
      if (cell.used)
        sheet.text(static_cast<lxw_col_t>(m + 2), cell_words(cell, lang),
                   f.state[static_cast<std::size_t>(cell.state)]);
      else
        sheet.blank(static_cast<lxw_col_t>(m + 2), f.cell);
    }
    sheet.next_row();
  }
  sheet.finish_table(header, sheet.row() - 1, 13, 2);
}

void economy_row(SheetWriter& sheet, const Formats& f, const EconomyLineSummary& line, bool total) {
  sheet.number(1, tkr(line.budget), total ? f.tkr_total : f.tkr, amount_width);
  sheet.number(2, tkr(line.outcome), total ? f.tkr_total : f.tkr, amount_width);
  sheet.number(3, tkr(line.forecast), total ? f.tkr_total : f.tkr, amount_width);
  sheet.number(4, tkr(line.deviation), total ? f.tkr_signed_total : f.tkr_signed, amount_width);
  if (line.deviation_share)
    sheet.number(5, line.deviation_share->rounded(), f.percent, 8);
  else
    sheet.blank(5, f.cell);
}

// Booked outcome and difference; ARS701 fills both.
void booked_cells(SheetWriter& sheet, const Formats& f, const EconomyLineSummary& line) {
  lxw_format* number = line.reconciliation_finding ? f.flagged_tkr : f.tkr_signed;
  const auto cell = [&](lxw_col_t c, const std::optional<Wide>& v) {
    if (v)
      sheet.number(c, tkr(*v), number, amount_width);
    else
      sheet.blank(c, f.cell);
  };
  cell(8, line.booked);
  cell(9, line.booked_difference);
}

void economy(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  title_row(sheet, f, s, sv ? "Ekonomi" : "Economy", lang);
  std::vector<std::string_view> headers{sv ? "Enhet" : "Unit",
                                        "Budget (tkr)",
                                        sv ? "Utfall hittills (tkr)" : "Outcome to date (tkr)",
                                        sv ? "Prognos (tkr)" : "Forecast (tkr)",
                                        sv ? "Avvikelse (tkr)" : "Deviation (tkr)",
                                        sv ? "Avvikelse (%)" : "Deviation (%)",
                                        sv ? "Åtgärder" : "Measures",
                                        sv ? "Källa" : "Source"};
  if (s.has_books) {  // docs/reports.md: the books' columns, for units with an SIE file
    headers.push_back(sv ? "Bokfört utfall (tkr)" : "Booked outcome (tkr)");
    headers.push_back(sv ? "Skillnad mot bokfört (tkr)" : "Difference from booked (tkr)");
  }
  header_row(sheet, f, headers);
  const lxw_col_t last_col = s.has_books ? 9 : 7;
  // Each unit type's rows, then its subtotal: SUM formulas over exactly those
  // rows, with the exact sums as cached values (no viewer must recalculate).
  std::vector<RowSpan> unit_rows;
  for (const UnitType type : {UnitType::namnd, UnitType::bolag}) {
    const lxw_row_t first = sheet.row();
    for (const EconomyLineSummary& line : s.economy) {
      if (line.type != type) continue;
      sheet.text(0, s.unit(line.unit).name);
      if (line.has_data) {
        economy_row(sheet, f, line, false);
        sheet.text(6, line.measures, f.wrap);
        sheet.text(7, source_word(line.source, lang));
      } else {
        for (lxw_col_t c = 1; c <= 7; ++c) sheet.blank(c, f.cell);
      }
      if (s.has_books) booked_cells(sheet, f, line);
      sheet.next_row();
    }
    if (sheet.row() == first) continue;  // no unit of this type is shown
    const EconomyLineSummary& t = s.economy_subtotals[static_cast<std::size_t>(type)];
    const lxw_row_t last = sheet.row() - 1;
    unit_rows.push_back({first, last});
    const auto sum = [&](char col) { return fmt::format("=SUM({0}{1}:{0}{2})", col, first + 1, last + 1); };
    sheet.text(0, subtotal_label(type, lang), f.bold);
    sheet.formula(1, sum('B'), tkr(t.budget), f.tkr_total, amount_width);
    sheet.formula(2, sum('C'), tkr(t.outcome), f.tkr_total, amount_width);
    sheet.formula(3, sum('D'), tkr(t.forecast), f.tkr_total, amount_width);
    sheet.formula(4, sum('E'), tkr(t.deviation), f.tkr_signed_total, amount_width);
    if (t.deviation_share)
      sheet.formula(5, fmt::format("=ROUND(E{0}/ABS(B{0}),3)", sheet.row() + 1), t.deviation_share->rounded(),
                    f.percent_total, 8);
    else
      sheet.blank(5, f.cell);
    for (lxw_col_t c = 6; c <= last_col; ++c) sheet.blank(c, f.cell);
    sheet.next_row();
  }
  sheet.finish_table(1, sheet.row() - 1, last_col);
  if (s.has_economy) add_deviation_chart(sheet, unit_rows, 0, 4, lang);
}

void kpis(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  title_row(sheet, f, s, sv ? "Nyckeltal" : "Key figures", lang);
  header_row(
      sheet, f,
      {sv ? "Enhet" : "Unit", sv ? "Nyckeltal" : "KPI", sv ? "Värde" : "Value", sv ? "Måttenhet" : "Unit of measure",
       sv ? "Mål" : "Target", sv ? "Riktning" : "Direction", "Status", sv ? "Verksamhetskritisk" : "Critical"});
  for (const KpiSummary& k : s.kpis) {
    // A red or missing KPI carries a finding for the committee: its row is filled.
    const bool flagged = k.status && (*k.status == KpiStatus::red || *k.status == KpiStatus::missing);
    lxw_format* text = flagged ? f.flagged : nullptr;
    sheet.text(0, s.unit(k.unit).name, text);
    sheet.text(1, k.name, flagged ? f.flagged_wrap : f.wrap);
    if (k.value)
      sheet.number(2, to_double(*k.value), flagged ? f.flagged : f.number, format_decimal(*k.value, lang).size());
    else
      sheet.blank(2, flagged ? f.flagged : f.cell);
    sheet.text(3, k.measure_unit, text);
    if (k.target)
      sheet.number(4, to_double(*k.target), flagged ? f.flagged : f.number, format_decimal(*k.target, lang).size());
    else
      sheet.blank(4, flagged ? f.flagged : f.cell);
    sheet.text(5, k.direction ? direction_word(*k.direction, lang) : std::string_view{}, text);
    if (k.status)
      sheet.text(6, kpi_status_word(*k.status, lang), f.kpi[static_cast<std::size_t>(*k.status)]);
    else
      sheet.blank(6, f.cell);
    sheet.text(7, yes_no(k.critical, lang), text);
    sheet.next_row();
  }
  sheet.finish_table(1, sheet.row() - 1, 7);
}

void assignments(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  title_row(sheet, f, s, sv ? "Uppdrag" : "Assignments", lang);
  header_row(sheet, f,
             {"Id", sv ? "Enhet" : "Unit", sv ? "Titel" : "Title", sv ? "Källa" : "Source",
              sv ? "Inom budget" : "Within budget", sv ? "Resurser" : "Resources", sv ? "Slutdatum" : "Due", "Status",
              sv ? "Flagga" : "Flag"});
  for (const AssignmentSummary& a : s.assignments) {
    const AssignmentRow& r = *a.row;
    const std::string flags = assignment_flags(a);
    const bool flagged = !flags.empty();
    lxw_format* text = flagged ? f.flagged : nullptr;
    lxw_format* wrap = flagged ? f.flagged_wrap : f.wrap;
    sheet.text(0, r.id, text);
    sheet.text(1, s.unit(r.unit).name, wrap);
    sheet.text(2, r.title, wrap);
    sheet.text(3, r.origin ? origin_word(*r.origin, lang) : std::string_view{}, text);
    sheet.text(4, r.within_budget ? yes_no(*r.within_budget, lang) : std::string_view{}, text);
    sheet.text(5, r.resources, wrap);
    if (r.due)
      sheet.date(6, *r.due, flagged ? f.flagged_date : f.date);
    else
      sheet.blank(6, text ? text : f.cell);
    sheet.text(7, r.status ? assignment_status_word(*r.status, lang) : std::string_view{}, text);
    sheet.text(8, flags, text);
    sheet.next_row();
  }
  sheet.finish_table(1, sheet.row() - 1, 8);
}

void findings(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  title_row(sheet, f, s, sv ? "Kontrollfynd" : "Findings", lang);
  header_row(sheet, f,
             {sv ? "Allvarlighet" : "Severity", sv ? "Kod" : "Code", sv ? "Meddelande" : "Message", sv ? "Fil" : "File",
              sv ? "Rad" : "Line", sv ? "Kolumn" : "Column", sv ? "Enhet" : "Unit", "Period"});
  for (std::size_t i = 0; i < s.findings.size(); ++i) {
    const Finding& x = s.findings[i];
    sheet.text(0, severity_word(x.severity, lang));
    sheet.text(1, code_name(x.code));
    sheet.text(2, x.message.in(lang), f.wrap);
    sheet.text(3, s.path_of(x.where.file), f.wrap);
    sheet.number(4, x.where.line, f.number, 5);
    sheet.number(5, x.where.column, f.number, 5);
    sheet.text(6,
               x.about.unit >= 0 && s.organisation ? std::string_view{s.unit(x.about.unit).name} : std::string_view{},
               f.wrap);
    sheet.text(7, x.about.period ? format_period(*x.about.period) : std::string{});
    sheet.next_row();
  }
  sheet.finish_table(1, sheet.row() - 1, 7);
}

bool volumes_shown(const Summary& s) { return s.shows_volumes; }

}  // namespace

// Row 1 of every summary sheet: what it shows, the municipality, the period.
void title_row(SheetWriter& sheet, const Formats& f, const Summary& s, std::string_view what, Lang lang) {
  std::string text = fmt::format("{} – {} {}", what, place(s), s.year);
  if (s.period) text += ", " + format_period_words(*s.period, lang);
  sheet.note(0, text, f.title);
  sheet.next_row();
}

void header_row(SheetWriter& sheet, const Formats& f, std::span<const std::string_view> headers) {
  lxw_col_t c = 0;
  for (std::string_view h : headers) sheet.text(c++, h, f.header);
  sheet.next_row();
}

void header_row(SheetWriter& sheet, const Formats& f, std::initializer_list<std::string_view> headers) {
  header_row(sheet, f, std::span<const std::string_view>(headers.begin(), headers.size()));
}

std::span<const SummarySheet> summary_sheets() {
  static constexpr SummarySheet table[]{{"Översikt", "Overview", &overview},
                                        {"Ekonomi", "Economy", &economy},
                                        {"Prognos", "Forecast", &write_forecast_sheet},
                                        {"Volymer", "Volumes", &write_volume_sheet, &volumes_shown},
                                        {"Nyckeltal", "KPIs", &kpis},
                                        {"Uppdrag", "Assignments", &assignments},
                                        {"Kontrollfynd", "Findings", &findings}};
  return table;
}

void create_formats(Workbook::State& s) {
  lxw_workbook* wb = s.workbook;
  Formats& f = s.formats;
  f.title = format(wb, nullptr, true, 0, false);
  format_set_font_size(f.title, 14);
  f.bold_plain = format(wb, nullptr, true, 0, false);
  f.header = wrapped(format(wb, nullptr, true, 0xD9E1F2));
  f.cell = format(wb, nullptr);
  f.wrap = wrapped(format(wb, nullptr));
  f.flagged = format(wb, nullptr, false, 0xFCE4E4);
  f.flagged_wrap = wrapped(format(wb, nullptr, false, 0xFCE4E4));
  f.flagged_date = format(wb, "yyyy-mm-dd", false, 0xFCE4E4);
  f.flagged_tkr = format(wb, "#,##0;[Red]-#,##0", false, 0xFCE4E4);
  f.bold = format(wb, nullptr, true);
  f.tkr = format(wb, "#,##0");
  f.tkr_signed = format(wb, "#,##0;[Red]-#,##0");
  f.tkr_total = format(wb, "#,##0", true);
  f.tkr_signed_total = format(wb, "#,##0;[Red]-#,##0", true);
  f.percent = format(wb, "0.0%;[Red]-0.0%");
  f.percent_total = format(wb, "0.0%;[Red]-0.0%", true);
  f.kr = format(wb, "#,##0.00");
  f.number = format(wb, "General");
  f.quantity = {format(wb, "#,##0"), format(wb, "#,##0.0"), format(wb, "#,##0.00"), format(wb, "#,##0.000")};
  f.date = format(wb, "yyyy-mm-dd");
  // Report status: green, amber, red, grey.
  f.state = {format(wb, nullptr, false, 0xC6EFCE), format(wb, nullptr, false, 0xFFEB9C),
             format(wb, nullptr, false, 0xFFC7CE), format(wb, nullptr, false, 0xD9D9D9)};
  f.kpi = {format(wb, nullptr, false, 0xC6EFCE), format(wb, nullptr, false, 0xFFEB9C),
           format(wb, nullptr, false, 0xFFC7CE), format(wb, nullptr, false, 0xD9D9D9)};
}

void set_properties(Workbook::State& s, const Summary& summary) {
  const bool sv = s.options.lang == Lang::sv;
  std::string title = fmt::format("{} – {} {}", summary.municipality.empty() ? "arshjul" : summary.municipality,
                                  sv ? "uppföljning" : "follow-up", summary.year);
  std::string subject = fmt::format("{} {}", sv ? "Årshjul per" : "Annual cycle as of", format_date(summary.as_of));
  std::string author = "arshjul";
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.created = std::chrono::system_clock::to_time_t(s.options.created);
  workbook_set_properties(s.workbook, &properties);  // copies the strings
}

// Printed: the municipality and the sheet at the top, page N of M and the as-of date at the bottom.
void print_header_and_footer(SheetWriter& sheet, const Summary& summary, Lang lang) {
  std::string who = place(summary);
  for (std::size_t at = who.find('&'); at != std::string::npos; at = who.find('&', at + 2)) who.insert(at, "&");
  const std::string header = fmt::format("&L{}&R{}", who, sheet.name());
  const std::string footer =
      fmt::format("&L{} &P {} &N&R{} {}", lang == Lang::sv ? "Sida" : "Page", lang == Lang::sv ? "av" : "of",
                  lang == Lang::sv ? "Per" : "As of", format_date(summary.as_of));
  worksheet_set_header(sheet.sheet(), header.c_str());
  worksheet_set_footer(sheet.sheet(), footer.c_str());
}

bool add_summary_sheets(Workbook::State& s, const Summary& summary) {
  for (const SummarySheet& kind : summary_sheets()) {
    if (kind.shown && !kind.shown(summary)) continue;
    const std::string name(kind.name(s.options.lang));
    SheetWriter& sheet = s.sheets.emplace_back(workbook_add_worksheet(s.workbook, name.c_str()), name, s.workbook);
    if (!sheet.sheet()) return false;
    sheet.set_default_format(s.formats.cell);
    kind.write(sheet, s.formats, summary, s.options.lang);
    print_header_and_footer(sheet, summary, s.options.lang);
  }
  s.summary_sheet_count = s.sheets.size();
  return true;
}

}  // namespace arshjul::xlsx::detail
