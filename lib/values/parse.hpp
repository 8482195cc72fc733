// Parsers for every value syntax of docs/data-format.md. They judge syntax only:
// what a bad value means for the dataset is decided by the caller.
#pragma once

#include <optional>
#include <string_view>

#include "types/kinds.hpp"
#include "types/values.hpp"

namespace arshjul {

enum class Problem : std::uint8_t {
  none,
  syntax,             // not of the form at all
  no_such_day,        // well formed, but not a calendar day (2026-02-30)
  too_many_decimals,  // an amount with more than two decimals
  out_of_range,       // beyond the limits of the type
};

template <class T>
struct Parsed {
  T value{};
  Problem problem = Problem::none;
  explicit operator bool() const { return problem == Problem::none; }
};

Parsed<Date> parse_date(std::string_view text);
Parsed<Period> parse_period(std::string_view text);  // YYYY-MM or YYYYMM
Parsed<Amount> parse_amount(std::string_view text);
Parsed<Decimal> parse_number(std::string_view text);
Parsed<long> parse_integer(std::string_view text);  // optional '-', digits, at most 9 of them
Parsed<bool> parse_boolean(std::string_view text);

// Enum words, case-insensitive, Swedish alternatives and words without diacritics.
Parsed<UnitType> parse_unit_type(std::string_view text);
Parsed<ReportKind> parse_report_kind(std::string_view text);
Parsed<Direction> parse_direction(std::string_view text);
Parsed<KpiStatus> parse_kpi_status(std::string_view text);  // green yellow red
Parsed<AssignmentStatus> parse_assignment_status(std::string_view text);
Parsed<AssignmentOrigin> parse_assignment_origin(std::string_view text);

/// The accepted words, for messages ("expected one of: …").
std::string_view expected_words_unit_type();
std::string_view expected_words_report_kind();
std::string_view expected_words_direction();
std::string_view expected_words_kpi_status();
std::string_view expected_words_assignment_status();
std::string_view expected_words_assignment_origin();

}  // namespace arshjul
