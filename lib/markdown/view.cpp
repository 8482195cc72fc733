#include "markdown/view.hpp"

#include <fmt/format.h>

#include "markdown/detail.hpp"
#include "markdown/escape.hpp"
#include "summary/labels.hpp"
#include "values/format.hpp"
#include "values/text.hpp"

namespace arshjul::markdown {

namespace {

std::string count(std::size_t n, Lang lang) { return format_integer(static_cast<Wide>(n), lang); }

std::string kpi_mark(KpiStatus s) {
  switch (s) {
    case KpiStatus::green: return "🟢";
    case KpiStatus::yellow: return "🟡";
    case KpiStatus::red: return "🔴";
    case KpiStatus::missing: return "⚪";
  }
  return {};
}

ViewMap labels(Lang lang) {
  const bool sv = lang == Lang::sv;
  const auto l = [&](const char* a, const char* b) { return View(sv ? a : b); };
  return {
      {"as_of", l("Per", "As of")},
      {"todo", l("Att göra per enhet", "To do per unit")},
      {"analyses", l("Analyser", "Analyses")},
      {"todo_none", l("Ingen enhet har något att åtgärda.", "No unit has anything to correct.")},
      {"for_analyst", l("Alla kontrollfynd, med fil och rad (för analytikern)",
                        "Every finding, with file and line (for the analyst)")},
      {"files", l("filer", "files")},
      {"summary", l("Sammanfattning", "Summary")},
      {"on_time", l("Rapporter i tid", "Reports on time")},
      {"late", l("Sena rapporter", "Late reports")},
      {"missing", l("Saknade rapporter", "Missing reports")},
      {"pending", l("Rapporter som ännu inte ska in", "Reports not yet due")},
      {"errors", l("Fel", "Errors")},
      {"warnings", l("varningar", "warnings")},
      {"compliance", l("Rapportering", "Reporting")},
      {"no_grid", l("Inga rapporter att visa.", "No reports to show.")},
      {"unit", l("Enhet", "Unit")},
      {"report", l("Rapport", "Report")},
      {"economy", l("Ekonomi", "Economy")},
      {"budget", l("Budget (tkr)", "Budget (tkr)")},
      {"outcome", l("Utfall hittills (tkr)", "Outcome to date (tkr)")},
      {"forecast", l("Prognos (tkr)", "Forecast (tkr)")},
      {"deviation", l("Avvikelse (tkr)", "Deviation (tkr)")},
      {"deviation_pct", l("Avvikelse", "Deviation")},
      {"source", l("Källa", "Source")},
      {"booked", l("Bokfört utfall (tkr)", "Booked outcome (tkr)")},
      {"booked_difference", l("Skillnad mot bokfört (tkr)", "Difference from booked (tkr)")},
      {"total", l("Totalt", "Total")},
      {"no_economy", l("Ingen ekonomi för perioden.", "No economy for the period.")},
      {"forecast_development", l("Prognosutveckling", "Forecast development")},
      {"forecast_development_intro",
       l("Avvikelse mot budget (budget − prognos) per månad, tkr; positiv: överskott.",
         "Deviation from budget (budget − forecast) by month, tkr; positive: a surplus.")},
      {"no_forecast", l("Ingen ekonomi under året.", "No economy in the year.")},
      {"forecast_accuracy", l("Prognossäkerhet", "Forecast accuracy")},
      {"forecast_accuracy_intro",
       l("Prognosen i den första delårsrapporten mot årets utfall (prognos − utfall), tkr och andel av budgeten; "
         "positiv: prognosen var för försiktig.",
         "The forecast of the first interim report against the year's outcome (forecast − outcome), tkr and share of "
         "the budget; positive: the forecast was too pessimistic.")},
      {"interim_error", l("Prognosfel delår (tkr)", "Interim forecast error (tkr)")},
      {"interim_error_pct", l("Prognosfel delår", "Interim forecast error")},
      {"volumes", l("Volymer", "Volumes")},
      {"volume", l("Volym", "Volume")},
      {"budget_volume", l("Budget", "Budget")},
      {"outcome_volume", l("Utfall hittills", "Outcome to date")},
      {"forecast_volume", l("Prognos", "Forecast")},
      {"volume_deviation", l("Avvikelse", "Deviation")},
      {"volume_deviation_pct", l("Avvikelse (%)", "Deviation (%)")},
      {"unit_cost", l("Styckkostnad (kr)", "Unit cost (kr)")},
      {"volume_effect", l("Volymeffekt (tkr)", "Volume effect (tkr)")},
      {"no_volumes", l("Inga volymer för perioden.", "No volumes for the period.")},
      {"kpis", l("Nyckeltal", "Key figures")},
      {"kpi", l("Nyckeltal", "KPI")},
      {"value", l("Värde", "Value")},
      {"target", l("Mål", "Target")},
      {"status", l("Status", "Status")},
      {"critical", l("Verksamhetskritisk", "Critical")},
      {"no_kpis", l("Inga nyckeltal för perioden.", "No key figures for the period.")},
      {"assignments", l("Uppdrag som behöver åtgärdas", "Assignments that need attention")},
      {"id", l("Id", "Id")},
      {"title", l("Titel", "Title")},
      {"due", l("Slutdatum", "Due")},
      {"flag", l("Flagga", "Flag")},
      {"of", l("av", "of")},
      {"assignments_flagged", l("uppdrag har en flagga (ARS301 utan resurser, ARS302 försenat).",
                                "assignments carry a flag (ARS301 without resources, ARS302 overdue).")},
      {"findings", l("Kontrollfynd", "Findings")},
      {"severity", l("Allvarlighet", "Severity")},
      {"code", l("Kod", "Code")},
      {"place", l("Plats", "Location")},
      {"message", l("Meddelande", "Message")},
      {"no_findings", l("Inga kontrollfynd.", "No findings.")},
  };
}

ViewMap economy_line(const Summary& s, const EconomyLineSummary& e, Lang lang) {
  ViewMap m{{"unit", escape(e.unit >= 0 ? s.unit(e.unit).name : std::string{})}, {"has_data", e.has_data}};
  if (e.booked) m.emplace_back("booked", format_tkr(*e.booked, lang));
  if (e.booked_difference) m.emplace_back("booked_difference", format_tkr(*e.booked_difference, lang));
  m.emplace_back("reconciliation_finding", e.reconciliation_finding);
  if (!e.has_data) return m;
  m.emplace_back("budget", format_tkr(e.budget, lang));
  m.emplace_back("outcome", format_tkr(e.outcome, lang));
  m.emplace_back("forecast", format_tkr(e.forecast, lang));
  m.emplace_back("deviation", format_tkr(e.deviation, lang));
  m.emplace_back("negative", e.deviation < 0);
  m.emplace_back("deviation_pct",
                 e.deviation_share ? format_percent(e.deviation_share->numerator, e.deviation_share->denominator, lang)
                                   : std::string{});
  if (e.unit >= 0) m.emplace_back("source", escape(source_word(e.source, lang)));
  return m;
}

// A finding's message for a committee: the other place it names said in words.
std::string without_paths(const Summary& s, const Finding& f, Lang lang) {
  std::string text = f.message.in(lang);
  if (f.related.file == no_file) return text;
  const std::string place = fmt::format("{}:{}", s.path_of(f.related.file), f.related.line);
  const std::string words = f.related.file == f.where.file
                                ? fmt::format("{} {} {}", lang == Lang::sv ? "rad" : "line", f.related.line,
                                              lang == Lang::sv ? "i samma fil" : "of the same file")
                                : std::string(lang == Lang::sv ? "en tidigare fil" : "an earlier file");
  if (const std::size_t at = text.find(place); at != std::string::npos) text.replace(at, place.size(), words);
  if (f.code == Code::ars701)  // the message names the SIE file by its path alone
    if (const std::string& path = s.path_of(f.related.file); text.find(path) != std::string::npos)
      text.replace(text.find(path), path.size(), lang == Lang::sv ? "bokföringen" : "the books");
  return text;
}

}  // namespace

View build_view(const Summary& s, Lang lang) {
  const bool sv = lang == Lang::sv;
  ViewMap root;
  const std::string period = s.period ? format_period_words(*s.period, lang) : std::string{};
  root.emplace_back("lang", sv ? "sv" : "en");
  root.emplace_back("municipality", escape(s.municipality));
  root.emplace_back("year", std::to_string(s.year));
  root.emplace_back("as_of", format_date(s.as_of));
  root.emplace_back("period", period);
  root.emplace_back("period_code", s.period ? format_period(*s.period) : std::string{});
  root.emplace_back("title",
                    fmt::format("{} – {} {}{}", s.municipality.empty() ? "arshjul" : escape(s.municipality),
                                sv ? "uppföljning" : "follow-up", s.year, period.empty() ? "" : ", " + period));
  root.emplace_back("files", count(s.dataset ? s.dataset->files.size() : 0, lang));
  root.emplace_back("labels", labels(lang));

  const auto& c = s.status_counts;
  root.emplace_back("counts", ViewMap{{"on_time", count(c.on_time, lang)},
                                      {"late", count(c.late, lang)},
                                      {"missing", count(c.missing, lang)},
                                      {"pending", count(c.pending, lang)},
                                      {"errors", count(s.finding_counts.errors, lang)},
                                      {"warnings", count(s.finding_counts.warnings, lang)}});

  ViewList months;
  for (int m = 1; m <= 12; ++m) months.emplace_back(ViewMap{{"name", month_abbreviation(m, lang)}});
  root.emplace_back("months", months);
  ViewList grid;
  for (const GridRow& row : s.grid) {
    ViewList cells;
    for (const GridCell& cell : row.months)
      cells.emplace_back(
          ViewMap{{"text", (cell.used && cell.state == ReportState::missing ? "🔴 " : "") + cell_words(cell, lang)},
                  {"state", cell.used ? std::string(name(cell.state)) : std::string{}}});
    grid.emplace_back(
        ViewMap{{"unit", escape(s.unit(row.unit).name)}, {"report", report_word(row.kind, lang)}, {"cells", cells}});
  }
  root.emplace_back("has_grid", !grid.empty());
  root.emplace_back("grid", grid);

  // The committees, then their subtotal; the companies, then theirs: never one total of both.
  ViewList economy, groups;
  for (const UnitType type : {UnitType::namnd, UnitType::bolag}) {
    ViewList rows;
    for (const EconomyLineSummary& e : s.economy)
      if (e.type == type) rows.emplace_back(economy_line(s, e, lang));
    if (rows.empty()) continue;
    economy.insert(economy.end(), rows.begin(), rows.end());
    ViewMap subtotal = economy_line(s, s.economy_subtotals[static_cast<std::size_t>(type)], lang);
    subtotal.emplace_back("label", std::string(subtotal_label(type, lang)));
    groups.emplace_back(ViewMap{{"rows", rows}, {"subtotal", subtotal}});
  }
  root.emplace_back("has_economy", s.has_economy);
  root.emplace_back("has_books", s.has_books);
  root.emplace_back("economy", economy);
  root.emplace_back("economy_groups", groups);
  detail::add_year_view(root, s, lang);

  // What each unit has to do: its findings under its name, in words, without file paths.
  ViewList todo;
  for (int u : s.units) {
    ViewList items;
    for (const Finding& f : s.findings)
      if (f.about.unit == u)
        items.emplace_back(ViewMap{{"severity", std::string(severity_word(f.severity, lang))},
                                   {"error", f.severity == Severity::error},
                                   {"code", code_name(f.code)},
                                   {"message", escape(without_paths(s, f, lang))}});
    if (!items.empty())
      todo.emplace_back(
          ViewMap{{"unit", escape(s.unit(u).name)}, {"count", count(items.size(), lang)}, {"items", items}});
  }
  // Each analysis as a quoted block: every line escaped, never read as Markdown or HTML.
  ViewList analyses;
  for (const AnalysisSummary& an : s.analyses) {
    std::string quoted;
    std::size_t from = 0;
    while (from <= an.text.size()) {
      const std::size_t eol = an.text.find('\n', from);
      const std::string_view line =
          trim(std::string_view{an.text}.substr(from, eol == std::string::npos ? std::string::npos : eol - from));
      quoted += line.empty() ? ">\n" : "> " + escape(line) + "\n";
      if (eol == std::string::npos) break;
      from = eol + 1;
    }
    while (quoted.ends_with(">\n>\n")) quoted.erase(quoted.size() - 2);
    if (quoted.ends_with("\n")) quoted.pop_back();  // the template ends the line
    analyses.emplace_back(
        ViewMap{{"unit", escape(s.unit(an.unit).name)}, {"report", report_word(an.kind, lang)}, {"quoted", quoted}});
  }
  root.emplace_back("has_analyses", !analyses.empty());
  root.emplace_back("analyses", analyses);
  root.emplace_back("has_todo", !todo.empty());
  root.emplace_back("todo", todo);

  ViewList kpis;
  for (const KpiSummary& k : s.kpis) {
    ViewMap m{{"unit", escape(s.unit(k.unit).name)},
              {"id", escape(k.id)},
              {"name", escape(k.name)},
              {"value", k.value ? format_decimal(*k.value, lang) : std::string{}},
              {"target", k.target ? format_decimal(*k.target, lang) : std::string{}},
              {"measure_unit", escape(k.measure_unit)},
              {"value_with_unit", k.value ? format_quantity(*k.value, escape(k.measure_unit), lang) : std::string{}},
              {"direction", k.direction ? std::string(direction_word(*k.direction, lang)) : std::string{}},
              {"status", k.status ? std::string(kpi_status_word(*k.status, lang)) : std::string{}},
              {"mark", k.status ? kpi_mark(*k.status) : std::string{}},
              {"critical", std::string(yes_no(k.critical, lang))}};
    kpis.emplace_back(std::move(m));
  }
  root.emplace_back("has_kpis", !kpis.empty());
  root.emplace_back("kpis", kpis);

  ViewList flagged;
  for (const AssignmentSummary& a : s.assignments) {
    if (!a.ars301 && !a.ars302) continue;
    const AssignmentRow& r = *a.row;
    flagged.emplace_back(
        ViewMap{{"id", escape(r.id)},
                {"unit", escape(s.unit(r.unit).name)},
                {"title", escape(r.title)},
                {"resources", escape(r.resources)},
                {"due", r.due ? format_date(*r.due) : std::string{}},
                {"status", r.status ? std::string(assignment_status_word(*r.status, lang)) : std::string{}},
                {"flags", assignment_flags(a)}});
  }
  root.emplace_back("has_flagged_assignments", !flagged.empty());
  root.emplace_back("flagged_assignments", flagged);
  root.emplace_back("flagged_count", count(flagged.size(), lang));
  root.emplace_back("assignments_total", count(s.assignments.size(), lang));

  ViewList findings;
  for (const Finding& f : s.findings) {
    const std::string path = s.path_of(f.where.file);
    findings.emplace_back(
        ViewMap{{"severity", std::string(severity_word(f.severity, lang))},
                {"code", code_name(f.code)},
                {"error", f.severity == Severity::error},
                {"file", escape(path)},
                {"line", std::to_string(f.where.line)},
                {"column", std::to_string(f.where.column)},
                {"location", escape(fmt::format("{}:{}:{}", path, f.where.line, f.where.column))},
                {"message", escape(f.message.in(lang))},
                {"unit", f.about.unit >= 0 && s.organisation ? escape(s.unit(f.about.unit).id) : std::string{}},
                {"period", f.about.period ? format_period(*f.about.period) : std::string{}}});
  }
  root.emplace_back("has_findings", !findings.empty());
  root.emplace_back("findings", findings);
  return root;
}

}  // namespace arshjul::markdown
