// The iCalendar format (RFC 5545, docs/calendar.md): an all-day event per due
// date and report kind, or with --holidays per holiday and closed day; a
// reminder N working days before with --remind.
#include <fmt/format.h>

#include "calendar_output/detail.hpp"
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

// The municipality as a UID part: lower-case ASCII letters and digits, å ä → a, ö → o,
// the rest one '-'; "arshjul" without one (two municipalities' calendars never collide).
std::string slug(std::string_view municipality) {
  std::string out;
  for (std::size_t i = 0; i < municipality.size(); ++i) {
    const auto c = static_cast<unsigned char>(municipality[i]);
    char letter = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) letter = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') letter = static_cast<char>(c - 'A' + 'a');
    if (c == 0xC3 && i + 1 < municipality.size()) {  // å ä ö Å Ä Ö é É in UTF-8
      const auto d = static_cast<unsigned char>(municipality[i + 1]);
      if (d == 0xA5 || d == 0xA4 || d == 0x85 || d == 0x84) letter = 'a';
      if (d == 0xB6 || d == 0x96) letter = 'o';
      if (d == 0xA9 || d == 0x89) letter = 'e';
      ++i;
    }
    if (letter)
      out += letter;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "arshjul" : out;
}

// The day N working days before `due` (N = 0: the day itself), counted back across the year boundary.
Date working_days_before(const WorkingCalendar& calendar, Date due, int n) {
  sys_days day{due};
  for (int counted = 0; counted < n;) {
    day -= std::chrono::days{1};
    if (calendar.is_working_day(Date{day})) ++counted;
  }
  return Date{day};
}

}  // namespace

namespace detail {

std::string format_ics(const AnnualCycle& c, const CalendarOutputOptions& o) {
  const bool sv = o.lang == Lang::sv;
  const auto line = [](std::string_view text) { return ics_fold(text) + "\r\n"; };
  const std::string stamp = utc_stamp(o.stamp);
  const std::string domain = slug(c.municipality);
  std::string out =
      line("BEGIN:VCALENDAR") + line("VERSION:2.0") +
      line(fmt::format("PRODID:-//arshjul//arshjul-calendar {}//{}", ARSHJUL_VERSION, sv ? "SV" : "EN")) +
      line("CALSCALE:GREGORIAN") + line("METHOD:PUBLISH") +
      line("X-WR-CALNAME:" + ics_escape(fmt::format("{} {}{}", sv ? "Årshjul" : "Annual cycle", c.year,
                                                    c.municipality.empty() ? "" : " – " + c.municipality)));
  const auto all_day = [&](const std::string& uid, Date day, const std::string& summary) {
    out += line("BEGIN:VEVENT");
    out += line("UID:" + uid);
    out += line("DTSTAMP:" + stamp);
    out += line("DTSTART;VALUE=DATE:" + compact(day));
    out += line("DTEND;VALUE=DATE:" + compact(sys_days{day} + std::chrono::days{1}));
    out += line("SUMMARY:" + ics_escape(summary));
  };
  if (o.holidays_only) {
    for (const NamedDay& d : c.days) {
      all_day(fmt::format("{}-{}@{}.arshjul", name(d.kind), format_date(d.date), domain), d.date,
              std::string(day_label(d, o.lang)));
      out += line("CATEGORIES:" + ics_escape(d.kind == DayKind::lokal ? (sv ? "Stängd dag" : "Closed day")
                                                                      : (sv ? "Helgdag" : "Public holiday")));
      out += line("TRANSP:TRANSPARENT");
      out += line("END:VEVENT");
    }
    return out + line("END:VCALENDAR");
  }
  for (const ReportGroup& g : report_groups(c)) {
    std::string names;
    for (int u : g.units) names += (names.empty() ? "" : "\n") + c.units[static_cast<std::size_t>(u)].name;
    std::string summary = report_summary(g, o.lang);
    if (g.mandatory) summary += sv ? " (obligatorisk)" : " (mandatory)";
    all_day(fmt::format("{}-{}-{}@{}.arshjul", name(g.kind), format_period(g.period), format_date(g.due), domain),
            g.due, summary);
    out += line("DESCRIPTION:" + ics_escape(names));
    out += line("CATEGORIES:" + ics_escape(capitalised(display_name(g.kind, o.lang))));
    out += line("TRANSP:TRANSPARENT");
    if (o.remind) {
      // Whole days before the event's start, so it fires N working days before the due date.
      const auto days = (sys_days{g.due} - sys_days{working_days_before(c.calendar, g.due, *o.remind)}).count();
      out += line("BEGIN:VALARM");
      out += line("ACTION:DISPLAY");
      out += line("DESCRIPTION:" + ics_escape(summary));
      out += line(days == 0 ? std::string("TRIGGER:P0D") : fmt::format("TRIGGER:-P{}D", days));
      out += line("END:VALARM");
    }
    out += line("END:VEVENT");
  }
  return out + line("END:VCALENDAR");
}

}  // namespace detail

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

}  // namespace arshjul
