// Reading a whole dataset: discovery, the organisation file, then every file
// in byte order of path.
#pragma once

#include <variant>

#include "csv/reader.hpp"
#include "input/builder.hpp"
#include "input/discover.hpp"

namespace arshjul {

struct ReadOptions {
  csv::Dialect dialect;
  LedgerObserver ledger;  // called for every economy row as it is read, if set
  unsigned threads = 0;   // 0: one per core; 1: read everything on one thread
};

/// The dataset with its reading findings, or the given path that cannot be read.
std::variant<Dataset, PathError> read_dataset(const std::vector<std::string>& paths, const ReadOptions& options);

}  // namespace arshjul
