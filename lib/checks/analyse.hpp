// The whole check of a dataset: reading findings, calendar, every rule,
// severity overrides, sorted (docs/checks.md).
#pragma once

#include "calendar/schedule.hpp"
#include "input/read_dataset.hpp"

namespace arshjul {

struct Analysis {
  Dataset dataset;
  ReportRules rules;
  std::vector<ReportStatus> reports;
  std::vector<Finding> findings;  // sorted, overrides applied
  Date as_of;
};

/// How far to go: the organisation's rules only (what the calendar needs), or every check.
enum class Depth : std::uint8_t { rules, every_check };

Analysis analyse(Dataset dataset, Date as_of, Depth depth = Depth::every_check);

}  // namespace arshjul
