#include "input/csv_rows.hpp"

#include <fmt/format.h>

#include "values/text.hpp"
#include "yaml/submission.hpp"

namespace arshjul::detail {

namespace {
constexpr Need R = Need::required, O = Need::optional;
constexpr Column submissions[]{
    {Key::unit, R}, {Key::report, R}, {Key::period, R}, {Key::submitted, R}, {Key::decided, O}};
constexpr Column economy[]{{Key::unit, R},   {Key::report, O},  {Key::period, R},   {Key::line, O},
                           {Key::budget, R}, {Key::outcome, R}, {Key::forecast, R}, {Key::measures, O}};
constexpr Column kpis[]{{Key::unit, R},      {Key::report, O},       {Key::period, R},   {Key::kpi, R},
                        {Key::name, O},      {Key::value, R},        {Key::target, O},   {Key::direction, O},
                        {Key::tolerance, O}, {Key::measure_unit, O}, {Key::critical, O}, {Key::status, O}};
constexpr Column volumes[]{{Key::unit, R},         {Key::report, O},   {Key::period, R},  {Key::volume, R},
                           {Key::name, O},         {Key::budget, R},   {Key::outcome, R}, {Key::forecast, R},
                           {Key::measure_unit, O}, {Key::unit_cost, O}};
constexpr Column assignments[]{{Key::unit, R},      {Key::period, O}, {Key::id, R},
                               {Key::title, R},     {Key::source, O}, {Key::within_budget, R},
                               {Key::resources, O}, {Key::due, O},    {Key::status, O}};

}  // namespace

std::span<const TableKind> table_kinds() {
  static constexpr TableKind kinds[]{
      {FileKind::csv_submissions, "submissions", "inlamningar", submissions, &Table::submission},
      {FileKind::csv_economy, "economy", "ekonomi", economy, &Table::economy},
      {FileKind::csv_kpis, "kpis", "nyckeltal", kpis, &Table::kpi},
      {FileKind::csv_assignments, "assignments", "uppdrag", assignments, &Table::assignment},
      {FileKind::csv_volumes, "volumes", "volymer", volumes, &Table::volume},
  };
  return kinds;
}

const TableKind* Table::kind_of(FileKind kind) {
  for (const TableKind& t : table_kinds())
    if (t.kind == kind) return &t;
  return nullptr;
}

std::optional<FileKind> table_kind_of_name(std::string_view folded_name) {
  for (const TableKind& t : table_kinds())
    if (folded_name.starts_with(t.english) || folded_name.starts_with(t.swedish)) return t.kind;
  return std::nullopt;
}

Message unknown_table_message() {
  const auto kinds = table_kinds();
  std::string names;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (i > 0) names += i + 1 == kinds.size() ? " or " : ", ";
    names += std::string(kinds[i].english) + "/" + std::string(kinds[i].swedish);
  }
  const std::size_t last = names.rfind(" or ");
  const std::string sv_names = names.substr(0, last) + " eller" + names.substr(last + 3);
  return {"CSV-filens namn ska börja med " + sv_names, "a CSV file's name must start with " + names};
}

template <class T>
std::optional<T> Table::value(Key k, ValueKind kind, Parsed<T> (*parse)(std::string_view), bool required,
                              std::string_view expected) {
  const std::string_view text = cell(k);
  if (text.empty()) {
    if (required) empty_required(k, kind);
    return std::nullopt;
  }
  const auto parsed = parse(text);
  if (parsed) return parsed.value;
  invalid(k, kind, parsed.problem, expected);
  return std::nullopt;
}

