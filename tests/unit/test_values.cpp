// Every value syntax of docs/data-format.md, valid and invalid.
#include <doctest/doctest.h>

#include "values/format.hpp"
#include "values/parse.hpp"
#include "values/text.hpp"

using namespace arshjul;

namespace {
std::int64_t ore(std::string_view s) {
  const auto a = parse_amount(s);
  REQUIRE_MESSAGE(a, s);
  return a.value.ore;
}
Problem amount_problem(std::string_view s) { return parse_amount(s).problem; }
Decimal number(std::string_view s) {
  const auto n = parse_number(s);
  REQUIRE_MESSAGE(n, s);
  return n.value;
}
}  // namespace

TEST_CASE("dates are YYYY-MM-DD and real calendar days") {
  const auto d = parse_date("2026-05-20");
  REQUIRE(d);
  CHECK(format_date(d.value) == "2026-05-20");
  CHECK(parse_date(" 2024-02-29 "));
  CHECK(parse_date("2026-02-30").problem == Problem::no_such_day);
  CHECK(parse_date("2025-02-29").problem == Problem::no_such_day);
  CHECK(parse_date("2026-13-01").problem == Problem::no_such_day);
  CHECK(parse_date("2026-5-20").problem == Problem::syntax);
  CHECK(parse_date("20260520").problem == Problem::syntax);
  CHECK(parse_date("2026/05/20").problem == Problem::syntax);
  CHECK(parse_date("").problem == Problem::syntax);
}

TEST_CASE("periods are YYYY-MM or YYYYMM") {
  CHECK(parse_period("2026-04").value == Period{2026, 4});
  CHECK(parse_period("202604").value == Period{2026, 4});
  CHECK(parse_period("2026-00").problem == Problem::no_such_day);
  CHECK(parse_period("202613").problem == Problem::no_such_day);
  CHECK(parse_period("2026-4").problem == Problem::syntax);
  CHECK(parse_period("26-04").problem == Problem::syntax);
  CHECK(parse_period("2026-04-01").problem == Problem::syntax);
}

