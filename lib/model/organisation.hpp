// The organisation file: units, their plans, calendar overrides, rule
// overrides and thresholds.
#pragma once

#include <bitset>
#include <optional>
#include <string>
#include <vector>

#include "findings/finding.hpp"
#include "types/kinds.hpp"
#include "types/values.hpp"

namespace arshjul {

using MonthSet = std::bitset<13>;  // bits 1..12

struct Unit {
  std::string id;
  std::string name;
  UnitType type = UnitType::namnd;
  std::optional<MonthSet> monthly_reports;  // absent: the key was not given
  bool volume_based = false;
  std::vector<std::string> critical_kpis;  // ids its reports must always carry (docs/data-format.md, ARS505), each once
  std::string org_number;                  // the last ten digits of its organisation number, or empty (SIE's #ORGNR)
  Location where;                          // the unit's `id` value
};

/// A due rule of docs/calendar.md.
struct DueRule {
  enum class Form : std::uint8_t { working_days_after, days_after, months_after, date };
  Form form = Form::working_days_after;
  int count = 0;        // N of the first three forms
  int month = 0;        // date form: MM
  int day = 0;          // date form: DD
  int year_offset = 0;  // date form: K
};

/// One entry of `calendar.reports`, as written; validated by the calendar module.
struct ReportOverride {
  ReportKind kind{};
  Location where;  // the kind's key
  std::optional<std::vector<std::pair<long, Location>>> months;
  Location months_where;
  std::optional<std::vector<UnitType>> applies_to;
  Location applies_to_where;
  std::optional<DueRule> due;
};

struct ClosedDay {
  Date date;
  Location where;
};

struct Organisation {
  std::uint32_t file = no_file;
  int year = 0;
  std::string municipality;
  std::vector<Unit> units;
  std::vector<ClosedDay> closed_days;
  std::vector<ReportOverride> report_overrides;
  RuleOverrides rules;
  Decimal deviation_pct{10, 1};         // 1.0 percent (ARS401)
  Decimal forecast_change_pct{10, 1};   // 1.0 percent (ARS403)
  Decimal volume_deviation_pct{50, 1};  // 5.0 percent (ARS602)
  Decimal reconciliation_pct{5, 1};     // 0.5 percent (ARS701)

  /// The index of the unit with this id or exact name, or -1.
  int find_unit(std::string_view id_or_name) const;
};

}  // namespace arshjul
