// The columns of the CSV tables of docs/data-format.md, one table of them:
// each column's key and its English and Swedish headers. The tables that use
// them are in csv_rows.cpp.
#pragma once

#include <array>
#include <optional>
#include <string_view>

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
  volume,
  unit_cost,
  count_
};
constexpr std::size_t key_count = static_cast<std::size_t>(Key::count_);

/// The headers a column is known by: English, or Swedish and its common export
/// variants (`utfall ack.`, `helårsprognos`), in any case, with or without diacritics.
std::string_view english_header(Key key);
std::string_view swedish_header(Key key);
std::optional<Key> key_of_header(std::string_view cell);

enum class Need : std::uint8_t { none, optional, required };
struct Column {
  Key key;
  Need need;
};

}  // namespace arshjul::detail