TEST_CASE("amounts: separators, decimals, signs") {
  CHECK(ore("612300000") == 61230000000);
  CHECK(ore("12.5") == 1250);
  CHECK(ore("12,5") == 1250);
  CHECK(ore("-1 234 567,50") == -123456750);
  CHECK(ore("1\xC2\xA0"
            "234") == 123400);  // U+00A0
  CHECK(ore("1\xE2\x80\xAF"
            "234,05") == 123405);  // U+202F
  CHECK(ore("\xE2\x88\x92"
            "5") == -500);  // U+2212 minus
  CHECK(ore("0,01") == 1);
  CHECK(ore("-0") == 0);
  CHECK(ore("900000000000000") == 90'000'000'000'000'000);
  CHECK(ore("-900 000 000 000 000,00") == -90'000'000'000'000'000);
}

TEST_CASE("amounts may end in kr or SEK, in any case, after an optional space") {
  CHECK(ore("567 626 000 kr") == 56'762'600'000);
  CHECK(ore("12,50kr") == 1250);
  CHECK(ore("-12 SEK") == -1200);
  CHECK(ore("12\u00A0Kr") == 1200);
  CHECK(ore("1 000 sek") == 100000);
}

TEST_CASE("amounts: what is refused") {
  CHECK(amount_problem("1,234") == Problem::too_many_decimals);
  CHECK(amount_problem("0.001") == Problem::too_many_decimals);
  CHECK(amount_problem("900000000000000,01") == Problem::out_of_range);
  CHECK(amount_problem("99999999999999999999999") == Problem::out_of_range);
  CHECK(amount_problem("12 34") == Problem::syntax);     // a group of two
  CHECK(amount_problem("1234 567") == Problem::syntax);  // a first group of four
  CHECK(amount_problem("1 234 5678") == Problem::syntax);
  CHECK(amount_problem("+5") == Problem::syntax);
  CHECK(amount_problem("5,") == Problem::syntax);
  CHECK(amount_problem(",5") == Problem::syntax);
  CHECK(amount_problem("1e6") == Problem::syntax);
  CHECK(amount_problem("kr") == Problem::syntax);
  CHECK(amount_problem("12 x kr") == Problem::syntax);
  CHECK(amount_problem("12 kronor") == Problem::syntax);
  CHECK(amount_problem("12  kr") == Problem::syntax);  // one space at most
  CHECK(amount_problem("") == Problem::syntax);
  CHECK(amount_problem("-") == Problem::syntax);
  CHECK(amount_problem("1.234,5") == Problem::syntax);
}

TEST_CASE("numbers are exact decimals") {
  CHECK(number("7,25") == Decimal{725, 2});
  CHECK(number("7.250") == Decimal{725, 2});
  CHECK(number("-0,5") == Decimal{-5, 1});
  CHECK(number("1 000,125") == Decimal{1000125, 3});
  CHECK(number("0.1") + number("0.2") == number("0.3"));
  CHECK(number("0.9") < number("1.1"));
  CHECK(number("1.1") - number("0.2") == number("0.9"));
  CHECK(parse_number("1234567890123456789").problem == Problem::out_of_range);
  CHECK(parse_number("0.1234567890123456789").problem == Problem::out_of_range);
  CHECK(parse_number("abc").problem == Problem::syntax);
  CHECK(format_decimal_plain(number("-0,05")) == "-0.05");
}

TEST_CASE("booleans in English and Swedish") {
  for (const char* yes : {"true", "TRUE", "yes", "Ja", "1"}) CHECK(parse_boolean(yes).value);
  for (const char* no : {"false", "No", "nej", "NEJ", "0"}) CHECK_FALSE(parse_boolean(no).value);
  CHECK(parse_boolean("kanske").problem == Problem::syntax);
  CHECK(parse_boolean("").problem == Problem::syntax);
}

TEST_CASE("enum words with Swedish alternatives, any case, without diacritics") {
  CHECK(parse_unit_type("nämnd").value == UnitType::namnd);
  CHECK(parse_unit_type("NAMND").value == UnitType::namnd);
  CHECK(parse_unit_type("committee").value == UnitType::namnd);
  CHECK(parse_unit_type("Company").value == UnitType::bolag);
  CHECK_FALSE(parse_unit_type("förvaltning"));
  CHECK(parse_report_kind("10-dagarsrapport").value == ReportKind::tiodagarsrapport);
  CHECK(parse_report_kind("Månadsuppföljning").value == ReportKind::manadsuppfoljning);
  CHECK(parse_report_kind("delårsrapport").value == ReportKind::delarsrapport);
  CHECK(parse_report_kind("ÅRSREDOVISNING").value == ReportKind::arsredovisning);
  CHECK_FALSE(parse_report_kind("kvartalsrapport"));
  CHECK(parse_direction("högre").value == Direction::higher);
  CHECK(parse_direction("lagre").value == Direction::lower);
  CHECK(parse_assignment_status("ej_påbörjat").value == AssignmentStatus::not_started);
  CHECK(parse_assignment_status("pågår").value == AssignmentStatus::ongoing);
  CHECK(parse_assignment_status("pagar").value == AssignmentStatus::ongoing);
  CHECK(parse_assignment_status("Klart").value == AssignmentStatus::done);
  CHECK(parse_assignment_status("avbrutet").value == AssignmentStatus::cancelled);
  CHECK(parse_kpi_status("grön").value == KpiStatus::green);
  CHECK(parse_kpi_status("gron").value == KpiStatus::green);
  CHECK(parse_kpi_status("röd").value == KpiStatus::red);
  CHECK(parse_kpi_status("Gul").value == KpiStatus::yellow);
  CHECK_FALSE(parse_kpi_status("missing"));
  CHECK(parse_assignment_origin("nämnd").value == AssignmentOrigin::namnd);
  CHECK(parse_assignment_origin("kf_budget").value == AssignmentOrigin::kf_budget);
}

TEST_CASE("number formats per language") {
  CHECK(format_integer(1234567, Lang::sv) ==
        "1\xC2\xA0"
        "234\xC2\xA0"
        "567");
  CHECK(format_integer(-1234567, Lang::en) == "-1,234,567");
  CHECK(format_tkr(150'000, Lang::en) == "2");  // 1.5 tkr rounds away from zero
  CHECK(format_tkr(-150'000, Lang::en) == "-2");
  CHECK(format_tkr(149'999, Lang::en) == "1");
  CHECK(format_percent(15, 1000, Lang::sv) == "1,5\xC2\xA0%");
  CHECK(format_percent(-15, 1000, Lang::en) == "-1.5%");
  CHECK(format_decimal(Decimal{725, 2}, Lang::sv) == "7,25");
  CHECK(format_quantity(Decimal{75, 1}, "%", Lang::sv) == "7,5\xC2\xA0%");
  CHECK(format_quantity(Decimal{75, 1}, "%", Lang::en) == "7.5%");
  CHECK(format_quantity(Decimal{12, 0}, "st", Lang::sv) == "12\xC2\xA0st");
  CHECK(format_quantity(Decimal{12, 0}, "st", Lang::en) == "12 st");
  CHECK(format_quantity(Decimal{12, 0}, "", Lang::en) == "12");
}

TEST_CASE("text helpers") {
  CHECK(count_code_points("Förskolenämnden") == 15);
  CHECK(fold_word("Månadsuppföljning") == "manadsuppfoljning");
  CHECK(fold_word("ÅÄÖ éü") == "aao eu");
  CHECK(find_invalid_utf8("ok åäö") == std::string_view::npos);
  CHECK(find_invalid_utf8("ab\xE5"
                          "c") == 2);             // Latin-1 å
  CHECK(find_invalid_utf8("\xC0\x80") == 0);      // overlong
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);  // surrogate
  CHECK(find_invalid_utf8("x\xE2\x82") == 1);     // truncated
  std::string out;
  append_windows_1252_as_utf8("\xE5\x80\x96", out);  // å € –
  CHECK(out == "å€–");
  CHECK(shorten("abcdef", 4) == "abc…");
  CHECK(shorten("abc", 4) == "abc");
}

TEST_CASE("percentages of huge operands do not overflow (found by fuzzing)") {
  const Wide big = Wide{1} << 120;
  CHECK(format_percent(big, big, Lang::en) == "100.0%");
  CHECK(format_percent(-big, big / 2, Lang::en) == "-200.0%");
  CHECK(format_percent(1, big, Lang::en) == "0.0%");
}

TEST_CASE("unit names compare after simple case folding, NFC and spaces") {
  CHECK(fold_name("Kulturnämnden") == fold_name("kulturnämnden"));
  CHECK(fold_name("  KULTURNÄMNDEN ") == fold_name("Kulturnämnden"));
  CHECK(fold_name("Kulturna\u0308mnden") == fold_name("Kulturnämnden"));  // decomposed ä
  CHECK(fold_name("Borås\u00A0Elnät  AB") == fold_name("borås elnät ab"));
  CHECK(fold_name("Vård\u202Foch omsorg") == "vård och omsorg");
  CHECK(fold_name("Straße") != fold_name("Strasse"));  // simple folding keeps ß
  CHECK(fold_name("STRAẞE") == fold_name("straße"));
  CHECK(fold_name("Kultur nämnden") != fold_name("Kulturnämnden"));
  CHECK(fold_name("\xE4") == "\xE4");  // not UTF-8: itself
}

TEST_CASE("suggestions: the closest within edit distance 2, the first of a tie") {
  CHECK(edit_distance("forcast", "forecast") == 1);
  CHECK(edit_distance("kulturnämden", "kulturnämnden") == 1);
  CHECK(edit_distance("", "abc") == 3);
  const std::string_view keys[]{"line", "budget", "outcome", "forecast", "measures", "utfall", "prognos"};
  CHECK(closest("forcast", keys) == "forecast");
  CHECK(closest("Budgt", keys) == "budget");
  CHECK(closest("progn", keys) == "prognos");
  CHECK(closest("kommentar", keys).empty());
  const std::string_view tie[]{"rad", "mal"};
  CHECK(closest("ral", tie) == "rad");
}
