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

#include "input/csv_rows.hpp"

namespace arshjul {

namespace {

using detail::Table;

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

void report_stop(const csv::Stop& stop, std::uint32_t file_index, const csv::Dialect& dialect, Builder& builder) {
  FindingList& findings = builder.findings();
  using Kind = csv::Stop::Kind;
  const Location at{file_index, stop.line, stop.column};
  switch (stop.kind) {
    case Kind::unclosed_quote:
      findings.add(Code::ars101, at,
                   {"citattecknet här stängs aldrig; resten av filen läses inte (dubbla \"\" inne i ett fält)",
                    "the quote opened here is never closed; the rest of the file is not read (double \"\" inside a "
                    "field)"});
      break;
    case Kind::invalid_utf8:
      if (dialect.encoding == csv::Encoding::utf8)
        findings.add(Code::ars108, at,
                     Message::format("ogiltig UTF-8 vid byte {}; resten av filen läses inte. Sparad i äldre Excel? "
                                     "Försök med --encoding windows-1252",
                                     "invalid UTF-8 at byte offset {}; the rest of the file is not read. Saved by "
                                     "older Excel? Try --encoding windows-1252",
                                     stop.byte_offset));
      else
        findings.add(Code::ars108, at,
                     Message::format("ogiltig UTF-8 vid byte {}, i en fil som också har giltig UTF-8: filen blandar "
                                     "två teckenkodningar; resten läses inte. Spara den igen som CSV UTF-8",
                                     "invalid UTF-8 at byte offset {} in a file that also holds valid UTF-8: it mixes "
                                     "two encodings; the rest is not read. Save it again as CSV UTF-8",
                                     stop.byte_offset));
      break;
    case Kind::invalid_utf16:
      findings.add(Code::ars108, at,
                   Message::format("ogiltig UTF-16 vid byte {} (ett ensamt surrogat eller en halv teckenkod); "
                                   "resten av filen läses inte. Spara den igen som CSV UTF-8",
                                   "invalid UTF-16 at byte offset {} (a lone surrogate or half a code unit); the "
                                   "rest of the file is not read. Save it again as CSV UTF-8",
                                   stop.byte_offset));
      break;
    case Kind::nul_byte:
      findings.add(
          Code::ars101, at,
          Message::format("en NUL-byte vid byte {}; resten av filen läses inte. Är filen UTF-16 utan "
                          "byte-ordningsmarkering? Försök med --encoding utf-16, eller spara den som CSV UTF-8",
                          "a NUL byte at byte offset {}; the rest of the file is not read. Is it UTF-16 "
                          "without a byte-order mark? Try --encoding utf-16, or save it as CSV UTF-8",
                          stop.byte_offset));
      break;
    case Kind::record_too_large:
      findings.add(
          Code::ars101, Location{file_index, stop.line, 1},
          Message::format("en rad är större än {} MiB; resten av filen läses inte",
                          "a row is larger than {} MiB; the rest of the file is not read", stop.byte_offset >> 20));
      break;
    case Kind::read_error: builder.cannot_read(file_index, "a read error"); break;
  }
}

void report_legacy(const csv::Reader& reader, std::uint32_t file_index, Builder& builder) {
  if (const auto& legacy = reader.legacy())
    builder.findings().add(
        Code::ars113, Location{file_index, legacy->line, legacy->column},
        Message::format("filen har ingen byte-ordningsmarkering och är inte UTF-8; den lästes som windows-1252 "
                        "(äldre Excel), från byte {}. Spara som CSV UTF-8 eller ange --encoding windows-1252",
                        "the file has no byte-order mark and is not UTF-8; it was read as windows-1252 (older "
                        "Excel), from byte offset {}. Save it as CSV UTF-8 or give --encoding windows-1252",
                        legacy->byte_offset));
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
  // Anything but UTF-8 is read on one thread: the halves could not decode alone.
  if (header_reader.stop() || header.size() == 0 || header_reader.decoded() || header_reader.legacy() ||
      dialect.encoding == csv::Encoding::utf16)
    return false;
  Dataset header_part = builder.partial();
  Builder header_builder(header_part, nullptr, RowChecks{});
  Table table(file_index, file.kind, header_builder);
  if (!table.read_header(header)) return false;  // the one-thread read reports it
  dialect.delimiter = header_reader.delimiter();
  const std::uint64_t data_start = header_reader.offset();
  const std::uint32_t data_line = header_reader.line();
  const auto split = find_split(head.get(), data_start, size);
  if (!split) return false;

  Dataset second = builder.partial();
  Builder second_builder(second, nullptr, RowChecks{});
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
  Builder first_builder(first, nullptr, RowChecks{});
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
  // A file without a mark that may turn out windows-1252: only a reader of the whole file can tell.
  const auto undecided = [&](const std::optional<csv::Stop>& stop) {
    return stop && stop->kind == csv::Stop::Kind::invalid_utf8 && dialect.encoding == csv::Encoding::detect;
  };
  if (undecided(first_stop) || undecided(second_stop)) return false;
  builder.merge(std::move(header_part));
  builder.merge(std::move(first));
  if (first_stop) {
    report_stop(*first_stop, file_index, dialect, builder);  // the rest of the file is not read
    return true;
  }
  shift_lines(second, file_index, lines_before);
  builder.merge(std::move(second));
  if (second_stop) {
    second_stop->line += lines_before;
    report_stop(*second_stop, file_index, dialect, builder);
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
    builder.cannot_read(file_index, std::strerror(errno));
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
  report_legacy(reader, file_index, builder);
  if (const auto& stop = reader.stop())
    report_stop(*stop, file_index, dialect, builder);
  else if (!header_seen)
    findings.add(Code::ars102, Location{file_index, 1, 1},
                 {"filen är tom: en rubrikrad med kolumnnamn behövs", "the file is empty: a header row is needed"});
}

}  // namespace arshjul
