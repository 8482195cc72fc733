// Checking some files of a dataset (docs/checks.md "Before each commit"): the
// whole dataset around them is read, so the calendar sees every report, and
// only the findings in those files are kept.
#pragma once

#include <string>
#include <vector>

#include "base/expected.hpp"
#include "checks/analyse.hpp"

namespace arshjul {

struct Focus {
  std::vector<std::string> read;     // the dataset's folder, and any checked file outside it; empty: nothing to check
  std::vector<std::string> checked;  // the files whose findings count
};

/// The dataset around `files`: the folder of `organisation` when given (all
/// files are checked), else of the nearest organisation.yaml (or .yml) upward
/// from the first file that has one, written relative as the files are; files
/// with no organisation file above them are no dataset's and are left out.
[[nodiscard]] Expected<Focus, std::string> dataset_around(const std::vector<std::string>& files,
                                                          const std::string& organisation);

/// Keeps the findings whose file is one of `files` (the same file, however named),
/// and names those files as given.
void keep_findings_in(Analysis& analysis, const std::vector<std::string>& files);

}  // namespace arshjul
