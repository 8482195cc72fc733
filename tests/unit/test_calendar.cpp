// Working days and due rules, against hand-computed dates.
#include <doctest/doctest.h>

#include "calendar/report_rules.hpp"
#include "calendar/working_days.hpp"
#include "values/parse.hpp"

using namespace arshjul;
using std::chrono::sys_days;

namespace {
Date d(const char* text) { return parse_date(text).value; }
std::string due(const DueRule& rule, Period p, const WorkingCalendar& cal = WorkingCalendar{}) {
  return format_date(due_date(rule, p, cal));
}
const DueRule tio{DueRule::Form::working_days_after, 10};
const DueRule manad{DueRule::Form::working_days_after, 15};
const DueRule arsred{DueRule::Form::date, 0, 2, 15, 1};
}  // namespace

TEST_CASE("Easter Sunday from a published table") {
  // Dates of Easter Sunday (Gregorian), as tabulated in almanacs.
  const std::vector<std::pair<int, const char*>> table{
      {1990, "1990-04-15"}, {1991, "1991-03-31"}, {1995, "1995-04-16"}, {2000, "2000-04-23"}, {2004, "2004-04-11"},
      {2005, "2005-03-27"}, {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"}, {2024, "2024-03-31"},
      {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"}, {2038, "2038-04-25"}, {2035, "2035-03-25"}};
  for (const auto& [year, date] : table) CHECK_MESSAGE(format_date(easter_sunday(year)) == date, year);
}

TEST_CASE("the 2005 change: annandag pingst until 2004, nationaldagen from 2005") {
  const WorkingCalendar cal;
  CHECK_FALSE(cal.is_working_day(d("2004-05-31")));  // annandag pingst 2004
  CHECK(cal.is_working_day(d("2005-05-16")));        // annandag pingst 2005 is a working day
  CHECK(cal.is_working_day(d("2004-06-07")));        // 6 June 2004 was a Sunday; the Monday works
  CHECK_FALSE(cal.is_working_day(d("2005-06-06")));  // nationaldagen, a Monday
  CHECK(cal.is_working_day(d("2003-06-06")));        // a Friday, not yet a holiday
}

TEST_CASE("aftnar and closed days are not working days") {
  const WorkingCalendar cal({d("2026-01-02")});
  CHECK_FALSE(cal.is_working_day(d("2026-06-19")));  // midsommarafton
  CHECK_FALSE(cal.is_working_day(d("2026-12-24")));
  CHECK_FALSE(cal.is_working_day(d("2026-12-31")));
  CHECK_FALSE(cal.is_working_day(d("2026-01-02")));  // klämdag from the organisation file
  CHECK(WorkingCalendar{}.is_working_day(d("2026-01-02")));
}

TEST_CASE("working-day arithmetic") {
  const WorkingCalendar cal;
  CHECK(format_date(cal.next_working_day(d("2026-06-19"))) == "2026-06-22");
  CHECK(format_date(cal.add_working_days(d("2026-04-30"), 1)) == "2026-05-04");
  // Due Friday, sent Saturday or Monday: one working day late.
  CHECK(cal.working_days_between(d("2026-06-12"), cal.next_working_day(d("2026-06-13"))) == 1);
  CHECK(cal.working_days_between(d("2026-06-12"), cal.next_working_day(d("2026-06-15"))) == 1);
  CHECK(cal.working_days_between(d("2026-05-25"), d("2026-06-03")) == 7);
}

TEST_CASE("default due rules at the boundaries that matter, 2024-2027") {
  CHECK(due(tio, {2024, 3}) == "2024-04-15");    // after Easter 2024 (annandag påsk 1 April)
  CHECK(due(tio, {2026, 4}) == "2026-05-18");    // första maj and Kristi himmelsfärd (14 May)
  CHECK(due(manad, {2026, 4}) == "2026-05-25");  // docs/calendar.md's example
  CHECK(due(manad, {2025, 4}) == "2025-05-22");
  CHECK(due(tio, {2025, 5}) == "2025-06-16");    // nationaldagen on a Friday
  CHECK(due(tio, {2026, 5}) == "2026-06-12");    // period end on a Sunday; 6 June a Saturday
  CHECK(due(manad, {2026, 5}) == "2026-06-22");  // across midsommarafton 19 June
  CHECK(due(tio, {2026, 6}) == "2026-07-14");
  CHECK(due(tio, {2026, 1}) == "2026-02-13");  // period end on a Saturday
  CHECK(due(tio, {2026, 11}) == "2026-12-14");
  CHECK(due(manad, {2026, 11}) == "2026-12-21");
  CHECK(due(tio, {2026, 12}) == "2027-01-18");  // nyårsdagen and trettondedag jul
  CHECK(due(tio, {2024, 12}) == "2025-01-16");
  CHECK(due(manad, {2024, 11}) == "2024-12-20");
  CHECK(due(manad, {2026, 8}) == "2026-09-21");    // delårsrapport too
  CHECK(due(arsred, {2026, 12}) == "2027-02-15");  // a Monday
  CHECK(due(arsred, {2025, 12}) == "2026-02-16");  // 15 Feb 2026 is a Sunday
  CHECK(due(arsred, {2024, 12}) == "2025-02-17");  // 15 Feb 2025 is a Saturday
}

TEST_CASE("override forms") {
  CHECK(due({DueRule::Form::days_after, 21}, {2026, 4}) == "2026-05-21");
  CHECK(due({DueRule::Form::days_after, 24}, {2026, 11}) == "2026-12-28");  // julafton, juldagen, weekend
  CHECK(due({DueRule::Form::days_after, 0}, {2026, 5}) == "2026-06-01");    // 31 May is a Sunday
  CHECK(due({DueRule::Form::months_after, 1}, {2026, 1}) == "2026-03-02");  // 28 Feb 2026 is a Saturday
  CHECK(due({DueRule::Form::months_after, 2}, {2026, 8}) ==
        "2026-11-02");  // 31 Oct is a Saturday: the next working day
  CHECK(due({DueRule::Form::date, 0, 2, 28, 1}, {2026, 12}) == "2027-03-01");  // 28 Feb 2027 is a Sunday
  CHECK(due({DueRule::Form::date, 0, 2, 29, 1}, {2026, 12}) == "2027-03-01");  // no 29 Feb: the month's last day
  CHECK(due({DueRule::Form::working_days_after, 1}, {2026, 4}, WorkingCalendar({d("2026-05-04")})) == "2026-05-05");
}

TEST_CASE("which periods are required") {
  const ReportRules rules = default_rules();
  Unit u;
  u.type = UnitType::namnd;
  u.monthly_reports = MonthSet{}.set(2).set(10);
  CHECK(rules.required_months(ReportKind::manadsuppfoljning, u) == MonthSet{}.set(2).set(4).set(8).set(10));
  CHECK(rules.required_months(ReportKind::tiodagarsrapport, u).count() == 11);
  CHECK_FALSE(rules.required_months(ReportKind::tiodagarsrapport, u).test(7));
  u.type = UnitType::bolag;
  CHECK(rules.required_months(ReportKind::tiodagarsrapport, u).none());
  CHECK(rules.required_months(ReportKind::delarsrapport, u) == MonthSet{}.set(8));
  CHECK(rules.required_months(ReportKind::arsredovisning, u) == MonthSet{}.set(12));
  CHECK(is_mandatory(ReportKind::manadsuppfoljning, {2026, 4}));
  CHECK_FALSE(is_mandatory(ReportKind::tiodagarsrapport, {2026, 4}));
}

TEST_CASE("ARS206: overrides that would break the Borås rule or are out of range") {
  Organisation org;
  ReportOverride o;
  o.kind = ReportKind::manadsuppfoljning;
  o.months = std::vector<std::pair<long, Location>>{{3, {}}, {4, {}}, {13, {}}};
  o.applies_to = std::vector<UnitType>{UnitType::bolag};
  org.report_overrides.push_back(o);
  FindingList findings;
  const ReportRules rules = resolve_rules(org, findings);
  REQUIRE(findings.items().size() == 3);  // month 13, August left out, applies_to without nämnd
  for (const Finding& f : findings.items()) CHECK(f.code == Code::ars206);
  CHECK(*rules.of(ReportKind::manadsuppfoljning).months == MonthSet{}.set(3).set(4).set(8));
  CHECK(rules.applies(ReportKind::manadsuppfoljning, UnitType::namnd));
  CHECK(rules.applies(ReportKind::manadsuppfoljning, UnitType::bolag));
}
