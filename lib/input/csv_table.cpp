#include "input/csv_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include "values/describe.hpp"
#include "values/text.hpp"
#include "yaml/submission.hpp"

namespace arshjul {

namespace {

enum class Key : std::uint8_t {
  unit,
  report,
  period,
  submitted,
  decided,
  line,
  budget,
  outcome,
  forecast,
  measures,
  kpi,
  name,
  value,
  target,
  direction,
  tolerance,
  measure_unit,
  critical,
  status,
  id,
  title,
  source,
  within_budget,
  resources,
  due,
  count_
};
constexpr std::size_t key_count = static_cast<std::size_t>(Key::count_);

struct KeyNames {
  Key key;
  std::string_view english;
  std::array<std::string_view, 2> swedish;  // folded: lower case, no diacritics
};

constexpr std::array<KeyNames, key_count> key_names{{
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

enum class Need : std::uint8_t { none, optional, required };

// One column per key and table, in the order of data-format.md's table.
std::array<Need, key_count> columns_of(FileKind kind) {
  std::array<Need, key_count> n{};
  const auto set = [&](Key k, Need need) { n[static_cast<std::size_t>(k)] = need; };
  constexpr Need R = Need::required, O = Need::optional;
  set(Key::unit, R);
  switch (kind) {
    case FileKind::csv_submissions:
      for (Key k : {Key::report, Key::period, Key::submitted}) set(k, R);
      set(Key::decided, O);
      break;
    case FileKind::csv_economy:
      for (Key k : {Key::period, Key::budget, Key::outcome, Key::forecast}) set(k, R);
      for (Key k : {Key::report, Key::line, Key::measures}) set(k, O);
      break;
    case FileKind::csv_kpis:
      for (Key k : {Key::period, Key::kpi, Key::value}) set(k, R);
      for (Key k : {Key::report, Key::name, Key::target, Key::direction, Key::tolerance, Key::measure_unit,
                    Key::critical, Key::status})
        set(k, O);
      break;
    case FileKind::csv_assignments:
      for (Key k : {Key::id, Key::title, Key::within_budget}) set(k, R);
      for (Key k : {Key::period, Key::source, Key::resources, Key::due, Key::status}) set(k, O);
      break;
    default: break;
  }
  return n;
}

std::optional<Key> key_of_header(std::string_view cell) {
  const std::string folded = fold_word(trim(cell));
  for (const KeyNames& k : key_names)
    if (folded == k.english || folded == k.swedish[0] || (!k.swedish[1].empty() && folded == k.swedish[1]))
      return k.key;
  return std::nullopt;
}

constexpr int absent = -1;

class Table {
 public:
  Table(std::uint32_t file, FileKind kind, Builder& b) : file_(file), kind_(kind), b_ref_(&b) { column_.fill(absent); }
  /// The same columns, rows going to another builder (another part of the file).
  Table(const Table& header, Builder& b) : Table(header) { b_ref_ = &b; }
  Table(const Table&) = default;

  // Maps the header; false when a required column is missing (ARS102, once).
  bool read_header(const csv::Record& header) {
    const auto needs = columns_of(kind_);
    width_ = header.size();
    for (std::size_t i = 0; i < header.size(); ++i) {
      const auto key = key_of_header(header[i]);
      if (!key || needs[static_cast<std::size_t>(*key)] == Need::none) continue;
      int& slot = column_[static_cast<std::size_t>(*key)];
      if (slot != absent) {
        builder().findings().add(
            Code::ars105, at(header, i),
            {fmt::format("kolumnen '{}' finns redan som kolumn {}; ta bort den ena", trim(header[i]), slot + 1),
             fmt::format("column '{}' is already given as column {}; remove one of them", trim(header[i]), slot + 1)});
        continue;
      }
      slot = static_cast<int>(i);
    }
    std::string missing;
    for (std::size_t k = 0; k < key_count; ++k)
      if (needs[k] == Need::required && column_[k] == absent)
        missing += (missing.empty() ? "" : ", ") + std::string(key_names[k].english);
    if (missing.empty()) return true;
    builder().findings().add(
        Code::ars102, Location{file_, header.line(), 1},
        {fmt::format("obligatoriska kolumner saknas: {} (svenska rubriker går också bra)", missing),
         fmt::format("required columns are missing: {} (Swedish headers work too)", missing)});
    return false;
  }

  void read_row(const csv::Record& r) {
    if (r.size() != width_) {
      builder().findings().add(
          Code::ars103, Location{file_, r.line(), 1},
          {fmt::format("raden har {} fält men rubrikraden har {}; raden hoppas över", r.size(), width_),
           fmt::format("the row has {} fields but the header has {}; the row is skipped", r.size(), width_)});
      return;
    }
    row_ = &r;
    switch (kind_) {
      case FileKind::csv_submissions: return submission();
      case FileKind::csv_economy: return economy();
      case FileKind::csv_kpis: return kpi();
      case FileKind::csv_assignments: return assignment();
      default: return;
    }
  }

 private:
  Location at(const csv::Record& r, std::size_t i) const { return {file_, r.line_of(i), r.column_of(i)}; }
  bool has(Key k) const { return column_[static_cast<std::size_t>(k)] != absent; }
  std::string_view cell(Key k) const {
    const int c = column_[static_cast<std::size_t>(k)];
    return c == absent ? std::string_view{} : trim((*row_)[static_cast<std::size_t>(c)]);
  }
  Location where(Key k) const {
    const int c = column_[static_cast<std::size_t>(k)];
    return c == absent ? Location{file_, row_->line(), 1} : at(*row_, static_cast<std::size_t>(c));
  }
  std::string_view header_name(Key k) const { return key_names[static_cast<std::size_t>(k)].english; }

  // What a row's findings concern, once its unit is known.
  Subject about() const { return Subject{row_unit_, std::nullopt, std::nullopt, {}, {}}; }
  void invalid(Key k, ValueKind kind, Problem p, std::string_view expected = {}) {
    builder().findings().add(Code::ars103, where(k), invalid_value(header_name(k), cell(k), kind, p, expected),
                             about());
  }
  void empty_required(Key k, ValueKind kind) {
    builder().findings().add(
        Code::ars102, where(k),
        {fmt::format("värde saknas i den obligatoriska kolumnen '{}' ({})", header_name(k),
                     value_syntax(kind, Lang::sv)),
         fmt::format("the required column '{}' is empty ({})", header_name(k), value_syntax(kind, Lang::en))},
        about());
  }

  // A cell's value: nullopt when empty (reported if required) or invalid (reported).
  template <class T>
  std::optional<T> value(Key k, ValueKind kind, Parsed<T> (*parse)(std::string_view), bool required,
                         std::string_view expected = {}) {
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

  // The report kind of a row, as a source: ledger when the cell is empty.
  std::optional<Source> source_cell() {
    const std::string_view text = cell(Key::report);
    if (text.empty()) return Source::ledger;
    const auto kind = parse_report_kind(text);
    if (kind) return source_of(kind.value);
    unknown_report(text);
    return std::nullopt;
  }
  void unknown_report(std::string_view text) {
    builder().findings().add(
        Code::ars107, where(Key::report),
        {fmt::format("okänd rapporttyp '{}'; skriv en av {}", shorten(text, 60), expected_words_report_kind()),
         fmt::format("unknown report kind '{}'; write one of {}", shorten(text, 60), expected_words_report_kind())});
  }

  // The unit of the row: -1 when unknown (ARS106) or empty (ARS102).
  std::optional<int> unit() {
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

  std::optional<Period> period(bool required, const Subject& about) {
    const auto p = value(Key::period, ValueKind::period, &parse_period, required);
    if (p && builder().period_outside_year(*p)) builder().check_period(*p, where(Key::period), about);
    return p;
  }

  void submission() {
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
    builder().add_submission(Submission{*u, *kind, *p, *submitted, decided, where(Key::unit), where(Key::report),
                                        where(Key::period), where(Key::submitted), where(Key::decided), false});
  }

  void economy() {
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

  void kpi() {
    const auto u = unit();
    const auto source = source_cell();
    const auto p = period(true, Subject{u.value_or(-1), std::nullopt, std::nullopt, {}, {}});
    KpiRow k;
    const std::string_view id = cell(Key::kpi);
    if (id.empty())
      empty_required(Key::kpi, ValueKind::text);
    else if (!yaml::valid_kpi_id(id))
      builder().findings().add(Code::ars103, where(Key::kpi),
                               {fmt::format("ogiltigt nyckeltals-id '{}': använd a-z, 0-9, _ och -", shorten(id, 60)),
                                fmt::format("invalid KPI id '{}': use a-z, 0-9, _ and -", shorten(id, 60))},
                               about());
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

  void assignment() {
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
    a.source = Source::ledger;
    a.id = id;
    a.title = cell(Key::title);
    a.resources = cell(Key::resources);
    a.id_where = where(Key::id), a.within_budget_where = where(Key::within_budget), a.due_where = where(Key::due);
    builder().add_assignment(std::move(a));
  }

  Builder& builder() { return *b_ref_; }

  std::uint32_t file_;
  FileKind kind_;
  Builder* b_ref_;
  std::array<int, key_count> column_{};
  std::size_t width_ = 0;
  const csv::Record* row_ = nullptr;
  int row_unit_ = -1;
};

// Reads records into the table until the end or a stop; the stop is returned.
std::optional<csv::Stop> read_rows(csv::Reader& reader, Table& table, Builder* progress = nullptr,
                                   std::uint64_t scale = 1) {
  csv::Record record;
  while (reader.next(record)) {
    if (!record.blank()) table.read_row(record);
    if (progress) progress->count_row(reader.offset() * scale);
  }
  return reader.stop();
}

void report_stop(const csv::Stop& stop, std::uint32_t file_index, FindingList& findings) {
  using Kind = csv::Stop::Kind;
  switch (stop.kind) {
    case Kind::unclosed_quote:
      findings.add(Code::ars101, Location{file_index, stop.line, stop.column},
                   {"citattecknet här stängs aldrig; resten av filen läses inte (dubbla \"\" inne i ett fält)",
                    "the quote opened here is never closed; the rest of the file is not read (double \"\" inside a "
                    "field)"});
      break;
    case Kind::invalid_utf8:
      findings.add(Code::ars108, Location{file_index, stop.line, stop.column},
                   {fmt::format("ogiltig UTF-8 vid byte {}; resten av filen läses inte. Sparad i Excel? Försök med "
                                "--encoding windows-1252",
                                stop.byte_offset),
                    fmt::format("invalid UTF-8 at byte offset {}; the rest of the file is not read. Saved by older "
                                "Excel? Try --encoding windows-1252",
                                stop.byte_offset)});
      break;
    case Kind::nul_byte:
      findings.add(Code::ars101, Location{file_index, stop.line, stop.column},
                   {fmt::format("en NUL-byte vid byte {}; resten av filen läses inte. Filen är binär eller UTF-16: "
                                "spara den som CSV (UTF-8)",
                                stop.byte_offset),
                    fmt::format("a NUL byte at byte offset {}; the rest of the file is not read. The file is binary or "
                                "UTF-16: save it as CSV (UTF-8)",
                                stop.byte_offset)});
      break;
    case Kind::record_too_large:
      findings.add(
          Code::ars101, Location{file_index, stop.line, 1},
          {fmt::format("en rad är större än {} MiB; resten av filen läses inte", stop.byte_offset >> 20),
           fmt::format("a row is larger than {} MiB; the rest of the file is not read", stop.byte_offset >> 20)});
      break;
    case Kind::read_error:
      findings.add(Code::ars101, Location{file_index, stop.line, 1},
                   {"läsfel; resten av filen läses inte", "read error; the rest of the file is not read"});
      break;
  }
}

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;
File open_file(const std::string& path) { return File(std::fopen(path.c_str(), "rb"), &std::fclose); }

// Large economy tables are read by two threads, each half into its own partial dataset.
constexpr std::uint64_t parallel_threshold = std::uint64_t{8} << 20;

// The start of the first line after the middle of [from, size), or nullopt.
std::optional<std::uint64_t> find_split(std::FILE* f, std::uint64_t from, std::uint64_t size) {
  const std::uint64_t middle = from + (size - from) / 2;
  if (std::fseek(f, static_cast<long>(middle), SEEK_SET) != 0) return std::nullopt;
  std::vector<char> chunk(1 << 16);
  for (std::uint64_t offset = middle; offset < size;) {
    const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), f);
    if (got == 0) return std::nullopt;
    if (const void* nl = std::memchr(chunk.data(), '\n', got))
      return offset + static_cast<std::uint64_t>(static_cast<const char*>(nl) - chunk.data()) + 1;
    offset += got;
  }
  return std::nullopt;
}

// The second half counted its lines from 1: move them after the first half's.
void shift_lines(Dataset& part, std::uint32_t file_index, std::uint32_t lines_before) {
  for (Finding& f : part.findings.items())
    if (f.where.file == file_index) f.where.line += lines_before;
  for (auto& [key, totals] : part.economy)
    if (totals.first.file == file_index) totals.first.line += lines_before;
}

// The economy of a large file read by two threads, each half into its own
// partial dataset; false if the file must be read on one thread after all
// (nothing has been added then). The first half ends exactly where the second
// starts, so the split is right unless the first half ends inside a quoted
// field, and then the file is read again in one piece.
bool read_economy_in_parallel(std::uint32_t file_index, const InputFile& file, csv::Dialect dialect, Builder& builder,
                              unsigned threads) {
  std::error_code ec;
  const std::uint64_t size = std::filesystem::file_size(file.fs_path, ec);
  if (ec || size < parallel_threshold || threads < 2 || builder.observes_ledger()) return false;
  File head = open_file(file.fs_path);
  if (!head) return false;
  csv::Reader header_reader(head.get(), dialect);
  csv::Record header;
  while (header_reader.next(header) && header.blank()) {
  }
  if (header_reader.stop() || header.size() == 0) return false;
  Dataset header_part = builder.partial();
  Builder header_builder(header_part, nullptr);
  Table table(file_index, file.kind, header_builder);
  if (!table.read_header(header)) return false;  // the one-thread read reports it
  dialect.delimiter = header_reader.delimiter();
  const std::uint64_t data_start = header_reader.offset();
  const std::uint32_t data_line = header_reader.line();
  const auto split = find_split(head.get(), data_start, size);
  if (!split) return false;

  Dataset second = builder.partial();
  Builder second_builder(second, nullptr);
  std::optional<csv::Stop> second_stop;
  std::thread worker([&] {
    File f = open_file(file.fs_path);
    if (!f || std::fseek(f.get(), static_cast<long>(*split), SEEK_SET) != 0) {
      second_stop = csv::Stop{csv::Stop::Kind::read_error, 1, 1, 0};
      return;
    }
    csv::Reader reader(f.get(), dialect, csv::Range{*split, size, 1});
    Table part(table, second_builder);
    second_stop = read_rows(reader, part);
  });
  Dataset first = builder.partial();
  Builder first_builder(first, nullptr);
  std::optional<csv::Stop> first_stop;
  std::uint32_t lines_before = 0;
  if (std::fseek(head.get(), static_cast<long>(data_start), SEEK_SET) == 0) {
    csv::Reader reader(head.get(), dialect, csv::Range{data_start, *split, data_line});
    Table part(table, first_builder);
    first_stop = read_rows(reader, part, &builder, 2);
    lines_before = reader.line() - 1;
  } else {
    first_stop = csv::Stop{csv::Stop::Kind::read_error, 1, 1, 0};
  }
  worker.join();
  if (first_stop && first_stop->kind == csv::Stop::Kind::unclosed_quote) return false;  // split inside quotes
  builder.merge(std::move(header_part));
  builder.merge(std::move(first));
  if (first_stop) {
    report_stop(*first_stop, file_index, builder.findings());  // the rest of the file is not read
    return true;
  }
  shift_lines(second, file_index, lines_before);
  builder.merge(std::move(second));
  if (second_stop) {
    second_stop->line += lines_before;
    report_stop(*second_stop, file_index, builder.findings());
  }
  return true;
}

}  // namespace

void read_csv_table(std::uint32_t file_index, const InputFile& file, const csv::Dialect& dialect, Builder& builder,
                    unsigned threads) {
  if (file.kind == FileKind::csv_economy && read_economy_in_parallel(file_index, file, dialect, builder, threads))
    return;
  FindingList& findings = builder.findings();
  const File handle = open_file(file.fs_path);
  if (!handle) {
    findings.add(Code::ars101, Location{file_index, 1, 1},
                 {"filen kan inte öppnas för läsning", "the file cannot be opened for reading"});
    return;
  }
  csv::Reader reader(handle.get(), dialect);
  csv::Record record;
  Table table(file_index, file.kind, builder);
  bool header_seen = false;
  while (reader.next(record)) {
    if (record.blank()) continue;
    header_seen = true;
    if (table.read_header(record)) read_rows(reader, table, &builder);
    break;
  }
  if (const auto& stop = reader.stop())
    report_stop(*stop, file_index, findings);
  else if (!header_seen)
    findings.add(Code::ars102, Location{file_index, 1, 1},
                 {"filen är tom: en rubrikrad med kolumnnamn behövs", "the file is empty: a header row is needed"});
}

}  // namespace arshjul
