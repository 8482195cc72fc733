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

// The decimal syntax shared by amounts and numbers: sign, digits grouped by
// spaces (U+0020, U+00A0, U+202F), optional decimals after '.' or ','. One
// pass, no allocation: this runs for every amount of a million-row ledger.
struct DecimalText {
  bool negative = false;
  std::uint64_t integer = 0;       // the integer digits' value while they fit (at most 19 digits)
  std::size_t integer_digits = 0;  // significant, leading zeros not counted
  std::uint64_t fraction = 0;
  std::size_t fraction_digits = 0;
};

// Beyond this many digits every caller refuses the value (out of range), so
// 64 bits hold every value that is used.
constexpr std::size_t max_parsed_digits = 19;

std::optional<DecimalText> split_decimal(std::string_view s) {
  s = trim(s);
  DecimalText out;
  std::size_t i = 0;
  const std::size_t n = s.size();
  if (i < n && s[i] == '-') {
    out.negative = true;
    ++i;
  } else if (n - i >= 3 && s.compare(i, 3, "\xE2\x88\x92") == 0) {  // U+2212 MINUS SIGN
    out.negative = true;
    i += 3;
  }
  std::size_t group = 0, digits = 0;
  bool grouped = false;
  while (i < n) {
    const char c = s[i];
    if (is_digit(c)) {
      if (out.integer_digits > 0 || c != '0') {
        if (out.integer_digits < max_parsed_digits) out.integer = out.integer * 10 + static_cast<unsigned>(c - '0');
        ++out.integer_digits;
      }
      ++group, ++digits, ++i;
      continue;
    }
    if (c != ' ' && c != '\xC2' && c != '\xE2') break;  // cheap test before the full one
    const std::size_t sep = separator_length(s.substr(i));
    if (sep == 0) break;
    // A separator follows 1..3 digits (first group) or exactly 3 (later ones)
    // and is followed by exactly three digits.
    if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
    i += sep;
    if (n - i < 3 || !is_digit(s[i]) || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) || (n - i > 3 && is_digit(s[i + 3])))
      return std::nullopt;
    grouped = true;
    group = 0;
  }
  if (digits == 0) return std::nullopt;
  if (i < n && (s[i] == '.' || s[i] == ',')) {
    ++i;
    const std::size_t start = i;
    while (i < n && is_digit(s[i])) {
      if (out.fraction_digits < max_parsed_digits) out.fraction = out.fraction * 10 + static_cast<unsigned>(s[i] - '0');
      ++out.fraction_digits;
      ++i;
    }
    if (i == start) return std::nullopt;
  }
  if (i != n) return std::nullopt;
  return out;
}

Wide power_of_ten(std::size_t k) {
  Wide p = 1;
  while (k-- > 0) p *= 10;
  return p;
}

std::string_view strip_leading_zeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return digits;
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
  if (text.size() == 7 && text[4] == '-')
    year = text.substr(0, 4), month = text.substr(5, 2);
  else if (text.size() == 6)
    year = text.substr(0, 4), month = text.substr(4, 2);
  else
    return {{}, Problem::syntax};
  if (!all_digits(year) || !all_digits(month)) return {{}, Problem::syntax};
  const Period p{digits_value(year), digits_value(month)};
  if (!p.valid()) return {{}, Problem::no_such_day};
  return {p};
}

namespace {
// "567 626 000 kr", "12,50 SEK": the currency after an amount, any case, after an optional space.
std::string_view without_currency(std::string_view text) {
  text = trim(text);
  // Nearly every amount ends in a digit: one look at the last byte first.
  const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
  if (text.size() < 3 || (lower(text.back()) != 'r' && lower(text.back()) != 'k')) return text;
  for (std::string_view unit : {std::string_view{"kr"}, std::string_view{"sek"}}) {
    if (text.size() <= unit.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < unit.size(); ++i) same = same && lower(text[text.size() - unit.size() + i]) == unit[i];
    if (!same) continue;
    std::string_view rest = text.substr(0, text.size() - unit.size());
    if (rest.ends_with(' '))
      rest.remove_suffix(1);
    else if (rest.ends_with("\xC2\xA0"))
      rest.remove_suffix(2);
    else if (rest.ends_with("\xE2\x80\xAF"))
      rest.remove_suffix(3);
    // A digit must end what is left: "kr" alone, or "12 x kr", is no amount.
    if (!rest.empty() && rest.back() >= '0' && rest.back() <= '9') return rest;
  }
  return text;
}
}  // namespace

