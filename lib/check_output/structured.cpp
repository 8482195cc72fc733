// The machine formats: JSON, SARIF 2.1.0 and JUnit XML.
#include <fmt/format.h>

#include <map>
#include <set>

#include "check_output/detail.hpp"
#include "escape/escape.hpp"

namespace arshjul::detail {

namespace {

constexpr std::string_view tool_name = "arshjul-check";
constexpr std::string_view tool_version = ARSHJUL_VERSION;

std::string unit_id(const Analysis& a, int unit) {
  return a.dataset.organisation ? a.dataset.organisation->units[static_cast<std::size_t>(unit)].id : std::string{};
}

std::string finding_json(const Analysis& a, const Finding& f, Lang lang) {
  std::string out =
      fmt::format(R"({{"code": {}, "severity": {}, "message": {}, "file": {}, "line": {}, "column": {})",
                  json_string(code_name(f.code)), json_string(name(f.severity)), json_string(f.message.in(lang)),
                  json_string(a.dataset.path_of(f.where.file)), f.where.line, f.where.column);
  if (f.about.unit >= 0) out += fmt::format(R"(, "unit": {})", json_string(unit_id(a, f.about.unit)));
  if (f.about.report) out += fmt::format(R"(, "report": {})", json_string(name(*f.about.report)));
  if (f.about.period) out += fmt::format(R"(, "period": {})", json_string(format_period(*f.about.period)));
  if (!f.about.kpi.empty()) out += fmt::format(R"(, "kpi": {})", json_string(f.about.kpi));
  if (!f.about.volume.empty()) out += fmt::format(R"(, "volume": {})", json_string(f.about.volume));
  if (!f.about.assignment.empty()) out += fmt::format(R"(, "assignment": {})", json_string(f.about.assignment));
  return out + "}";
}

std::string report_json(const Analysis& a, const ReportStatus& r) {
  std::string out = fmt::format(
      R"({{"unit": {}, "report": {}, "period": {}, "required": {}, "mandatory": {}, "due": {}, "status": {})",
      json_string(unit_id(a, r.unit)), json_string(name(r.kind)), json_string(format_period(r.period)),
      r.required ? "true" : "false", r.mandatory ? "true" : "false", json_string(format_date(r.due)),
      json_string(name(r.state)));
  if (r.submitted) out += fmt::format(R"(, "submitted": {})", json_string(format_date(*r.submitted)));
  if (r.state == ReportState::late) out += fmt::format(R"(, "working_days_late": {})", r.working_days_late);
  return out + "}";
}

// The books of units with a usable SIE file, in organisation order (docs/checks.md).
std::vector<const Books*> usable_books(const Analysis& a) {
  std::vector<const Books*> out;
  for (const Books& b : a.dataset.books)
    if (b.usable && b.unit >= 0) out.push_back(&b);
  std::stable_sort(out.begin(), out.end(), [](const Books* x, const Books* y) { return x->unit < y->unit; });
  return out;
}

std::string books_json(const Analysis& a, const Books& b) {
  std::string months;
  for (int m = 1; m <= b.covered; ++m)
    months += fmt::format(R"({}{{"period": {}, "booked_outcome": {}}})", m > 1 ? ", " : "",
                          json_string(format_period(Period{a.dataset.organisation->year, m})),
                          format_wide(b.booked[static_cast<std::size_t>(m - 1)]));
  std::string out =
      fmt::format(R"({{"unit": {}, "file": {}, "org_number": {}, "months": [{}])", json_string(unit_id(a, b.unit)),
                  json_string(a.dataset.path_of(b.file)), json_string(b.org_number), months);
  if (b.budget) out += fmt::format(R"(, "booked_budget": {})", format_wide(*b.budget));
  return out + "}";
}

template <class T, class F>
std::string json_list(const std::vector<T>& items, F&& one, std::string_view indent) {
  if (items.empty()) return "[]";
  std::string out = "[\n";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += fmt::format("{}  {}{}\n", indent, one(items[i]), i + 1 < items.size() ? "," : "");
  return out + std::string(indent) + "]";
}

}  // namespace

std::string format_json(const Analysis& a, const CheckOutputOptions& o) {
  const Tally t = tally(a.findings);
  return fmt::format(
      "{{\n  \"tool\": {},\n  \"version\": {},\n  \"as_of\": {},\n  \"lang\": {},\n"
      "  \"summary\": {{\"errors\": {}, \"warnings\": {}, \"files\": {}, \"submissions\": {}, \"economy_rows\": {}}},\n"
      "  \"findings\": {},\n  \"reports\": {},\n  \"bookkeeping\": {}\n}}\n",
      json_string(tool_name), json_string(tool_version), json_string(format_date(a.as_of)),
      json_string(o.lang == Lang::sv ? "sv" : "en"), t.errors, t.warnings, a.dataset.files.size(),
      a.dataset.submissions.size(), a.dataset.economy_rows,
      json_list(
          a.findings, [&](const Finding& f) { return finding_json(a, f, o.lang); }, "  "),
      json_list(
          a.reports, [&](const ReportStatus& r) { return report_json(a, r); }, "  "),
      json_list(
          usable_books(a), [&](const Books* b) { return books_json(a, *b); }, "  "));
}

std::string format_sarif(const Analysis& a, const CheckOutputOptions& o) {
  std::vector<Code> used;
  for (const Finding& f : a.findings)
    if (std::find(used.begin(), used.end(), f.code) == used.end()) used.push_back(f.code);
  std::sort(used.begin(), used.end());
  std::string rules;
  for (std::size_t i = 0; i < used.size(); ++i) {
    const std::string id = code_name(used[i]);
    const std::string_view text = describe(used[i], o.lang);
    rules += fmt::format(
        "{}\n            {{\"id\": {}, \"name\": {}, \"shortDescription\": {{\"text\": {}}}, "
        "\"fullDescription\": {{\"text\": {}}}, \"help\": {{\"text\": {}}}, "
        "\"defaultConfiguration\": {{\"level\": {}}}}}",
        i ? "," : "", json_string(id), json_string(id), json_string(text), json_string(fmt::format("{}: {}", id, text)),
        json_string(fmt::format("{} — see docs/checks.md#{} for an example and how to fix it.", text,
                                fmt::format("ars{}", static_cast<unsigned>(used[i])))),
        json_string(name(default_severity(used[i]))));
  }
  std::string results;
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& f = a.findings[i];
    const auto index = std::find(used.begin(), used.end(), f.code) - used.begin();
    results += fmt::format(
        "{}\n        {{\"ruleId\": {}, \"ruleIndex\": {}, \"level\": {}, \"message\": {{\"text\": {}}}, "
        "\"locations\": [{{\"physicalLocation\": {{\"artifactLocation\": {{\"uri\": {}}}, "
        "\"region\": {{\"startLine\": {}, \"startColumn\": {}}}}}}}]}}",
        i ? "," : "", json_string(code_name(f.code)), index, json_string(name(f.severity)),
        json_string(f.message.in(o.lang)), json_string(uri_path(a.dataset.path_of(f.where.file))),
        std::max<std::uint32_t>(f.where.line, 1), std::max<std::uint32_t>(f.where.column, 1));
  }
  return fmt::format(
      "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
      "  \"runs\": [\n    {{\n      \"tool\": {{\n        \"driver\": {{\n          \"name\": {},\n"
      "          \"version\": {},\n"
      "          \"rules\": [{}{}]\n        }}\n      }},\n      \"results\": [{}{}]\n    }}\n  ]\n}}\n",
      json_string(tool_name), json_string(tool_version), rules, used.empty() ? "" : "\n          ", results,
      a.findings.empty() ? "" : "\n      ");
}