bool Table::read_header(const csv::Record& header) {
  std::array<Need, key_count> needs{};
  if (const TableKind* kind = kind_of(kind_))
    for (const Column& c : kind->columns) needs[static_cast<std::size_t>(c.key)] = c.need;
  // Empty cells at the end of the header are what a trailing delimiter leaves.
  width_ = header.size();
  while (width_ > 1 && trim(header[width_ - 1]).empty()) --width_;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto key = key_of_header(header[i]);
    if (!key || needs[static_cast<std::size_t>(*key)] == Need::none) continue;
    int& slot = column_[static_cast<std::size_t>(*key)];
    if (slot != absent) {
      builder().findings().add(
          Code::ars110, at(header, i),
          Message::format("kolumnen '{}' är samma som kolumn {} ('{}'); den första används, ta bort den andra",
                          "column '{}' means the same as column {} ('{}'); the first is used: remove the other",
                          shorten(trim(header[i]), 60), slot + 1,
                          shorten(trim(header[static_cast<std::size_t>(slot)]), 60)));
      continue;
    }
    slot = static_cast<int>(i);
  }
  std::string missing;
  for (std::size_t k = 0; k < key_count; ++k) {
    const auto key = static_cast<Key>(k);
    if (needs[k] != Need::required || column_[k] != absent) continue;
    missing += missing.empty() ? "" : ", ";
    missing += english_header(key) == swedish_header(key)
                   ? std::string(english_header(key))
                   : fmt::format("{} ({})", english_header(key), swedish_header(key));
  }
  if (missing.empty()) return true;
  builder().findings().add(Code::ars102, Location{file_, header.line(), 1},
                           Message::format("obligatoriska kolumner saknas: {}; på svenska eller engelska",
                                           "required columns are missing: {}; in Swedish or English", missing));
  return false;
}

namespace {
// What spreadsheets write in the unit column of a table's last row.
bool is_sum_label(std::string_view cell) {
  // Nearly every row names a unit: a cheap look first, before folding.
  if (cell.empty() || cell.size() > 16 || std::string_view{"tTsS"}.find(cell.front()) == std::string_view::npos)
    return false;
  std::string label = fold_name(cell);
  if (label.ends_with(':')) label.pop_back();
  while (label.ends_with(' ')) label.pop_back();
  return label == "totalt" || label == "summa" || label == "total" || label == "summa totalt" || label == "sum";
}

bool all_blank_from(const csv::Record& r, std::size_t from) {
  for (std::size_t i = from; i < r.size(); ++i)
    if (!trim(r[i]).empty()) return false;
  return true;
}
}  // namespace

void Table::read_row(const csv::Record& r) {
  // A sum row is recognised before anything else of the row; a unit really named so is a unit.
  if (const int u = column_[static_cast<std::size_t>(Key::unit)];
      u != absent && static_cast<std::size_t>(u) < r.size()) {
    const std::string_view label = trim(r[static_cast<std::size_t>(u)]);
    if (is_sum_label(label) && builder().find_unit(label) < 0) {
      builder().findings().add(
          Code::ars112, at(r, static_cast<std::size_t>(u)),
          Message::format("raden '{}' är en summarad och hoppas över; arshjul summerar själv",
                          "the row '{}' is a sum row and is skipped; arshjul sums by itself", shorten(label, 60)));
      return;
    }
  }
  // The empty fields that a trailing delimiter leaves are not fields.
  if (r.size() != width_ && !(r.size() > width_ && all_blank_from(r, width_))) {
    builder().findings().add(
        Code::ars103, Location{file_, r.line(), 1},
        Message::format("raden har {} fält men rubrikraden har {}; raden hoppas över",
                        "the row has {} fields but the header has {}; the row is skipped", r.size(), width_));
    return;
  }
  row_ = &r;
  if (const TableKind* kind = kind_of(kind_)) (this->*kind->read)();
}

std::string_view Table::cell(Key k) const {
  const int c = column_[static_cast<std::size_t>(k)];
  return c == absent ? std::string_view{} : trim((*row_)[static_cast<std::size_t>(c)]);
}

Location Table::where(Key k) const {
  const int c = column_[static_cast<std::size_t>(k)];
  return c == absent ? Location{file_, row_->line(), 1} : at(*row_, static_cast<std::size_t>(c));
}

void Table::invalid(Key k, ValueKind kind, Problem p, std::string_view expected) {
  builder().findings().add(Code::ars103, where(k), invalid_value(header_name(k), cell(k), kind, p, expected), about());
}

