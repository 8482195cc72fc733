#include "calendar_output/calendar_output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "calendar_output/detail.hpp"
#include "escape/escape.hpp"
#include "values/format.hpp"

namespace arshjul {

namespace {

using std::chrono::sys_days;

using detail::day_label;
using detail::report_title;

std::string_view weekday_name(Date d, Lang lang) {
  static constexpr std::array<std::string_view, 7> sv{"söndag",  "måndag", "tisdag", "onsdag",
                                                      "torsdag", "fredag", "lördag"};
  static constexpr std::array<std::string_view, 7> en{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
  const unsigned i = std::chrono::weekday{sys_days{d}}.c_encoding();
  return (lang == Lang::sv ? sv : en)[i];
}

std::string format_text(const AnnualCycle& c, const CalendarOutputOptions& o) {
  const bool sv = o.lang == Lang::sv;
  std::string out = fmt::format("{} {}{}\n\n", sv ? "Årshjul" : "Annual cycle", c.year,
                                c.municipality.empty() ? "" : " – " + c.municipality);
  out += sv ? "Helgdagar och stängda dagar\n" : "Holidays and closed days\n";
  for (const NamedDay& d : c.days)
    out += fmt::format("  {}  {:<8} {}\n", format_date(d.date), weekday_name(d.date, o.lang), day_label(d, o.lang));
  if (o.holidays_only) return out;
  out += sv ? "\nSista dagar\n" : "\nDeadlines\n";
  if (c.deadlines.empty()) out += sv ? "  (ingen organisationsfil)\n" : "  (no organisation file)\n";
  for (const detail::ReportGroup& g : detail::report_groups(c)) {
    std::string units;
    for (int u : g.units) units += (units.empty() ? "" : ", ") + c.units[static_cast<std::size_t>(u)].name;
    out += fmt::format("  {}  {:<8} {}{}: {}\n", format_date(g.due), weekday_name(g.due, o.lang),
                       report_title(g.kind, g.period, o.lang),
                       g.mandatory ? (sv ? " (obligatorisk)" : " (mandatory)") : "", units);
  }
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return out + "\"";
}

std::string format_csv(const AnnualCycle& c, const CalendarOutputOptions& o) {
  const bool sv = o.lang == Lang::sv;
  // As Swedish Excel reads it: BOM, ';', CRLF.
  std::string out = "\xEF\xBB\xBF";
  out +=
      sv ? "datum;slag;namn;enhet;rapport;period;obligatorisk\r\n" : "date;kind;name;unit;report;period;mandatory\r\n";
  for (const NamedDay& d : c.days)
    out += fmt::format("{};{};{};;;;\r\n", format_date(d.date), name(d.kind), csv_field(day_label(d, o.lang)));
  if (o.holidays_only) return out;
  for (const Deadline& d : c.deadlines)
    out += fmt::format("{};{};{};{};{};{};{}\r\n", format_date(d.due), sv ? "sista dag" : "deadline",
                       csv_field(report_title(d.kind, d.period, o.lang)),
                       csv_field(c.units[static_cast<std::size_t>(d.unit)].id), name(d.kind), format_period(d.period),
                       d.mandatory ? (sv ? "ja" : "yes") : (sv ? "nej" : "no"));
  return out;
}

std::string format_json(const AnnualCycle& c, const CalendarOutputOptions& o) {
  std::string days, deadlines;
  for (std::size_t i = 0; i < c.days.size(); ++i) {
    const NamedDay& d = c.days[i];
    days += fmt::format("{}\n    {{\"date\": {}, \"name\": {}, \"kind\": {}, \"working_day\": false}}", i ? "," : "",
                        json_string(format_date(d.date)), json_string(d.name), json_string(name(d.kind)));
  }
  if (!o.holidays_only)
    for (std::size_t i = 0; i < c.deadlines.size(); ++i) {
      const Deadline& d = c.deadlines[i];
      deadlines += fmt::format(
          "{}\n    {{\"unit\": {}, \"report\": {}, \"period\": {}, \"due\": {}, \"mandatory\": {}}}", i ? "," : "",
          json_string(c.units[static_cast<std::size_t>(d.unit)].id), json_string(name(d.kind)),
          json_string(format_period(d.period)), json_string(format_date(d.due)), d.mandatory ? "true" : "false");
    }
  return fmt::format("{{\n  \"year\": {},\n  \"days\": [{}{}],\n  \"deadlines\": [{}{}]\n}}\n", c.year, days,
                     days.empty() ? "" : "\n  ", deadlines, deadlines.empty() ? "" : "\n  ");
}

}  // namespace

namespace detail {

std::string_view day_label(const NamedDay& day, Lang lang) {
  if (day.kind == DayKind::lokal) return lang == Lang::sv ? "lokal stängd dag" : "closed day";
  return day.name;
}

std::string capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string report_title(ReportKind kind, Period p, Lang lang) {
  return fmt::format("{} {}", capitalised(display_name(kind, lang)), format_period_words(p, lang));
}

std::vector<ReportGroup> report_groups(const AnnualCycle& c) {
  std::map<std::tuple<sys_days, ReportKind, Period>, ReportGroup> groups;
  for (const Deadline& d : c.deadlines) {
    auto [it, fresh] =
        groups.try_emplace({sys_days{d.due}, d.kind, d.period}, ReportGroup{d.due, d.kind, d.period, d.mandatory, {}});
    it->second.units.push_back(d.unit);
  }
  std::vector<ReportGroup> out;
  for (auto& [key, g] : groups) out.push_back(std::move(g));
  return out;
}

std::string report_summary(const ReportGroup& g, Lang lang) {
  const bool sv = lang == Lang::sv;
  const std::size_t n = g.units.size();
  return fmt::format("{} ({} {})", report_title(g.kind, g.period, lang), n,
                     sv ? (n == 1 ? "enhet" : "enheter") : (n == 1 ? "unit" : "units"));
}

}  // namespace detail

AnnualCycle only_units(AnnualCycle cycle, const std::vector<int>& units) {
  if (units.empty()) return cycle;
  std::erase_if(cycle.deadlines,
                [&](const Deadline& d) { return std::find(units.begin(), units.end(), d.unit) == units.end(); });
  return cycle;
}

std::span<const CalendarFormat> calendar_formats() {
  static constexpr CalendarFormat table[]{{"text", &format_text},
                                          {"csv", &format_csv},
                                          {"json", &format_json},
                                          {"ics", &detail::format_ics},
                                          {"svg", &detail::format_svg}};
  return table;
}

}  // namespace arshjul
