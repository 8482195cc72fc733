// The workbooks of one arshjul-xlsx run: one file, or one per unit into a
// folder (--split-by unit). Opened as the ledger's rows stream in while the
// data is read, finished from the run's summaries.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "pipeline/run.hpp"
#include "xlsx/workbook.hpp"

namespace arshjul::xlsx {

struct WorkbooksRequest {
  Options workbook;
  std::string output;  // a file, or with split_by_unit a folder
  bool split_by_unit = false;
  std::optional<Period> period;       // the month shown; default: the latest
  std::vector<std::string> unit_ids;  // --unit, to leave other units' ledger rows out
};

struct Written {
  std::vector<Finding> findings;  // those shown in the workbooks
  std::vector<std::string> warnings;
  std::vector<std::string> paths;
  std::vector<Tally> tallies;  // the findings each workbook shows, by path
};

class Workbooks {
 public:
  /// The output checked before anything is read: a folder where one is needed, or a file in a folder that exists.
  [[nodiscard]] static Expected<std::unique_ptr<Workbooks>, std::string> prepare(WorkbooksRequest request);

  /// Writes each economy row into its workbook's ledger sheet (--include-ledger).
  LedgerObserver ledger_observer();

  /// Summarises the run for each workbook and writes it; nothing is left behind on error.
  [[nodiscard]] Expected<Written, std::string> write(const Run& run, const ProgressObserver& progress);

 private:
  explicit Workbooks(WorkbooksRequest request) : request_(std::move(request)) {}
  std::string path_for(const std::string& unit_id) const;
  Workbook* get(const std::string& unit_id);  // opened on first use; nullptr after an error
  bool wanted(std::string_view unit_id) const;

  WorkbooksRequest request_;
  std::map<std::string, std::unique_ptr<Workbook>> open_;  // by unit id, "" for the single workbook
  std::optional<std::string> error_;
  std::vector<Workbook*> finished_;  // closed, waiting to be put in place
};

}  // namespace arshjul::xlsx