void Table::empty_required(Key k, ValueKind kind) {
  builder().findings().add(
      Code::ars102, where(k),
      {fmt::format("värde saknas i den obligatoriska kolumnen '{}' ({})", header_name(k), value_syntax(kind, Lang::sv)),
       fmt::format("the required column '{}' is empty ({})", header_name(k), value_syntax(kind, Lang::en))},
      about());
}

std::optional<FactSource> Table::source_cell() {
  const std::string_view text = cell(Key::report);
  if (text.empty()) return FactSource::ledger;
  const auto kind = parse_report_kind(text);
  if (kind) return source_of(kind.value);
  unknown_report(text);
  return std::nullopt;
}

void Table::unknown_report(std::string_view text) {
  builder().findings().add(Code::ars107, where(Key::report), unknown_report_kind(text));
}

std::optional<int> Table::unit() {
  row_unit_ = -1;
  const std::string_view text = cell(Key::unit);
  if (text.empty()) {
    empty_required(Key::unit, ValueKind::text);
    return std::nullopt;
  }
  if (!builder().has_organisation()) return -1;
  const int u = builder().resolve_unit_lazily(text, [&] { return where(Key::unit); });
  row_unit_ = u;
  return u >= 0 ? std::optional<int>{u} : std::nullopt;
}

std::optional<Period> Table::period(bool required, const Subject& about) {
  const auto p = value(Key::period, ValueKind::period, &parse_period, required);
  if (p && builder().period_outside_year(*p)) builder().check_period(*p, where(Key::period), about);
  return p;
}

void Table::submission() {
  const auto u = unit();
  std::optional<ReportKind> kind;
  if (const std::string_view text = cell(Key::report); text.empty())
    empty_required(Key::report, ValueKind::word);
  else if (const auto k = parse_report_kind(text))
    kind = k.value;
  else
    unknown_report(text);
  const auto p = value(Key::period, ValueKind::period, &parse_period, true);
  const auto submitted = value(Key::submitted, ValueKind::date, &parse_date, true);
  const auto decided = value(Key::decided, ValueKind::date, &parse_date, false);
  if (!u || *u < 0 || !kind || !p || !submitted) return;
  builder().add_submission(Submission{*u,
                                      *kind,
                                      *p,
                                      *submitted,
                                      decided,
                                      where(Key::unit),
                                      where(Key::report),
                                      where(Key::period),
                                      where(Key::submitted),
                                      where(Key::decided),
                                      false,
                                      false,
                                      {}});
}

void Table::economy() {
  const auto u = unit();
  const auto source = source_cell();
  const auto p = period(true, Subject{u.value_or(-1), std::nullopt, std::nullopt, {}, {}});
  const auto budget = value(Key::budget, ValueKind::amount, &parse_amount, true);
  const auto outcome = value(Key::outcome, ValueKind::amount, &parse_amount, true);
  const auto forecast = value(Key::forecast, ValueKind::amount, &parse_amount, true);
  if (!u || !source || !p || !budget || !outcome || !forecast) return;
  builder().add_economy(*u, LedgerRow{cell(Key::unit),
                                      *p,
                                      *source,
                                      cell(Key::line),
                                      *budget,
                                      *outcome,
                                      *forecast,
                                      cell(Key::measures),
                                      Location{file_, row_->line(), 1},
                                      {}});
}

void Table::kpi() {
  const auto u = unit();
  const auto source = source_cell();
  const auto p = period(true, Subject{u.value_or(-1), std::nullopt, std::nullopt, {}, {}});
  KpiRow k;
  const std::string_view id = cell(Key::kpi);
  if (id.empty())
    empty_required(Key::kpi, ValueKind::text);
  else if (!yaml::valid_kpi_id(id))
    builder().findings().add(Code::ars103, where(Key::kpi), invalid_row_id(RowId::kpi, id), about());
  k.value = value(Key::value, ValueKind::number, &parse_number, false);
  k.value_invalid = !k.value && !cell(Key::value).empty();
  k.target = value(Key::target, ValueKind::number, &parse_number, false);
  k.tolerance = value(Key::tolerance, ValueKind::number, &parse_number, false);
  k.direction = value(Key::direction, ValueKind::word, &parse_direction, false, expected_words_direction());
  k.direction_invalid = !k.direction && !cell(Key::direction).empty();
  k.critical = value(Key::critical, ValueKind::boolean, &parse_boolean, false).value_or(false);
  k.status = value(Key::status, ValueKind::word, &parse_kpi_status, false, expected_words_kpi_status());
  if (!u || !source || !p || id.empty() || !yaml::valid_kpi_id(id)) return;  // reported above
  k.unit = *u, k.period = *p, k.source = *source;
  k.id = id;
  k.name = cell(Key::name);
  k.measure_unit = cell(Key::measure_unit);
  k.id_where = where(Key::kpi), k.value_where = where(Key::value), k.status_where = where(Key::status);
  k.tolerance_where = where(Key::tolerance), k.target_where = where(Key::target);
  if (*u >= 0) builder().add_kpi(std::move(k));
}

