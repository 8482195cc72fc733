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

constexpr Need R = Need::required, O = Need::optional;
constexpr Column submissions[]{
    {Key::unit, R}, {Key::report, R}, {Key::period, R}, {Key::submitted, R}, {Key::decided, O}};
constexpr Column economy[]{{Key::unit, R},   {Key::report, O},  {Key::period, R},   {Key::line, O},
                           {Key::budget, R}, {Key::outcome, R}, {Key::forecast, R}, {Key::measures, O}};
constexpr Column kpis[]{{Key::unit, R},      {Key::report, O},       {Key::period, R},   {Key::kpi, R},
                        {Key::name, O},      {Key::value, R},        {Key::target, O},   {Key::direction, O},
                        {Key::tolerance, O}, {Key::measure_unit, O}, {Key::critical, O}, {Key::status, O}};
constexpr Column assignments[]{{Key::unit, R},      {Key::period, O}, {Key::id, R},
                               {Key::title, R},     {Key::source, O}, {Key::within_budget, R},
                               {Key::resources, O}, {Key::due, O},    {Key::status, O}};

constexpr TableKind kinds[]{
    {FileKind::csv_submissions, "submissions", "inlamningar", submissions},
    {FileKind::csv_economy, "economy", "ekonomi", economy},
    {FileKind::csv_kpis, "kpis", "nyckeltal", kpis},
    {FileKind::csv_assignments, "assignments", "uppdrag", assignments},
};
}  // namespace

std::string_view english_header(Key key) { return headers[static_cast<std::size_t>(key)].english; }

std::optional<Key> key_of_header(std::string_view cell) {
  const std::string folded = fold_word(trim(cell));
  for (const Header& h : headers)
    if (folded == h.english || folded == h.swedish[0] || (!h.swedish[1].empty() && folded == h.swedish[1]))
      return h.key;
  return std::nullopt;
}

std::span<const TableKind> table_kinds() { return kinds; }

std::optional<FileKind> table_kind_of_name(std::string_view folded_name) {
  for (const TableKind& t : kinds)
    if (folded_name.starts_with(t.english) || folded_name.starts_with(t.swedish)) return t.kind;
  return std::nullopt;
}

std::array<Need, key_count> columns_of(FileKind kind) {
  std::array<Need, key_count> needs{};
  for (const TableKind& t : kinds)
    if (t.kind == kind)
      for (const Column& c : t.columns) needs[static_cast<std::size_t>(c.key)] = c.need;
  return needs;
}

Message unknown_table_message() {
  std::string names;
  for (std::size_t i = 0; i < std::size(kinds); ++i) {
    if (i > 0) names += i + 1 == std::size(kinds) ? " or " : ", ";
    names += std::string(kinds[i].english) + "/" + std::string(kinds[i].swedish);
  }
  const std::string sv_names = names.substr(0, names.rfind(" or ")) + " eller" + names.substr(names.rfind(" or ") + 3);
  return {"CSV-filens namn ska börja med " + sv_names, "a CSV file's name must start with " + names};
}

}  // namespace arshjul::detail
