#include "values/parse.hpp"

#include <array>
#include <utility>

#include "values/text.hpp"

namespace arshjul {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return !s.empty();
}

// Length of a thousands separator at the start of `s` (space, U+00A0, U+202F), or 0.
std::size_t separator_length(std::string_view s) {
  if (s.starts_with(' ')) return 1;
  if (s.starts_with("\xC2\xA0")) return 2;
  if (s.starts_with("\xE2\x80\xAF")) return 3;
  return 0;
}

// The decimal syntax shared by amounts and numbers: sign, grouped digits,
// optional decimals. Collects the digits without separators.
struct DecimalText {
  bool negative = false;
  std::string integer_digits;
  std::string fraction_digits;
};

std::optional<DecimalText> split_decimal(std::string_view s) {
  s = trim(s);
  DecimalText out;
  if (s.starts_with('-')) {
    out.negative = true;
    s.remove_prefix(1);
  } else if (s.starts_with("\xE2\x88\x92")) {  // U+2212 MINUS SIGN
    out.negative = true;
    s.remove_prefix(3);
  }
  std::size_t group = 0;
  bool grouped = false;
  while (!s.empty()) {
    if (is_digit(s.front())) {
      out.integer_digits.push_back(s.front());
      ++group;
      s.remove_prefix(1);
      continue;
    }
    const std::size_t sep = separator_length(s);
    if (sep == 0) break;
    // A separator follows 1..3 digits (first group) or exactly 3 (later ones)
    // and is followed by exactly three digits.
    if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
    s.remove_prefix(sep);
    if (s.size() < 3 || !all_digits(s.substr(0, 3)) || (s.size() > 3 && is_digit(s[3]))) return std::nullopt;
    grouped = true;
    group = 0;
  }
  if (out.integer_digits.empty()) return std::nullopt;
  if (!s.empty() && (s.front() == '.' || s.front() == ',')) {
    s.remove_prefix(1);
    while (!s.empty() && is_digit(s.front())) {
      out.fraction_digits.push_back(s.front());
      s.remove_prefix(1);
    }
    if (out.fraction_digits.empty()) return std::nullopt;
  }
  if (!s.empty()) return std::nullopt;
  return out;
}

std::string_view strip_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

Wide wide_of(std::string_view digits) {
  Wide v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

template <class E, std::size_t N>
Parsed<E> parse_word(std::string_view text, const std::array<std::pair<std::string_view, E>, N>& words) {
  const std::string folded = fold_word(trim(text));
  for (const auto& [word, value] : words)
    if (folded == word) return {value};
  return {E{}, Problem::syntax};
}

}  // namespace

Parsed<Date> parse_date(std::string_view text) {
  text = trim(text);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
      !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2)))
    return {{}, Problem::syntax};
  const Date d{std::chrono::year{digits_value(text.substr(0, 4))},
               std::chrono::month{static_cast<unsigned>(digits_value(text.substr(5, 2)))},
               std::chrono::day{static_cast<unsigned>(digits_value(text.substr(8, 2)))}};
  if (!d.ok()) return {{}, Problem::no_such_day};
  return {d};
}

Parsed<Period> parse_period(std::string_view text) {
  text = trim(text);
  std::string_view year, month;
  if (text.size() == 7 && text[4] == '-') year = text.substr(0, 4), month = text.substr(5, 2);
  else if (text.size() == 6) year = text.substr(0, 4), month = text.substr(4, 2);
  else return {{}, Problem::syntax};
  if (!all_digits(year) || !all_digits(month)) return {{}, Problem::syntax};
  const Period p{digits_value(year), digits_value(month)};
  if (!p.valid()) return {{}, Problem::no_such_day};
  return {p};
}

Parsed<Amount> parse_amount(std::string_view text) {
  const auto parts = split_decimal(text);
  if (!parts) return {{}, Problem::syntax};
  if (parts->fraction_digits.size() > 2) return {{}, Problem::too_many_decimals};
  const std::string_view integer = strip_leading_zeros(parts->integer_digits);
  if (integer.size() > 17) return {{}, Problem::out_of_range};
  std::string fraction = parts->fraction_digits;
  fraction.resize(2, '0');
  const Wide ore = wide_of(integer) * 100 + wide_of(fraction);
  if (ore > max_amount_ore) return {{}, Problem::out_of_range};
  return {Amount{static_cast<std::int64_t>(parts->negative ? -ore : ore)}};
}

