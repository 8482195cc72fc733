#include "input/csv_columns.hpp"

#include "values/text.hpp"

namespace arshjul::detail {

namespace {
struct Header {
  Key key;
  std::string_view english;
  std::string_view swedish;                  // as ARS102 names it
  std::array<std::string_view, 5> variants;  // folded (fold_word); the Swedish header first; empty ones unused
};

constexpr std::array<Header, key_count> headers{{
    {Key::unit, "unit", "nämnd", {"namnd", "enhet"}},
    {Key::report, "report", "rapport", {"rapport"}},
    {Key::period, "period", "period", {"period"}},
    {Key::submitted, "submitted", "inlämnad", {"inlamnad"}},
    {Key::decided, "decided", "beslutad", {"beslutad"}},
    {Key::line, "line", "rad", {"rad", "post"}},
    {Key::budget, "budget", "budget", {"budget", "arsbudget", "budget helar"}},
    {Key::outcome,
     "outcome",
     "utfall",
     {"utfall", "utfall ack", "utfall ack.", "ackumulerat utfall", "utfall hittills"}},
    {Key::forecast, "forecast", "prognos", {"prognos", "helarsprognos", "prognos helar"}},
    {Key::measures, "measures", "åtgärder", {"atgarder"}},
    {Key::kpi, "kpi", "nyckeltal", {"nyckeltal"}},
    {Key::name, "name", "namn", {"namn"}},
    {Key::value, "value", "värde", {"varde"}},
    {Key::target, "target", "mål", {"mal", "malvarde"}},
    {Key::direction, "direction", "riktning", {"riktning"}},
    {Key::tolerance, "tolerance", "tolerans", {"tolerans"}},
    {Key::measure_unit, "measure_unit", "måttenhet", {"mattenhet"}},
    {Key::critical, "critical", "verksamhetskritisk", {"verksamhetskritisk"}},
    {Key::status, "status", "status", {"status"}},
    {Key::id, "id", "id", {"id"}},
    {Key::title, "title", "titel", {"titel", "uppdrag"}},
    {Key::source, "source", "källa", {"kalla"}},
    {Key::within_budget, "within_budget", "inom_budget", {"inom_budget"}},
    {Key::resources, "resources", "resurser", {"resurser"}},
    {Key::due, "due", "slutdatum", {"slutdatum"}},
    {Key::volume, "volume", "volym", {"volym"}},
    {Key::unit_cost, "unit_cost", "styckkostnad", {"styckkostnad", "a-pris"}},
}};

// Folded, with runs of spaces as one: "Utfall  ack." -> "utfall ack.".
std::string normalised(std::string_view cell) {
  std::string out;
  for (char c : fold_word(trim(cell))) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string_view english_header(Key key) { return headers[static_cast<std::size_t>(key)].english; }
std::string_view swedish_header(Key key) { return headers[static_cast<std::size_t>(key)].swedish; }

std::optional<Key> key_of_header(std::string_view cell) {
  const std::string folded = normalised(cell);
  for (const Header& h : headers) {
    if (folded == h.english) return h.key;
    for (std::string_view v : h.variants)
      if (!v.empty() && folded == v) return h.key;
  }
  return std::nullopt;
}

}  // namespace arshjul::detail
