#include "calendar/report_rules.hpp"

#include <fmt/format.h>

namespace arshjul {

using namespace std::chrono;

namespace {
constexpr std::size_t april = 4, august = 8;

MonthSet months_of(std::initializer_list<int> months) {
  MonthSet s;
  for (int m : months) s.set(static_cast<std::size_t>(m));
  return s;
}
}  // namespace

bool is_mandatory(ReportKind kind, Period period) {
  return kind == ReportKind::manadsuppfoljning && (period.month == 4 || period.month == 8);
}

MonthSet ReportRules::required_months(ReportKind k, const Unit& unit) const {
  const KindRule& rule = of(k);
  if (!applies(k, unit.type)) return {};
  if (rule.months) return *rule.months;
  MonthSet months = unit.monthly_reports.value_or(MonthSet{});
  months.set(april).set(august);
  return months;
}

ReportRules default_rules() {
  ReportRules r;
  using Form = DueRule::Form;
  r.kinds[0] = {months_of({1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12}), {true, false}, {Form::working_days_after, 10}};
  r.kinds[1] = {std::nullopt, {true, true}, {Form::working_days_after, 15}};
  r.kinds[2] = {months_of({8}), {true, true}, {Form::working_days_after, 15}};
  r.kinds[3] = {months_of({12}), {true, true}, {Form::date, 0, 2, 15, 1}};
  return r;
}

ReportRules resolve_rules(const Organisation& org, FindingList& findings) {
  ReportRules rules = default_rules();
  for (const ReportOverride& o : org.report_overrides) {
    KindRule& rule = rules.kinds[static_cast<std::size_t>(o.kind)];
    const Subject about{-1, o.kind, std::nullopt, {}, {}};
    if (o.months) {
      MonthSet months;
      for (const auto& [month, where] : *o.months) {
        if (month >= 1 && month <= 12) {
          months.set(static_cast<std::size_t>(month));
          continue;
        }
        findings.add(Code::ars206, where,
                     {"en månad ska vara ett heltal 1–12; värdet ignoreras",
                      "a month must be a whole number 1..12; the value is ignored"},
                     about);
      }
      if (o.kind == ReportKind::manadsuppfoljning && !(months.test(april) && months.test(august))) {
        findings.add(Code::ars206, o.months_where,
                     {"april och augusti kan inte göras frivilliga för månadsuppföljningen (Borås regel); de läggs "
                      "till igen",
                      "April and August cannot be made optional for the monthly follow-up (the Borås rule); they are "
                      "added back"},
                     about);
        months.set(april).set(august);
      }
      rule.months = months;
    }
    if (o.applies_to) {
      rule.applies_to = {};
      for (UnitType t : *o.applies_to) rule.applies_to[static_cast<std::size_t>(t)] = true;
      if (o.kind == ReportKind::manadsuppfoljning && !rule.applies_to[static_cast<std::size_t>(UnitType::namnd)]) {
        findings.add(Code::ars206, o.applies_to_where,
                     {"månadsuppföljningen binder nämnderna: applies_to måste innehålla nämnd; den läggs till",
                      "the monthly follow-up binds the committees: applies_to must include nämnd; it is added"},
                     about);
        rule.applies_to[static_cast<std::size_t>(UnitType::namnd)] = true;
      }
    }
    if (o.due) rule.due = *o.due;
  }
  return rules;
}

Date due_date(const DueRule& rule, Period period, const WorkingCalendar& calendar) {
  const Date end = period_end(period);
  switch (rule.form) {
    case DueRule::Form::working_days_after: return calendar.add_working_days(end, rule.count);
    case DueRule::Form::days_after: return calendar.next_working_day(sys_days{end} + days{rule.count});
    case DueRule::Form::months_after: {
      const year_month target = year_month{end.year(), end.month()} + months{rule.count};
      const Date last = year_month_day_last{target.year(), month_day_last{target.month()}};
      const Date same{target.year(), target.month(), end.day()};
      return calendar.next_working_day(same.ok() ? same : last);
    }
    case DueRule::Form::date: {
      const year y{period.year + rule.year_offset};
      Date d{y, month{static_cast<unsigned>(rule.month)}, day{static_cast<unsigned>(rule.day)}};
      if (!d.ok()) d = year_month_day_last{y, month_day_last{d.month()}};  // 02-29 in a common year
      return calendar.next_working_day(d);
    }
  }
  return end;
}

}  // namespace arshjul
