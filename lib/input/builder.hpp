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
  FactSource source{};
  std::string_view line;
  Amount budget, outcome, forecast;
  std::string_view measures;
  Location where;
  std::string_view file;  // the path of `where.file`, as shown in findings
};
using LedgerObserver = std::function<void(const LedgerRow&)>;

class Builder {
 public:
  /// `row_checks` may be empty only for a Builder that reads economy rows alone.
  Builder(Dataset& dataset, const LedgerObserver* observer, RowChecks row_checks);

  bool has_organisation() const { return org_ != nullptr; }
  bool observes_ledger() const { return observer_ && *observer_; }
  /// An empty dataset with what a Builder needs to read into it on another
  /// thread: the files (for messages) and the organisation.
  Dataset partial() const;
  /// Adds a partial dataset's economy and findings, read after everything so far.
  void merge(Dataset&& part);
  /// The unit with this id or exact name; ARS106 and -1 when there is none.
  /// Without an organisation file every unit is unknown and nothing is reported.
  int resolve_unit(std::string_view text, Location where);
  /// The same, with the location computed only when there is something to report.
  template <class Where>
  int resolve_unit_lazily(std::string_view text, Where&& where) {
    const int unit = find_unit(text);
    return unit >= 0 || !org_ ? unit : resolve_unit(text, where());
  }
  int find_unit(std::string_view text);

  /// ARS111 for a period outside the organisation's year.
  bool period_outside_year(Period p) const { return org_ && org_->year != 0 && p.year != org_->year; }
  void check_period(Period p, Location where, const Subject& about);
  void check_date(Date d, Location where, std::string_view key, const Subject& about);

  void add_submission(Submission s);
  /// `row.unit` is ignored: `unit` is the resolved index (or -1).
  void add_economy(int unit, const LedgerRow& row);
  /// A KPI or assignment row is checked (RowChecks) and kept unless it is a
  /// duplicate, or comes with a duplicate submission.
  void add_kpi(KpiRow k, bool of_duplicate_submission = false);
  void add_volume(VolumeRow v);
  /// An SIE file's books, given to the unit with their organisation number (ARS703, ARS105).
  void add_books(Books books);
  void add_assignment(AssignmentRow a, bool of_duplicate_submission = false);
  /// Returns the file's unit, or -1 when it names none that is known.
  int add_submission_file(yaml::SubmissionFile&& file);

  FindingList& findings() { return dataset_.findings; }
  /// A file that opened but cannot be read (or not opened after all): the run
  /// stops with exit 2 naming it (docs/reliability.md). The first one is kept.
  void cannot_read(std::uint32_t file, std::string reason) {
    if (!unreadable_) unreadable_.emplace(file, std::move(reason));
  }
  const std::optional<std::pair<std::uint32_t, std::string>>& unreadable() const { return unreadable_; }
  /// Progress: bytes of earlier files plus `bytes_in_file`, with one more row.
  void count_row(std::uint64_t bytes_in_file) {
    ++rows_;
    if (progress_ && (rows_ & 0xFFFF) == 0) report_progress(bytes_in_file);
  }
  void report_progress(std::uint64_t bytes_in_file);
  void set_progress(const std::function<void(std::uint64_t, std::uint64_t)>* progress, std::uint64_t bytes_before) {
    progress_ = progress;
    bytes_before_ = bytes_before;
  }
  const Dataset& dataset() const { return dataset_; }

 private:
  std::string first_place(Location where) const;

  Dataset& dataset_;
  const Organisation* org_;
  const LedgerObserver* observer_;
  RowChecks row_checks_;
  std::optional<std::pair<std::uint32_t, std::string>> unreadable_;
  // Transparent: looking a cell up by string_view allocates nothing.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, TextHash, std::equal_to<>> unit_by_text_;
  std::unordered_map<std::string, int> unit_by_folded_name_;  // fold_name of each name
  std::string last_unit_text_;
  int last_unit_ = -1;
  std::map<std::tuple<int, ReportKind, Period>, Location> submissions_seen_;
  std::map<std::tuple<int, Period, FactSource, std::string>, Location> kpis_seen_;
  std::map<std::tuple<int, Period, FactSource, std::string>, Location> volumes_seen_;
  std::map<std::tuple<FactSource, std::optional<Period>, std::string>, Location> assignments_seen_;
  std::map<std::string, std::pair<int, Location>> assignment_units_;
  EconomyKey last_key_;
  EconomyTotals* last_totals_ = nullptr;
  const std::function<void(std::uint64_t, std::uint64_t)>* progress_ = nullptr;  // (bytes, rows)
  std::uint64_t bytes_before_ = 0;
  std::uint64_t rows_ = 0;
};

}  // namespace arshjul
