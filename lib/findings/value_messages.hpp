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

/// ARS107's message: the words, and the closest kind where one is near.
Message unknown_report_kind(std::string_view text);

/// How a value of this kind is written, for hints.
std::string_view value_syntax(ValueKind kind, Lang lang);

}  // namespace arshjul
