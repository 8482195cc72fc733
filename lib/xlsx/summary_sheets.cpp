// The five summary sheets of docs/reports.md, in order, each written row by row.
#include <fmt/format.h>

#include "summary/labels.hpp"
#include "values/format.hpp"
#include "xlsx/detail.hpp"

namespace arshjul::xlsx::detail {

namespace {

constexpr std::size_t amount_width = 14;

lxw_format* format(lxw_workbook* wb, const char* num_format, bool bold = false, lxw_color_t fill = 0) {
  lxw_format* f = workbook_add_format(wb);
  if (num_format) format_set_num_format(f, num_format);
  if (bold) format_set_bold(f);
  if (fill) {
    format_set_bg_color(f, fill);
    format_set_pattern(f, LXW_PATTERN_SOLID);
  }
  return f;
}

double tkr(Wide ore) { return static_cast<double>(ore) / 100'000.0; }

void header_row(SheetWriter& sheet, const Formats& f, std::initializer_list<std::string_view> headers) {
  lxw_col_t c = 0;
  for (std::string_view h : headers) sheet.text(c++, h, f.header);
  sheet.next_row();
}

void overview(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  sheet.text(0,
             fmt::format("{} – {} {}", s.municipality.empty() ? "arshjul" : s.municipality,
                         sv ? "uppföljning" : "follow-up", s.year),
             f.title);
  sheet.next_row();
  sheet.text(0, fmt::format("{} {}, {} {}", sv ? "Per" : "As of", format_date(s.as_of), sv ? "period" : "period",
                            s.period ? format_period_words(*s.period, lang) : std::string("–")));
  sheet.next_row();
  const auto& c = s.status_counts;
  sheet.text(
      0, sv ? fmt::format("Fel: {}. Varningar: {}. Rapporter i tid: {}, sena: {}, saknas: {}, väntar: {}.",
                          s.finding_counts.errors, s.finding_counts.warnings, c.on_time, c.late, c.missing, c.pending)
            : fmt::format("Errors: {}. Warnings: {}. Reports on time: {}, late: {}, missing: {}, pending: {}.",
                          s.finding_counts.errors, s.finding_counts.warnings, c.on_time, c.late, c.missing, c.pending));
  sheet.next_row();
  sheet.next_row();
  const lxw_row_t header = sheet.row();
  sheet.text(0, sv ? "Enhet" : "Unit", f.header);
  sheet.text(1, sv ? "Rapport" : "Report", f.header);
  for (int m = 1; m <= 12; ++m) sheet.text(static_cast<lxw_col_t>(m + 1), month_abbreviation(m, lang), f.header);
  sheet.next_row();
  for (const GridRow& row : s.grid) {
    sheet.text(0, s.unit(row.unit).name);
    sheet.text(1, report_word(row.kind, lang));
    for (int m = 0; m < 12; ++m) {
      const GridCell& cell = row.months[static_cast<std::size_t>(m)];
      if (cell.used)
        sheet.text(static_cast<lxw_col_t>(m + 2), cell_words(cell, lang),
                   f.state[static_cast<std::size_t>(cell.state)]);
    }
    sheet.next_row();
  }
  sheet.finish_table(header, sheet.row() - 1, 13, 2);
}

void economy(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  header_row(sheet, f,
             {sv ? "Enhet" : "Unit", "Budget (tkr)", sv ? "Utfall hittills (tkr)" : "Outcome to date (tkr)",
              sv ? "Prognos (tkr)" : "Forecast (tkr)", sv ? "Avvikelse (tkr)" : "Deviation (tkr)",
              sv ? "Avvikelse (%)" : "Deviation (%)", sv ? "Källa" : "Source"});
  for (const EconomyLineSummary& line : s.economy) {
    sheet.text(0, s.unit(line.unit).name);
    if (line.has_data) {
      sheet.number(1, tkr(line.budget), f.tkr, amount_width);
      sheet.number(2, tkr(line.outcome), f.tkr, amount_width);
      sheet.number(3, tkr(line.forecast), f.tkr, amount_width);
      sheet.number(4, tkr(line.deviation), f.tkr_signed, amount_width);
      if (line.deviation_share) sheet.number(5, line.deviation_share->value(), f.percent, 8);
      sheet.text(6, source_word(line.source, lang));
    }
    sheet.next_row();
  }
  const lxw_row_t last = sheet.row() - 1;
  sheet.finish_table(0, last, 6);  // the total row stays out of the filter
  // SUM formulas, with the exact totals as cached values: no viewer needs to recalculate.
  const auto& t = s.economy_total;
  const auto sum = [&](char col) { return fmt::format("=SUM({0}2:{0}{1})", col, last + 1); };
  sheet.text(0, sv ? "Totalt" : "Total", f.bold);
  sheet.formula(1, sum('B'), tkr(t.budget), f.tkr_total, amount_width);
  sheet.formula(2, sum('C'), tkr(t.outcome), f.tkr_total, amount_width);
  sheet.formula(3, sum('D'), tkr(t.forecast), f.tkr_total, amount_width);
  sheet.formula(4, sum('E'), tkr(t.deviation), f.tkr_signed_total, amount_width);
  if (t.deviation_share)
    sheet.formula(5, fmt::format("=E{0}/ABS(B{0})", sheet.row() + 1), t.deviation_share->value(), f.percent_total, 8);
  sheet.next_row();
}

void kpis(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  header_row(
      sheet, f,
      {sv ? "Enhet" : "Unit", sv ? "Nyckeltal" : "KPI", sv ? "Värde" : "Value", sv ? "Måttenhet" : "Unit of measure",
       sv ? "Mål" : "Target", sv ? "Riktning" : "Direction", "Status", sv ? "Verksamhetskritisk" : "Critical"});
  for (const KpiSummary& k : s.kpis) {
    sheet.text(0, s.unit(k.unit).name);
    sheet.text(1, k.name);
    if (k.value) sheet.number(2, to_double(*k.value), f.number, format_decimal(*k.value, lang).size());
    if (!k.measure_unit.empty()) sheet.text(3, k.measure_unit);
    if (k.target) sheet.number(4, to_double(*k.target), f.number, format_decimal(*k.target, lang).size());
    if (k.direction) sheet.text(5, direction_word(*k.direction, lang));
    if (k.status) sheet.text(6, kpi_status_word(*k.status, lang), f.kpi[static_cast<std::size_t>(*k.status)]);
    sheet.text(7, yes_no(k.critical, lang));
    sheet.next_row();
  }
  sheet.finish_table(0, sheet.row() - 1, 7);
}

void assignments(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  header_row(sheet, f,
             {"Id", sv ? "Enhet" : "Unit", sv ? "Titel" : "Title", sv ? "Källa" : "Source",
              sv ? "Inom budget" : "Within budget", sv ? "Resurser" : "Resources", sv ? "Slutdatum" : "Due", "Status",
              sv ? "Flagga" : "Flag"});
  for (const AssignmentSummary& a : s.assignments) {
    const AssignmentRow& r = *a.row;
    sheet.text(0, r.id);
    sheet.text(1, s.unit(r.unit).name);
    sheet.text(2, r.title);
    if (r.origin) sheet.text(3, origin_word(*r.origin, lang));
    if (r.within_budget) sheet.text(4, yes_no(*r.within_budget, lang));
    if (!r.resources.empty()) sheet.text(5, r.resources);
    if (r.due) sheet.date(6, *r.due, f.date);
    if (r.status) sheet.text(7, assignment_status_word(*r.status, lang));
    if (const std::string flags = assignment_flags(a); !flags.empty()) sheet.text(8, flags);
    sheet.next_row();
  }
  sheet.finish_table(0, sheet.row() - 1, 8);
}

void findings(SheetWriter& sheet, const Formats& f, const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  header_row(sheet, f,
             {sv ? "Allvarlighet" : "Severity", sv ? "Kod" : "Code", sv ? "Meddelande" : "Message", sv ? "Fil" : "File",
              sv ? "Rad" : "Line", sv ? "Kolumn" : "Column", sv ? "Enhet" : "Unit", "Period"});
  for (std::size_t i = 0; i < s.findings.size(); ++i) {
    const Finding& x = s.findings[i];
    sheet.text(0, name(x.severity));
    sheet.text(1, code_name(x.code));
    sheet.text(2, x.message.in(lang));
    sheet.text(3, s.path_of(x.where.file));
    sheet.number(4, x.where.line, nullptr, 5);
    sheet.number(5, x.where.column, nullptr, 5);
    if (x.about.unit >= 0 && s.organisation) sheet.text(6, s.unit(x.about.unit).id);
    if (x.about.period) sheet.text(7, format_period(*x.about.period));
    sheet.next_row();
  }
  sheet.finish_table(0, sheet.row() - 1, 7);
}

}  // namespace

std::span<const SummarySheet> summary_sheets() {
  static constexpr SummarySheet table[]{{"Översikt", "Overview", &overview},
                                        {"Ekonomi", "Economy", &economy},
                                        {"Nyckeltal", "KPIs", &kpis},
                                        {"Uppdrag", "Assignments", &assignments},
                                        {"Kontrollfynd", "Findings", &findings}};
  return table;
}

void create_formats(Workbook::State& s) {
  lxw_workbook* wb = s.workbook;
  Formats& f = s.formats;
  f.title = format(wb, nullptr, true);
  format_set_font_size(f.title, 14);
  f.header = format(wb, nullptr, true, 0xD9E1F2);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.bold = format(wb, nullptr, true);
  f.tkr = format(wb, "#,##0");
  f.tkr_signed = format(wb, "#,##0;[Red]-#,##0");
  f.tkr_total = format(wb, "#,##0", true);
  f.tkr_signed_total = format(wb, "#,##0;[Red]-#,##0", true);
  f.percent = format(wb, "0.0%;[Red]-0.0%");
  f.percent_total = format(wb, "0.0%;[Red]-0.0%", true);
  f.kr = format(wb, "#,##0.00");
  f.number = format(wb, "General");
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

void write_summary_sheets(Workbook::State& s, const Summary& summary) {
  for (std::size_t i = 0; i < summary_sheets().size(); ++i)
    summary_sheets()[i].write(s.sheets[i], s.formats, summary, s.options.lang);
}

}  // namespace arshjul::xlsx::detail