void Table::volume() {
  const auto u = unit();
  const auto source = source_cell();
  const auto p = period(true, Subject{u.value_or(-1), std::nullopt, std::nullopt, {}, {}});
  const std::string_view id = cell(Key::volume);
  if (id.empty())
    empty_required(Key::volume, ValueKind::text);
  else if (!yaml::valid_kpi_id(id))
    builder().findings().add(Code::ars103, where(Key::volume), invalid_row_id(RowId::volume, id), about());
  // Volumes are numbers, never negative; a unit cost is an amount, never negative (docs/data-format.md, "Volumes").
  const auto volume = [&](Key k) -> std::optional<Decimal> {
    const auto n = value(k, ValueKind::number, &parse_number, true);
    if (n && n->negative()) {
      builder().findings().add(Code::ars103, where(k), negative_volume(header_name(k), *n), about());
      return std::nullopt;
    }
    return n;
  };
  const auto budget = volume(Key::budget), outcome = volume(Key::outcome), forecast = volume(Key::forecast);
  auto unit_cost = value(Key::unit_cost, ValueKind::amount, &parse_amount, false);
  if (unit_cost && unit_cost->ore < 0) {
    builder().findings().add(Code::ars103, where(Key::unit_cost), negative_unit_cost(), about());
    unit_cost.reset();
  }
  if (!u || *u < 0 || !source || !p || id.empty() || !yaml::valid_kpi_id(id) || !budget || !outcome || !forecast)
    return;
  VolumeRow v;
  v.unit = *u, v.period = *p, v.source = *source;
  v.id = id;
  v.name = cell(Key::name);
  v.measure_unit = cell(Key::measure_unit);
  v.budget = *budget, v.outcome = *outcome, v.forecast = *forecast;
  v.unit_cost = unit_cost;
  v.id_where = where(Key::volume), v.forecast_where = where(Key::forecast);
  v.unit_cost_where = where(Key::unit_cost);
  builder().add_volume(std::move(v));
}

void Table::assignment() {
  const auto u = unit();
  const std::string_view id = cell(Key::id);
  if (id.empty()) empty_required(Key::id, ValueKind::text);
  AssignmentRow a;
  a.period = period(false, Subject{u.value_or(-1), std::nullopt, std::nullopt, {}, std::string(id)});
  if (cell(Key::title).empty()) empty_required(Key::title, ValueKind::text);
  a.origin = value(Key::source, ValueKind::word, &parse_assignment_origin, false, expected_words_assignment_origin());
  a.within_budget = value(Key::within_budget, ValueKind::boolean, &parse_boolean, true);
  a.due = value(Key::due, ValueKind::date, &parse_date, false);
  a.status = value(Key::status, ValueKind::word, &parse_assignment_status, false, expected_words_assignment_status());
  if (!u || *u < 0 || id.empty() || (has(Key::period) && !cell(Key::period).empty() && !a.period)) return;
  a.unit = *u;
  a.source = FactSource::ledger;
  a.id = id;
  a.title = cell(Key::title);
  a.resources = cell(Key::resources);
  a.id_where = where(Key::id), a.within_budget_where = where(Key::within_budget), a.due_where = where(Key::due);
  builder().add_assignment(std::move(a));
}

}  // namespace arshjul::detail
