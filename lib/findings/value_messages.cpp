#include "findings/value_messages.hpp"

#include <fmt/format.h>

#include "values/text.hpp"

namespace arshjul {

std::string_view value_syntax(ValueKind kind, Lang lang) {
  const bool sv = lang == Lang::sv;
  switch (kind) {
    case ValueKind::date: return sv ? "ett datum, ÅÅÅÅ-MM-DD" : "a date, YYYY-MM-DD";
    case ValueKind::period: return sv ? "en period, ÅÅÅÅ-MM eller ÅÅÅÅMM" : "a period, YYYY-MM or YYYYMM";
    case ValueKind::amount: return sv ? "ett belopp i kr, t.ex. 1 234 567,50" : "an amount in kr, e.g. 1 234 567,50";
    case ValueKind::number: return sv ? "ett tal, t.ex. 7,25" : "a number, e.g. 7,25";
    case ValueKind::integer: return sv ? "ett heltal" : "a whole number";
    case ValueKind::boolean: return sv ? "ja eller nej (true/false)" : "true or false (ja/nej)";
    case ValueKind::word: return sv ? "ett av de tillåtna orden" : "one of the allowed words";
    case ValueKind::text: return sv ? "en text" : "a text";
  }
  return {};
}

namespace {
std::string_view invalid_phrase(ValueKind kind, Lang lang) {
  const bool sv = lang == Lang::sv;
  switch (kind) {
    case ValueKind::date: return sv ? "ogiltigt datum" : "invalid date";
    case ValueKind::period: return sv ? "ogiltig period" : "invalid period";
    case ValueKind::amount: return sv ? "ogiltigt belopp" : "invalid amount";
    case ValueKind::number: return sv ? "ogiltigt tal" : "invalid number";
    case ValueKind::integer: return sv ? "ogiltigt heltal" : "invalid whole number";
    case ValueKind::boolean: return sv ? "ogiltigt sanningsvärde" : "invalid boolean";
    case ValueKind::word: return sv ? "ogiltigt värde" : "invalid value";
    case ValueKind::text: return sv ? "ogiltig text" : "invalid text";
  }
  return {};
}

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

}  // namespace arshjul
