#include "findings/value_messages.hpp"

#include <fmt/format.h>

#include "values/text.hpp"

namespace arshjul {

namespace {
// Each kind of value: how it is written, and what a wrong one is called.
struct KindWords {
  ValueKind kind;
  std::string_view syntax_sv, syntax_en, invalid_sv, invalid_en;
};
constexpr KindWords kind_words[]{
    {ValueKind::date, "ett datum, ÅÅÅÅ-MM-DD", "a date, YYYY-MM-DD", "ogiltigt datum", "invalid date"},
    {ValueKind::period, "en period, ÅÅÅÅ-MM eller ÅÅÅÅMM", "a period, YYYY-MM or YYYYMM", "ogiltig period",
     "invalid period"},
    {ValueKind::amount, "ett belopp i kr, t.ex. 1 234 567,50", "an amount in kr, e.g. 1 234 567,50", "ogiltigt belopp",
     "invalid amount"},
    {ValueKind::number, "ett tal, t.ex. 7,25", "a number, e.g. 7,25", "ogiltigt tal", "invalid number"},
    {ValueKind::integer, "ett heltal", "a whole number", "ogiltigt heltal", "invalid whole number"},
    {ValueKind::boolean, "ja eller nej (true/false)", "true or false (ja/nej)", "ogiltigt sanningsvärde",
     "invalid boolean"},
    {ValueKind::word, "ett av de tillåtna orden", "one of the allowed words", "ogiltigt värde", "invalid value"},
    {ValueKind::text, "en text", "a text", "ogiltig text", "invalid text"},
};
static_assert(std::size(kind_words) == static_cast<std::size_t>(ValueKind::text) + 1, "a row for every ValueKind");
static_assert(
    [] {
      for (std::size_t i = 0; i < std::size(kind_words); ++i)
        if (kind_words[i].kind != static_cast<ValueKind>(i)) return false;
      return true;
    }(),
    "the rows in ValueKind's order");

const KindWords& words(ValueKind kind) { return kind_words[static_cast<std::size_t>(kind)]; }
std::string_view invalid_phrase(ValueKind kind, Lang lang) {
  return lang == Lang::sv ? words(kind).invalid_sv : words(kind).invalid_en;
}
}  // namespace

std::string_view value_syntax(ValueKind kind, Lang lang) {
  return lang == Lang::sv ? words(kind).syntax_sv : words(kind).syntax_en;
}

namespace {
std::string why(ValueKind kind, Problem problem, Lang lang, std::string_view expected_words) {
  const bool sv = lang == Lang::sv;
  switch (problem) {
    case Problem::no_such_day:
      return kind == ValueKind::period ? (sv ? "månaden ska vara 01–12" : "the month must be 01..12")
                                       : (sv ? "den dagen finns inte" : "there is no such day");
    case Problem::too_many_decimals: return sv ? "högst två decimaler (hela ören)" : "at most two decimals (whole öre)";
    case Problem::out_of_range:
      return kind == ValueKind::amount
                 ? (sv ? "beloppet är större än ±900 biljoner kr" : "the amount is beyond ±900 trillion kr")
                 : (sv ? "talet har för många siffror (högst 18 heltal och 18 decimaler)"
                       : "the number has too many digits (at most 18 before and 18 after the decimal point)");
    case Problem::none:
    case Problem::syntax: break;
  }
  if (kind == ValueKind::word) return fmt::format("{} {}", sv ? "skriv ett av" : "write one of", expected_words);
  return fmt::format("{} {}", sv ? "skriv" : "write", value_syntax(kind, lang));
}
}  // namespace

Message invalid_value(std::string_view key, std::string_view text, ValueKind kind, Problem problem,
                      std::string_view expected_words) {
  const std::string shown = shorten(text, 60);
  return {fmt::format("{} '{}' i '{}': {}", invalid_phrase(kind, Lang::sv), shown, key,
                      why(kind, problem, Lang::sv, expected_words)),
          fmt::format("{} '{}' for '{}': {}", invalid_phrase(kind, Lang::en), shown, key,
                      why(kind, problem, Lang::en, expected_words))};
}

Message missing_key(std::string_view key, ValueKind kind) {
  return {fmt::format("obligatoriska nyckeln '{}' saknas ({})", key, value_syntax(kind, Lang::sv)),
          fmt::format("required key '{}' is missing ({})", key, value_syntax(kind, Lang::en))};
}

Message unknown_report_kind(std::string_view text) {
  static constexpr std::string_view kinds[]{"tiodagarsrapport", "manadsuppfoljning", "delarsrapport", "arsredovisning"};
  const std::string_view near = closest(text, kinds);
  const std::string shown = shorten(text, 60);
  if (!near.empty())
    return Message::format("okänd rapporttyp '{}'; menade du '{}'? (skriv en av {})",
                           "unknown report kind '{}'; did you mean '{}'? (write one of {})", shown, near,
                           expected_words_report_kind());
  return Message::format("okänd rapporttyp '{}'; skriv en av {}", "unknown report kind '{}'; write one of {}", shown,
                         expected_words_report_kind());
}

Message invalid_row_id(RowId kind, std::string_view id) {
  const std::string shown = shorten(id, 60);
  switch (kind) {
    case RowId::kpi:
      return Message::format("ogiltigt nyckeltals-id '{}': använd a-z, 0-9, _ och -",
                             "invalid KPI id '{}': use a-z, 0-9, _ and -", shown);
    case RowId::volume:
      return Message::format("ogiltigt volym-id '{}': använd a-z, 0-9, _ och -",
                             "invalid volume id '{}': use a-z, 0-9, _ and -", shown);
    case RowId::critical_kpi: break;
  }
  return Message::format("ogiltigt nyckeltals-id '{}' i critical_kpis: använd a-z, 0-9, _ och -",
                         "invalid KPI id '{}' in critical_kpis: use a-z, 0-9, _ and -", shown);
}

Message negative_volume(std::string_view key, const Decimal& value) {
  return Message::format("'{}' är {}: en volym är aldrig negativ", "'{}' is {}: a volume is never negative", key,
                         format_decimal_plain(value));
}

Message negative_unit_cost() {
  return {"'unit_cost' (styckkostnad) kan inte vara negativ", "'unit_cost' cannot be negative"};
}

Message volume_effect_beyond_range() {
  return {
      "volymeffekten (budget − prognos) × 'unit_cost' ligger utanför beloppsgränsen ±900 biljoner kr; kontrollera "
      "volymerna och styckkostnaden",
      "the volume effect (budget − forecast) × 'unit_cost' lies beyond the amount limit of ±900 trillion kr; check "
      "the volumes and the unit cost"};
}

}  // namespace arshjul
