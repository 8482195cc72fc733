// Ingests the facts of every file in path order into the Dataset: resolves
// units (ARS106), finds duplicates (ARS105) and dates outside the year
// (ARS111), sums the economy exactly.
#pragma once

#include <functional>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "model/dataset.hpp"
#include "yaml/submission.hpp"

namespace arshjul {

/// One economy row as read, for outputs that list the ledger.
struct LedgerRow {
  std::string_view unit;  // the unit's id
  Period period;
  Source source{};
  std::string_view line;
  Amount budget, outcome, forecast;
  std::string_view measures;
  Location where;
  std::string_view file;  // the path of `where.file`, as shown in findings
};
using LedgerObserver = std::function<void(const LedgerRow&)>;

class Builder {
 public:
  Builder(Dataset& dataset, const LedgerObserver* observer);

  bool has_organisation() const { return org_ != nullptr; }
  /// The unit with this id or exact name; ARS106 and -1 when there is none.
  /// Without an organisation file every unit is unknown and nothing is reported.
  int resolve_unit(std::string_view text, Location where);

  void check_period(Period p, Location where, const Subject& about);
  void check_date(Date d, Location where, std::string_view key, const Subject& about);

  void add_submission(Submission s);
  /// `row.unit` is ignored: `unit` is the resolved index (or -1).
  void add_economy(int unit, const LedgerRow& row);
  void add_kpi(KpiRow k);
  void add_assignment(AssignmentRow a);
  /// Returns the file's unit, or -1 when it names none that is known.
  int add_submission_file(yaml::SubmissionFile&& file);

  FindingList& findings() { return dataset_.findings; }
  const Dataset& dataset() const { return dataset_; }

 private:
  std::string first_place(Location where) const;

  Dataset& dataset_;
  const Organisation* org_;
  const LedgerObserver* observer_;
  std::unordered_map<std::string, int> unit_by_text_;
  std::string last_unit_text_;
  int last_unit_ = -1;
  std::map<std::tuple<int, ReportKind, Period>, Location> submissions_seen_;
  std::map<std::tuple<int, Period, Source, std::string>, Location> kpis_seen_;
  std::map<std::tuple<Source, std::optional<Period>, std::string>, Location> assignments_seen_;
  std::map<std::string, std::pair<int, Location>> assignment_units_;
  EconomyKey last_key_;
  EconomyTotals* last_totals_ = nullptr;
};

}  // namespace arshjul
