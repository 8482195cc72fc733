// The årshjul as SVG 1.1 (docs/calendar.md "The wheel"): twelve 30° month
// sectors clockwise from the top, a ring per report kind with deadlines, a mark
// per due date and kind with the number of units due, holidays as ticks, the
// as-of hand, a legend. Written by hand, coordinates rounded to 0.01, so the
// bytes are the same on every run.
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <numbers>
#include <set>

#include "calendar_output/detail.hpp"
#include "escape/escape.hpp"
#include "values/format.hpp"

namespace arshjul::detail {

namespace {

using std::chrono::sys_days;

constexpr double cx = 520, cy = 540;  // the wheel's centre
constexpr double hub = 120, ring_width = 64, label_band = 34, tick = 14;
constexpr std::array<const char*, 4> ring_colour{"#2f6db5", "#3a9a5b", "#d08a1e", "#8a4fa8"};  // by ReportKind
constexpr const char* mandatory_colour = "#c62828";

struct Point {
  double x, y;
};

// The angle of a day in degrees clockwise from twelve o'clock: its month's
// 30° sector, the day at its middle.
double day_angle(Date d) {
  const unsigned m = static_cast<unsigned>(d.month());
  const unsigned days = static_cast<unsigned>((d.year() / d.month() / std::chrono::last).day());
  return (m - 1) * 30.0 + (static_cast<unsigned>(d.day()) - 0.5) / days * 30.0;
}

Point at(double angle_deg, double radius) {
  const double a = angle_deg * std::numbers::pi / 180.0;
  return {cx + radius * std::sin(a), cy - radius * std::cos(a)};
}

std::string n(double v) {
  std::string s = fmt::format("{:.2f}", std::round(v * 100) / 100);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// A ring's sector between two angles, as a closed path.
std::string sector(double from, double to, double inner, double outer) {
  const Point a = at(from, outer), b = at(to, outer), c = at(to, inner), d = at(from, inner);
  return fmt::format("M{} {}A{} {} 0 0 1 {} {}L{} {}A{} {} 0 0 0 {} {}Z", n(a.x), n(a.y), n(outer), n(outer), n(b.x),
                     n(b.y), n(c.x), n(c.y), n(inner), n(inner), n(d.x), n(d.y));
}

struct Mark {
  Date due;
  ReportKind kind;
  bool mandatory = false;
  std::vector<std::string> titles;  // "Månadsuppföljning april 2026: 12 enheter"
  std::size_t units = 0;
};

}  // namespace

std::string format_svg(const AnnualCycle& c, const CalendarOutputOptions& o) {
  const bool sv = o.lang == Lang::sv;
  std::set<ReportKind> kinds;
  if (!o.holidays_only)
    for (const Deadline& d : c.deadlines) kinds.insert(d.kind);
  // One mark per due date and report kind; the periods due that day in its title.
  std::map<std::pair<sys_days, ReportKind>, Mark> marks;
  for (const ReportGroup& g : report_groups(c)) {
    if (o.holidays_only) break;
    Mark& m = marks.try_emplace({sys_days{g.due}, g.kind}, Mark{g.due, g.kind, false, {}, 0}).first->second;
    m.mandatory = m.mandatory || g.mandatory;
    m.units += g.units.size();
    m.titles.push_back(report_summary(g, o.lang));
  }
  std::map<ReportKind, double> ring_inner;
  double radius = hub;
  for (ReportKind k : kinds) ring_inner[k] = radius, radius += ring_width;
  const double rings_outer = radius, outer = rings_outer + label_band;

  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"1400\" height=\"1100\" "
      "viewBox=\"0 0 1400 1100\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n";
  const std::string title = fmt::format("{} {}{}", sv ? "Årshjul" : "Annual cycle", c.year,
                                        c.municipality.empty() ? "" : " – " + c.municipality);
  out += fmt::format("<title>{}</title>\n<rect width=\"1400\" height=\"1100\" fill=\"#ffffff\"/>\n", xml_escape(title));
  out += fmt::format(
      "<text id=\"title\" x=\"{}\" y=\"48\" font-size=\"30\" font-weight=\"bold\" "
      "text-anchor=\"middle\">{}</text>\n",
      n(cx), xml_escape(title));
  out += fmt::format(
      "<g id=\"wheel\">\n<circle id=\"centre\" cx=\"{0}\" cy=\"{1}\" "
      "r=\"{2}\" fill=\"#f4f6fa\" stroke=\"#8a94a6\"/>\n",
      n(cx), n(cy), n(outer));
  // Month sectors: alternating shades, a label in the outer band, a spoke at each start.
  for (int m = 1; m <= 12; ++m) {
    const double from = (m - 1) * 30.0, to = m * 30.0;
    out += fmt::format("<path d=\"{}\" fill=\"{}\" stroke=\"none\"/>\n", sector(from, to, hub, outer),
                       m % 2 ? "#eef1f6" : "#f8f9fb");
    const Point p = at(from + 15, rings_outer + label_band / 2);
    out += fmt::format(
        "<text id=\"month-{:02}\" x=\"{}\" y=\"{}\" font-size=\"18\" text-anchor=\"middle\" "
        "dy=\".35em\">{}</text>\n",
        m, n(p.x), n(p.y), xml_escape(std::string(month_name(m, o.lang))));
  }
  for (int m = 0; m < 12; ++m) {
    const Point a = at(m * 30.0, hub), b = at(m * 30.0, outer);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#8a94a6\" stroke-width=\"1\"/>\n",
                       n(a.x), n(a.y), n(b.x), n(b.y));
  }
  for (const auto& [kind, inner] : ring_inner)
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"none\" stroke=\"#c3cad6\"/>\n", n(cx), n(cy),
                       n(inner + ring_width));
  // Holidays and closed days: ticks on the outer edge.
  for (const NamedDay& d : c.days) {
    const double a = day_angle(d.date);
    const Point p = at(a, outer), q = at(a, outer + tick);
    out += fmt::format(
        "<line id=\"day-{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"3\">"
        "<title>{} {}</title></line>\n",
        format_date(d.date), n(p.x), n(p.y), n(q.x), n(q.y), d.kind == DayKind::lokal ? "#6d6d6d" : mandatory_colour,
        format_date(d.date), xml_escape(day_label(d, o.lang)));
  }
  // The marks: at the due date's angle in the kind's ring; a later year's date says its year.
  for (const auto& [key, m] : marks) {
    const double a = day_angle(m.due), r = ring_inner[m.kind] + ring_width / 2;
    const Point p = at(a, r);
    std::string tip = fmt::format("{}: ", format_date(m.due));
    for (std::size_t i = 0; i < m.titles.size(); ++i) tip += (i ? "; " : "") + m.titles[i];
    if (m.mandatory) tip += sv ? " (obligatorisk)" : " (mandatory)";
    out += fmt::format("<g id=\"due-{}-{}\" class=\"mark\"><title>{}</title>", format_date(m.due), name(m.kind),
                       xml_escape(tip));
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"14\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>", n(p.x),
                       n(p.y), ring_colour[static_cast<std::size_t>(m.kind)],
                       m.mandatory ? mandatory_colour : "#ffffff", m.mandatory ? "4" : "1.5");
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"#ffffff\" text-anchor=\"middle\" "
        "dy=\".35em\">{}</text>",
        n(p.x), n(p.y), m.units);
    if (static_cast<int>(m.due.year()) != c.year) {
      const Point y = at(a, r + 22);
      out += fmt::format(
          "<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\" "
          "dy=\".35em\">{}</text>",
          n(y.x), n(y.y), static_cast<int>(m.due.year()));
    }
    out += "</g>\n";
  }
  // The as-of hand, when the date lies in the year.
  if (o.as_of && static_cast<int>(o.as_of->year()) == c.year) {
    const Point tip = at(day_angle(*o.as_of), outer + tick);
    out += fmt::format(
        "<line id=\"as-of\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1b1b1b\" "
        "stroke-width=\"4\" stroke-linecap=\"round\"><title>{} {}</title></line>\n",
        n(cx), n(cy), n(tip.x), n(tip.y), sv ? "Per" : "As of", format_date(*o.as_of));
  }
  out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"#ffffff\" stroke=\"#8a94a6\"/>\n", n(cx), n(cy),
                     n(hub - 6));
  out += fmt::format(
      "<text id=\"hub\" x=\"{}\" y=\"{}\" font-size=\"20\" font-weight=\"bold\" text-anchor=\"middle\">"
      "<tspan x=\"{}\" dy=\"-4\">{}</tspan><tspan x=\"{}\" dy=\"28\">{}</tspan></text>\n</g>\n",
      n(cx), n(cy), n(cx), xml_escape(c.municipality.empty() ? "arshjul" : c.municipality), n(cx), c.year);
  // The legend: each ring, the mandatory mark, the ticks, the hand.
  double y = 120;
  out += "<g id=\"legend\" font-size=\"17\">\n";
  const auto entry = [&](const std::string& symbol, const std::string& text) {
    out += fmt::format("<g>{}<text x=\"1090\" y=\"{}\" dy=\".35em\">{}</text></g>\n", symbol, n(y), xml_escape(text));
    y += 38;
  };
  out += fmt::format("<text x=\"1040\" y=\"{}\" font-weight=\"bold\">{}</text>\n", n(y - 40),
                     sv ? "Förklaring" : "Legend");
  for (ReportKind k : kinds)
    entry(fmt::format("<circle cx=\"1060\" cy=\"{}\" r=\"12\" fill=\"{}\"/>", n(y),
                      ring_colour[static_cast<std::size_t>(k)]),
          capitalised(display_name(k, o.lang)));
  if (!kinds.empty()) {
    entry(fmt::format("<circle cx=\"1060\" cy=\"{}\" r=\"12\" fill=\"#ffffff\" stroke=\"{}\" stroke-width=\"4\"/>",
                      n(y), mandatory_colour),
          sv ? "obligatorisk (april, augusti)" : "mandatory (April, August)");
    entry("", sv ? "siffran: antal enheter" : "the number: units due");
  }
  entry(fmt::format("<line x1=\"1052\" y1=\"{0}\" x2=\"1068\" y2=\"{0}\" stroke=\"{1}\" stroke-width=\"3\"/>", n(y),
                    mandatory_colour),
        sv ? "helgdag eller afton" : "public holiday or eve");
  entry(
      fmt::format("<line x1=\"1052\" y1=\"{0}\" x2=\"1068\" y2=\"{0}\" stroke=\"#6d6d6d\" stroke-width=\"3\"/>", n(y)),
      sv ? "stängd dag" : "closed day");
  if (o.as_of && static_cast<int>(o.as_of->year()) == c.year)
    entry(fmt::format("<line x1=\"1048\" y1=\"{0}\" x2=\"1072\" y2=\"{0}\" stroke=\"#1b1b1b\" stroke-width=\"4\"/>",
                      n(y)),
          fmt::format("{} {}", sv ? "per" : "as of", format_date(*o.as_of)));
  out += "</g>\n</svg>\n";
  return out;
}

}  // namespace arshjul::detail
