// The one way from a tool's paths to what it renders: read the dataset (with
// the one-row checks), analyse it, choose the units. Every tool runs it; the
// writers only render what it returns.
#pragma once

#include <string>
#include <vector>

#include "base/expected.hpp"
#include "checks/analyse.hpp"

namespace arshjul {

struct RunRequest {
  std::vector<std::string> paths;
  ReadOptions read;
  Date as_of;
  std::vector<std::string> unit_ids;  // --unit; empty: every unit
  Depth depth = Depth::every_check;
};

struct Run {
  Analysis analysis;
  std::vector<int> units;           // chosen by --unit, in organisation order; empty: every unit
  std::vector<std::string> inputs;  // every input file as opened, which no output may replace
};

/// The error is a sentence for standard error (exit 2): a path that cannot be
/// read, an unknown --unit, --unit without an organisation file.
[[nodiscard]] Expected<Run, std::string> run(const RunRequest& request);

}  // namespace arshjul