Parsed<Amount> parse_amount(std::string_view text) {
  const auto parts = split_decimal(without_currency(text));
  if (!parts) return {{}, Problem::syntax};
  if (parts->fraction_digits > 2) return {{}, Problem::too_many_decimals};
  if (parts->integer_digits > 15) return {{}, Problem::out_of_range};
  const Wide ore = Wide{parts->integer} * 100 + Wide{parts->fraction} * (parts->fraction_digits == 1 ? 10 : 1);
  if (ore > max_amount_ore) return {{}, Problem::out_of_range};
  return {Amount{static_cast<std::int64_t>(parts->negative ? -ore : ore)}};
}

Parsed<Decimal> parse_number(std::string_view text) {
  const auto parts = split_decimal(text);
  if (!parts) return {{}, Problem::syntax};
  if (parts->integer_digits > max_decimal_integer_digits ||
      parts->fraction_digits > static_cast<std::size_t>(max_decimal_scale))
    return {{}, Problem::out_of_range};
  const Wide m = Wide{parts->integer} * power_of_ten(parts->fraction_digits) + Wide{parts->fraction};
  return {Decimal{parts->negative ? -m : m, static_cast<int>(parts->fraction_digits)}};
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
  static constexpr std::array<std::pair<std::string_view, bool>, 8> words{{{"true", true},
                                                                           {"false", false},
                                                                           {"yes", true},
                                                                           {"no", false},
                                                                           {"ja", true},
                                                                           {"nej", false},
                                                                           {"1", true},
                                                                           {"0", false}}};
  return parse_word(text, words);
}

Parsed<UnitType> parse_unit_type(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, UnitType>, 4> words{{{"namnd", UnitType::namnd},
                                                                               {"bolag", UnitType::bolag},
                                                                               {"committee", UnitType::namnd},
                                                                               {"company", UnitType::bolag}}};
  return parse_word(text, words);
}

Parsed<ReportKind> parse_report_kind(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, ReportKind>, 5> words{
      {{"tiodagarsrapport", ReportKind::tiodagarsrapport},
       {"10-dagarsrapport", ReportKind::tiodagarsrapport},
       {"manadsuppfoljning", ReportKind::manadsuppfoljning},
       {"delarsrapport", ReportKind::delarsrapport},
       {"arsredovisning", ReportKind::arsredovisning}}};
  return parse_word(text, words);
}

Parsed<Direction> parse_direction(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, Direction>, 4> words{{{"higher", Direction::higher},
                                                                                {"lower", Direction::lower},
                                                                                {"hogre", Direction::higher},
                                                                                {"lagre", Direction::lower}}};
  return parse_word(text, words);
}

Parsed<KpiStatus> parse_kpi_status(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, KpiStatus>, 6> words{{{"green", KpiStatus::green},
                                                                                {"yellow", KpiStatus::yellow},
                                                                                {"red", KpiStatus::red},
                                                                                {"gron", KpiStatus::green},
                                                                                {"gul", KpiStatus::yellow},
                                                                                {"rod", KpiStatus::red}}};
  return parse_word(text, words);
}

Parsed<AssignmentStatus> parse_assignment_status(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, AssignmentStatus>, 8> words{
      {{"not_started", AssignmentStatus::not_started},
       {"ongoing", AssignmentStatus::ongoing},
       {"done", AssignmentStatus::done},
       {"cancelled", AssignmentStatus::cancelled},
       {"ej_paborjat", AssignmentStatus::not_started},
       {"pagar", AssignmentStatus::ongoing},
       {"klart", AssignmentStatus::done},
       {"avbrutet", AssignmentStatus::cancelled}}};
  return parse_word(text, words);
}

Parsed<AssignmentOrigin> parse_assignment_origin(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, AssignmentOrigin>, 3> words{
      {{"kf_budget", AssignmentOrigin::kf_budget},
       {"kf_decision", AssignmentOrigin::kf_decision},
       {"namnd", AssignmentOrigin::namnd}}};
  return parse_word(text, words);
}

std::string_view expected_words_unit_type() { return "nämnd, bolag (committee, company)"; }
std::string_view expected_words_report_kind() {
  return "tiodagarsrapport, manadsuppfoljning, delarsrapport, arsredovisning";  // also with å ä ö, ARS107 says
}
std::string_view expected_words_direction() { return "higher, lower (högre, lägre)"; }
std::string_view expected_words_kpi_status() { return "green, yellow, red (grön, gul, röd)"; }
std::string_view expected_words_assignment_status() {
  return "not_started, ongoing, done, cancelled (ej_påbörjat, pågår, klart, avbrutet)";
}
std::string_view expected_words_assignment_origin() { return "kf_budget, kf_decision, namnd (nämnd)"; }

}  // namespace arshjul
