// A YAML submission file: one submitted report with its economy, KPIs and
// assignments (docs/data-format.md). Units are resolved later, by the dataset.
#pragma once

#include "model/dataset.hpp"
#include "yaml/document.hpp"

namespace arshjul::yaml {

struct SubmissionFile {
  std::optional<std::string> unit;  // id or exact name, as written
  std::optional<ReportKind> kind;
  std::optional<Period> period;
  std::optional<Date> submitted;
  std::optional<Date> decided;
  Location unit_where, report_where, period_where, submitted_where, decided_where;
  std::vector<EconomyLine> economy;
  bool economy_rejected = false;
  std::string
      analysis;  // the free text, as written  // an economy line was given but is not used (its finding says why)
  std::vector<KpiRow> kpis;  // unit, period and source are filled in from the header
  std::vector<AssignmentRow> assignments;
  std::vector<VolumeRow> volumes;  // unit, period and source filled in from the header
};

SubmissionFile read_submission(const FileText& source, const Node& root, FindingList& findings);

/// KPI ids are [a-z0-9_-]+.
bool valid_kpi_id(std::string_view id);

}  // namespace arshjul::yaml
