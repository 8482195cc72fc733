// Messages for values that do not parse: what was wrong and what is right.
#pragma once

#include <string_view>

#include "findings/finding.hpp"
#include "values/parse.hpp"

namespace arshjul {

enum class ValueKind : std::uint8_t { date, period, amount, number, integer, boolean, word, text };

/// "invalid date '2026-02-30' for 'submitted': there is no such day; write YYYY-MM-DD".
/// `expected_words` is used for ValueKind::word.
Message invalid_value(std::string_view key, std::string_view text, ValueKind kind, Problem problem,
                      std::string_view expected_words = {});

/// "required key 'submitted' is missing (a date, YYYY-MM-DD)".
Message missing_key(std::string_view key, ValueKind kind);

/// An id that is not [a-z0-9_-]+, of a KPI, a volume, or an entry of critical_kpis.
enum class RowId : std::uint8_t { kpi, volume, critical_kpi };
Message invalid_row_id(RowId kind, std::string_view id);

/// A volume below zero, and a unit cost below zero (ARS103): both never are.
Message negative_volume(std::string_view key, const Decimal& value);
Message negative_unit_cost();
Message volume_effect_beyond_range();  // ARS103 at the unit cost

/// ARS107's message: the words, and the closest kind where one is near.
Message unknown_report_kind(std::string_view text);

/// How a value of this kind is written, for hints.
std::string_view value_syntax(ValueKind kind, Lang lang);

}  // namespace arshjul
