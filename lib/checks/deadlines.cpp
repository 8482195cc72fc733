#include <fmt/format.h>

#include "checks/checks.hpp"
#include "values/format.hpp"

namespace arshjul {

std::string_view unit_name(const CheckInput& in, int unit) {
  return in.dataset.organisation->units[static_cast<std::size_t>(unit)].name;
}

namespace {
using std::chrono::sys_days;

std::string days_word(int n, Lang lang) {
  if (lang == Lang::sv) return fmt::format("{} {}", n, n == 1 ? "arbetsdag" : "arbetsdagar");
  return fmt::format("{} {}", n, n == 1 ? "working day" : "working days");
}

void missing(const CheckInput& in, const ReportStatus& r, FindingList& out) {
  const Unit& unit = in.dataset.organisation->units[static_cast<std::size_t>(r.unit)];
  const Subject about{r.unit, r.kind, r.period, {}, {}};
  if (r.mandatory) {
    out.add(Code::ars201, unit.where,
            {fmt::format("{}: den obligatoriska månadsuppföljningen för {} saknas (sista dag {})", unit.name,
                         format_period_words(r.period, Lang::sv), format_date(r.due)),
             fmt::format("{}: the mandatory monthly follow-up for {} is missing (due {})", unit.name,
                         format_period_words(r.period, Lang::en), format_date(r.due))},
            about);
    return;
  }
  out.add(Code::ars202, unit.where,
          {fmt::format("{}: {} saknas (sista dag {})", unit.name, format_report(r.kind, r.period, Lang::sv),
                       format_date(r.due)),
           fmt::format("{}: {} is missing (due {})", unit.name, format_report(r.kind, r.period, Lang::en),
                       format_date(r.due))},
          about);
}

void future_date(const CheckInput& in, std::string_view key, Date d, Location where, const Subject& about,
                 FindingList& out) {
  if (sys_days{d} <= sys_days{in.as_of}) return;
  out.add(Code::ars207, where,
          Message::format("{} {} ligger efter utvärderingsdagen {}; rätta datumet eller ange --as-of",
                          "{} {} is after the as-of date {}; correct the date or give --as-of", key, format_date(d),
                          format_date(in.as_of)),
          about);
}
}  // namespace

void check_deadlines(const CheckInput& in, FindingList& out) {
  if (!in.dataset.organisation) return;
  const Organisation& org = *in.dataset.organisation;
  for (const ReportStatus& r : in.reports) {
    if (r.state == ReportState::missing) {
      missing(in, r, out);
      continue;
    }
    if (r.submission < 0) continue;
    const Submission& s = in.dataset.submissions[static_cast<std::size_t>(r.submission)];
    const Subject about{r.unit, r.kind, r.period, {}, {}};
    if (r.state == ReportState::late)
      out.add(Code::ars203, s.submitted_where,
              {fmt::format("{}, {}: inlämnad {}, {} efter sista dagen {}", unit_name(in, r.unit),
                           format_report(r.kind, r.period, Lang::sv), format_date(s.submitted),
                           days_word(r.working_days_late, Lang::sv), format_date(r.due)),
               fmt::format("{}, {}: submitted {} is {} after the due date {}", unit_name(in, r.unit),
                           format_report(r.kind, r.period, Lang::en), format_date(s.submitted),
                           days_word(r.working_days_late, Lang::en), format_date(r.due))},
              about);
    if (sys_days{s.submitted} <= sys_days{period_end(r.period)})
      out.add(Code::ars204, s.submitted_where,
              {fmt::format("{}, {}: inlämnad {}, innan perioden tog slut ({}); en rapport ska täcka hela perioden",
                           unit_name(in, r.unit), format_report(r.kind, r.period, Lang::sv), format_date(s.submitted),
                           format_date(period_end(r.period))),
               fmt::format("{}, {}: submitted {}, before the period ended ({}); a report covers the whole period",
                           unit_name(in, r.unit), format_report(r.kind, r.period, Lang::en), format_date(s.submitted),
                           format_date(period_end(r.period)))},
              about);
  }
  // On every submitted report, a duplicate too: its dates and period are as wrong as the first's.
  for (const Submission& s : in.dataset.submissions) {
    const Subject about{s.unit, s.kind, s.period, {}, {}};
    future_date(in, "submitted", s.submitted, s.submitted_where, about, out);
    if (s.decided) future_date(in, "decided", *s.decided, s.decided_where, about, out);
    if (s.kind == ReportKind::delarsrapport && (s.period.month < 6 || s.period.month > 8))
      out.add(
          Code::ars208, s.period_where,
          Message::format("delårsrapportens period {} slutar inte mellan 30 juni och 31 augusti (LKBR 13 kap.)",
                          "the interim report's period {} does not end between 30 June and 31 August (LKBR 13 kap.)",
                          format_period(s.period)),
          about);
  }
  // ARS205 concerns units that owe a månadsuppföljning under their own plan.
  if (in.rules.of(ReportKind::manadsuppfoljning).months) return;
  for (std::size_t u = 0; u < org.units.size(); ++u) {
    const Unit& unit = org.units[u];
    if (!in.rules.applies(ReportKind::manadsuppfoljning, unit.type)) continue;
    const MonthSet plan = unit.monthly_reports.value_or(MonthSet{});
    if (plan.test(4) && plan.test(8)) continue;
    const bool no_plan = !unit.monthly_reports;
    const bool both = !plan.test(4) && !plan.test(8);
    const std::string_view months_sv = both ? "april och augusti" : plan.test(4) ? "augusti" : "april";
    const std::string_view months_en = both ? "April and August" : plan.test(4) ? "August" : "April";
    const std::string_view add = both ? "4 och 8" : plan.test(4) ? "8" : "4";
    const std::string_view add_en = both ? "4 and 8" : plan.test(4) ? "8" : "4";
    out.add(Code::ars205, unit.where,
            {fmt::format("{}: monthly_reports {} {}; obligatoriskt ändå, lägg till {}", unit.name,
                         no_plan ? "saknas och utelämnar därmed" : "utelämnar", months_sv, add),
             fmt::format("{}: monthly_reports {} {}; required all the same: add {}", unit.name,
                         no_plan ? "is not given, which leaves out" : "leaves out", months_en, add_en)},
            Subject{static_cast<int>(u), ReportKind::manadsuppfoljning, std::nullopt, {}, {}});
  }
}

}  // namespace arshjul
