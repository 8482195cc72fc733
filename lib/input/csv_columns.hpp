// The CSV tables of docs/data-format.md, one table of them: each kind's file
// name prefixes in English and Swedish and its columns, required or optional,
// with their English and Swedish headers. Adding a table kind is a row here,
// its reader in csv_rows.cpp, its docs and its tests.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "findings/finding.hpp"
#include "model/dataset.hpp"

namespace arshjul::detail {

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

/// The header a column is known by: English, or Swedish folded (lower case, no diacritics).
std::string_view english_header(Key key);
std::optional<Key> key_of_header(std::string_view cell);

enum class Need : std::uint8_t { none, optional, required };
struct Column {
  Key key;
  Need need;
};

struct TableKind {
  FileKind kind;
  std::string_view english, swedish;  // what the file's name starts with, folded
  std::span<const Column> columns;    // in the order of docs/data-format.md
};

std::span<const TableKind> table_kinds();
/// The kind whose prefix a CSV file's folded name starts with, or nullopt.
std::optional<FileKind> table_kind_of_name(std::string_view folded_name);
/// Each column's need in a table of this kind, by key.
std::array<Need, key_count> columns_of(FileKind kind);
/// ARS109's message for a CSV file of no known table, naming every prefix.
Message unknown_table_message();

}  // namespace arshjul::detail
