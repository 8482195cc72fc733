// arshjul-xlsx's job: read, check, summarise and write one workbook, or one
// per unit, streaming the ledger into it while the data is read.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "input/read_dataset.hpp"
#include "xlsx/workbook_export.hpp"

namespace arshjul::xlsx {

struct ExportRequest {
  std::vector<std::string> paths;
  ReadOptions read;
  Date as_of;
  Options workbook;
  std::string output;  // a file, or with split_by_unit a folder
  bool split_by_unit = false;
  std::optional<Period> period;
  std::vector<std::string> unit_ids;  // empty: every unit
};

struct ExportResult {
  std::vector<Finding> findings;  // those shown in the workbooks
  std::vector<std::string> warnings;
  std::vector<std::string> written;
};

/// The error is a sentence for standard error: a path that cannot be read or
/// written, an unknown --unit. Nothing is left behind on error.
std::variant<ExportResult, std::string> export_workbooks(const ExportRequest& request);

}  // namespace arshjul::xlsx