std::string format_junit(const Analysis& a, const CheckOutputOptions& o) {
  // One suite per input file, in path order; a finding with no file joins the first given path.
  std::map<std::string, std::vector<const Finding*>> by_file;
  for (const InputFile& f : a.dataset.files) by_file[f.path];
  for (const Finding& f : a.findings) by_file[a.dataset.path_of(f.where.file)].push_back(&f);
  std::size_t tests = 0, failures = 0;
  std::string suites;
  for (const auto& [path, findings] : by_file) {
    std::string cases;
    std::size_t suite_failures = 0;
    std::map<std::string, int> names;
    for (const Finding* f : findings) {
      std::string test_name = fmt::format("{} {}:{}", code_name(f->code), f->where.line, f->where.column);
      if (const int n = ++names[test_name]; n > 1) test_name += fmt::format(" ({})", n);
      const bool failure = f->severity == Severity::error || o.strict;
      suite_failures += failure;
      const std::string text = fmt::format("{}:{}:{}: {}: {} [{}]", path, f->where.line, f->where.column,
                                           name(f->severity), f->message.in(o.lang), code_name(f->code));
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\">\n", xml_escape(path), xml_escape(test_name));
      if (failure)
        cases += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", code_name(f->code),
                             xml_escape(f->message.in(o.lang)), xml_escape(text));
      else
        cases += fmt::format("      <system-out>{}</system-out>\n", xml_escape(text));
      cases += "    </testcase>\n";
    }
    if (findings.empty())
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\"/>\n", xml_escape(path),
                           o.lang == Lang::sv ? "inga fynd" : "no findings");
    const std::size_t n = std::max<std::size_t>(findings.size(), 1);
    tests += n;
    failures += suite_failures;
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n{}  </testsuite>\n",
        xml_escape(path), n, suite_failures, cases);
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" "
      "errors=\"0\">\n{}</testsuites>\n",
      tool_name, tests, failures, suites);
}

}  // namespace arshjul::detail