Parsed<Decimal> parse_number(std::string_view text) {
  const auto parts = split_decimal(text);
  if (!parts) return {{}, Problem::syntax};
  const std::string_view integer = strip_leading_zeros(parts->integer_digits);
  if (integer.size() > max_decimal_integer_digits ||
      parts->fraction_digits.size() > static_cast<std::size_t>(max_decimal_scale))
    return {{}, Problem::out_of_range};
  const Wide m = wide_of(integer) * [&] {
    Wide p = 1;
    for (std::size_t i = 0; i < parts->fraction_digits.size(); ++i) p *= 10;
    return p;
  }() + wide_of(parts->fraction_digits);
  return {Decimal{parts->negative ? -m : m, static_cast<int>(parts->fraction_digits.size())}};
}

Parsed<long> parse_integer(std::string_view text) {
  text = trim(text);
  bool negative = false;
  if (text.starts_with('-')) negative = true, text.remove_prefix(1);
  if (!all_digits(text)) return {0, Problem::syntax};
  text = strip_leading_zeros(text);
  if (text.size() > 9) return {0, Problem::out_of_range};
  const long v = digits_value(text);
  return {negative ? -v : v};
}

Parsed<bool> parse_boolean(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, bool>, 8> words{
      {{"true", true}, {"false", false}, {"yes", true}, {"no", false}, {"ja", true}, {"nej", false},
       {"1", true}, {"0", false}}};
  return parse_word(text, words);
}

Parsed<UnitType> parse_unit_type(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, UnitType>, 4> words{
      {{"namnd", UnitType::namnd}, {"bolag", UnitType::bolag}, {"committee", UnitType::namnd},
       {"company", UnitType::bolag}}};
  return parse_word(text, words);
}

Parsed<ReportKind> parse_report_kind(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, ReportKind>, 5> words{
      {{"tiodagarsrapport", ReportKind::tiodagarsrapport}, {"10-dagarsrapport", ReportKind::tiodagarsrapport},
       {"manadsuppfoljning", ReportKind::manadsuppfoljning}, {"delarsrapport", ReportKind::delarsrapport},
       {"arsredovisning", ReportKind::arsredovisning}}};
  return parse_word(text, words);
}

Parsed<Direction> parse_direction(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Direction>, 4> words{
      {{"higher", Direction::higher}, {"lower", Direction::lower}, {"hogre", Direction::higher},
       {"lagre", Direction::lower}}};
  return parse_word(text, words);
}

Parsed<KpiStatus> parse_kpi_status(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, KpiStatus>, 6> words{
      {{"green", KpiStatus::green}, {"yellow", KpiStatus::yellow}, {"red", KpiStatus::red},
       {"gron", KpiStatus::green}, {"gul", KpiStatus::yellow}, {"rod", KpiStatus::red}}};
  return parse_word(text, words);
}

Parsed<AssignmentStatus> parse_assignment_status(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, AssignmentStatus>, 8> words{
      {{"not_started", AssignmentStatus::not_started}, {"ongoing", AssignmentStatus::ongoing},
       {"done", AssignmentStatus::done}, {"cancelled", AssignmentStatus::cancelled},
       {"ej_paborjat", AssignmentStatus::not_started}, {"pagar", AssignmentStatus::ongoing},
       {"klart", AssignmentStatus::done}, {"avbrutet", AssignmentStatus::cancelled}}};
  return parse_word(text, words);
}

Parsed<AssignmentOrigin> parse_assignment_origin(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, AssignmentOrigin>, 3> words{
      {{"kf_budget", AssignmentOrigin::kf_budget}, {"kf_decision", AssignmentOrigin::kf_decision},
       {"namnd", AssignmentOrigin::namnd}}};
  return parse_word(text, words);
}

std::string_view expected_words_unit_type() { return "nämnd, bolag"; }
std::string_view expected_words_report_kind() {
  return "tiodagarsrapport, manadsuppfoljning, delarsrapport, arsredovisning";
}
std::string_view expected_words_direction() { return "higher, lower"; }
std::string_view expected_words_kpi_status() { return "green, yellow, red"; }
std::string_view expected_words_assignment_status() { return "not_started, ongoing, done, cancelled"; }
std::string_view expected_words_assignment_origin() { return "kf_budget, kf_decision, namnd"; }
std::string_view expected_words_boolean() { return "true, false"; }

}  // namespace arshjul
