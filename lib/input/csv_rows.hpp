// The CSV tables of docs/data-format.md, one table of them (csv_rows.cpp):
// each kind's file name prefixes in English and Swedish, its columns, required
// or optional, and the reader of its rows. Adding a table kind is its
// FileKind, its row and its reader (declared here), its docs and its tests.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "csv/reader.hpp"
#include "findings/value_messages.hpp"
#include "input/builder.hpp"
#include "input/csv_columns.hpp"

namespace arshjul::detail {

constexpr int absent = -1;

class Table;

struct TableKind {
  FileKind kind;
  std::string_view english, swedish;  // what the file's name starts with, folded
  std::span<const Column> columns;    // in the order of docs/data-format.md
  void (Table::*read)();              // one row, the current one
};

std::span<const TableKind> table_kinds();
/// The kind whose prefix a CSV file's folded name starts with, or nullopt.
std::optional<FileKind> table_kind_of_name(std::string_view folded_name);
/// ARS109's message for a CSV file of no known table, naming every prefix.
Message unknown_table_message();

class Table {
 public:
  Table(std::uint32_t file, FileKind kind, Builder& b) : file_(file), kind_(kind), b_ref_(&b) { column_.fill(absent); }
  /// The same columns, rows going to another builder (another part of the file).
  Table(const Table& header, Builder& b) : Table(header) { b_ref_ = &b; }
  Table(const Table&) = default;

  // Maps the header; false when a required column is missing (ARS102, once).
  bool read_header(const csv::Record& header);

  void read_row(const csv::Record& r);

 private:
  friend std::span<const TableKind> table_kinds();
  static const TableKind* kind_of(FileKind kind);

  Location at(const csv::Record& r, std::size_t i) const { return {file_, r.line_of(i), r.column_of(i)}; }
  bool has(Key k) const { return column_[static_cast<std::size_t>(k)] != absent; }
  std::string_view cell(Key k) const;
  Location where(Key k) const;
  std::string_view header_name(Key k) const { return english_header(k); }

  // What a row's findings concern, once its unit is known.
  Subject about() const { return Subject{row_unit_, std::nullopt, std::nullopt, {}, {}}; }
  void invalid(Key k, ValueKind kind, Problem p, std::string_view expected = {});
  void empty_required(Key k, ValueKind kind);

  // A cell's value: nullopt when empty (reported if required) or invalid (reported).
  template <class T>
  std::optional<T> value(Key k, ValueKind kind, Parsed<T> (*parse)(std::string_view), bool required,
                         std::string_view expected = {});

  // The report kind of a row, as a source: ledger when the cell is empty.
  std::optional<FactSource> source_cell();
  void unknown_report(std::string_view text);

  // The unit of the row: -1 when unknown (ARS106) or empty (ARS102).
  std::optional<int> unit();

  std::optional<Period> period(bool required, const Subject& about);

  void submission();

  void economy();

  void kpi();

  void assignment();

  void volume();

  Builder& builder() { return *b_ref_; }

  std::uint32_t file_;
  FileKind kind_;
  Builder* b_ref_;
  std::array<int, key_count> column_{};
  std::size_t width_ = 0;
  const csv::Record* row_ = nullptr;
  int row_unit_ = -1;
};

}  // namespace arshjul::detail
