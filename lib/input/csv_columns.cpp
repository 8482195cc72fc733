#include "input/csv_columns.hpp"

#include "values/text.hpp"

namespace arshjul::detail {

namespace {
struct Header {
  Key key;
  std::string_view english;
  std::array<std::string_view, 2> swedish;  // folded; the second may be empty
};

constexpr std::array<Header, key_count> headers{{
    {Key::unit, "unit", {"namnd", ""}},
    {Key::report, "report", {"rapport", ""}},
    {Key::period, "period", {"period", ""}},
    {Key::submitted, "submitted", {"inlamnad", ""}},
    {Key::decided, "decided", {"beslutad", ""}},
    {Key::line, "line", {"rad", "post"}},
    {Key::budget, "budget", {"budget", ""}},
    {Key::outcome, "outcome", {"utfall", ""}},
    {Key::forecast, "forecast", {"prognos", ""}},
    {Key::measures, "measures", {"atgarder", ""}},
    {Key::kpi, "kpi", {"nyckeltal", ""}},
    {Key::name, "name", {"namn", ""}},
    {Key::value, "value", {"varde", ""}},
    {Key::target, "target", {"mal", "malvarde"}},
    {Key::direction, "direction", {"riktning", ""}},
    {Key::tolerance, "tolerance", {"tolerans", ""}},
    {Key::measure_unit, "measure_unit", {"mattenhet", ""}},
    {Key::critical, "critical", {"verksamhetskritisk", ""}},
    {Key::status, "status", {"status", ""}},
    {Key::id, "id", {"id", ""}},
    {Key::title, "title", {"titel", "uppdrag"}},
    {Key::source, "source", {"kalla", ""}},
    {Key::within_budget, "within_budget", {"inom_budget", ""}},
    {Key::resources, "resources", {"resurser", ""}},
    {Key::due, "due", {"slutdatum", ""}},
}};

}  // namespace

std::string_view english_header(Key key) { return headers[static_cast<std::size_t>(key)].english; }

std::optional<Key> key_of_header(std::string_view cell) {
  const std::string folded = fold_word(trim(cell));
  for (const Header& h : headers)
    if (folded == h.english || folded == h.swedish[0] || (!h.swedish[1].empty() && folded == h.swedish[1]))
      return h.key;
  return std::nullopt;
}

}  // namespace arshjul::detail
