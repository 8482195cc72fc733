#include "calendar_output/calendar_output.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>

#include "escape/escape.hpp"
#include "values/format.hpp"

namespace arshjul {

namespace {

using std::chrono::sys_days;

std::string compact(Date d) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

// "20261015T000000Z"
std::string utc_stamp(std::chrono::sys_seconds t) {
  const sys_days day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::hh_mm_ss time{t - day};
  return fmt::format("{}T{:02}{:02}{:02}Z", compact(day), time.hours().count(), time.minutes().count(),
                     time.seconds().count());
}

std::string_view weekday_name(Date d, Lang lang) {
  static constexpr std::array<std::string_view, 7> sv{"söndag",  "måndag", "tisdag", "onsdag",
                                                      "torsdag", "fredag", "lördag"};
  static constexpr std::array<std::string_view, 7> en{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
  const unsigned i = std::chrono::weekday{sys_days{d}}.c_encoding();
  return (lang == Lang::sv ? sv : en)[i];
}

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

// Deadlines that share a due date, kind and period: one calendar event.
struct Group {
  Date due;
  ReportKind kind;
  Period period;
  bool mandatory;
  std::vector<int> units;
};

std::vector<Group> grouped(const AnnualCycle& c) {
  std::map<std::tuple<sys_days, ReportKind, Period>, Group> groups;
  for (const Deadline& d : c.deadlines) {
    auto [it, fresh] =
        groups.try_emplace({sys_days{d.due}, d.kind, d.period}, Group{d.due, d.kind, d.period, d.mandatory, {}});
    it->second.units.push_back(d.unit);
  }
  std::vector<Group> out;
  for (auto& [key, g] : groups) out.push_back(std::move(g));
  return out;
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
  for (const Group& g : grouped(c)) {
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

std::string format_ics(const AnnualCycle& c, const CalendarOutputOptions& o) {
  const bool sv = o.lang == Lang::sv;
  const auto line = [](std::string_view text) { return ics_fold(text) + "\r\n"; };
  const std::string stamp = utc_stamp(o.stamp);
  std::string out =
      line("BEGIN:VCALENDAR") + line("VERSION:2.0") +
      line(fmt::format("PRODID:-//arshjul//arshjul-calendar {}//{}", ARSHJUL_VERSION, sv ? "SV" : "EN")) +
      line("CALSCALE:GREGORIAN") + line("METHOD:PUBLISH") +
      line("X-WR-CALNAME:" + ics_escape(fmt::format("{} {}{}", sv ? "Årshjul" : "Annual cycle", c.year,
                                                    c.municipality.empty() ? "" : " – " + c.municipality)));
  if (!o.holidays_only)
    for (const Group& g : grouped(c)) {
      const Date end = sys_days{g.due} + std::chrono::days{1};
      std::string names;
      for (int u : g.units) names += (names.empty() ? "" : "\n") + c.units[static_cast<std::size_t>(u)].name;
      const std::size_t n = g.units.size();
      const std::string summary = fmt::format("{} ({} {})", report_title(g.kind, g.period, o.lang), n,
                                              sv ? (n == 1 ? "enhet" : "enheter") : (n == 1 ? "unit" : "units"));
      out += line("BEGIN:VEVENT");
      out += line(fmt::format("UID:{}-{}-{}@arshjul", name(g.kind), format_period(g.period), format_date(g.due)));
      out += line("DTSTAMP:" + stamp);
      out += line("DTSTART;VALUE=DATE:" + compact(g.due));
      out += line("DTEND;VALUE=DATE:" + compact(end));
      out += line("SUMMARY:" + ics_escape(summary));
      out += line("DESCRIPTION:" + ics_escape(names));
      out += line("TRANSP:TRANSPARENT");
      out += line("END:VEVENT");
    }
  return out + line("END:VCALENDAR");
}

}  // namespace

std::string ics_escape(std::string_view raw) {
  const std::string text = xml_safe(raw);  // RFC 5545 allows no control character but HTAB either
  std::string out;
  for (char ch : text) {
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out.push_back(ch);
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    std::size_t len = 1;
    const auto c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, len));
    width += len;
    i += len;
  }
  return out;
}

std::span<const CalendarFormat> calendar_formats() {
  static constexpr CalendarFormat table[]{
      {"text", &format_text}, {"csv", &format_csv}, {"json", &format_json}, {"ics", &format_ics}};
  return table;
}

}  // namespace arshjul
