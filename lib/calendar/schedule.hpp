// The status of every required and every submitted report at the as-of date:
// the engine behind arshjul-check, the workbook and the Markdown summary.
#pragma once

#include <optional>
#include <vector>

#include "calendar/report_rules.hpp"
#include "model/dataset.hpp"

namespace arshjul {

enum class ReportState : std::uint8_t { on_time, late, missing, pending };
std::string_view name(ReportState s);  // "on_time", "late", "missing", "pending"

struct ReportStatus {
  int unit = -1;
  ReportKind kind{};
  Period period;
  bool required = false;
  bool mandatory = false;
  Date due;
  ReportState state{};
  std::optional<Date> submitted;
  int working_days_late = 0;
  int submission = -1;  // index into Dataset::submissions
};

/// Ordered by unit (organisation order), kind (docs/calendar.md order), period.
std::vector<ReportStatus> schedule(const Dataset& dataset, const ReportRules& rules, const WorkingCalendar& calendar,
                                   Date as_of);

WorkingCalendar calendar_of(const Organisation& org);

}  // namespace arshjul
