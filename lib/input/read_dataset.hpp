// Reading a whole dataset: discovery, the organisation file, then every file
// in byte order of path.
#pragma once

#include <functional>
#include <variant>

#include "csv/reader.hpp"
#include "input/builder.hpp"
#include "input/discover.hpp"

namespace arshjul {

/// How far reading has come, for a progress display.
struct ReadProgress {
  // After reading, a report tool may take seconds more to pack its output:
  // `writing` says so before, `written` after.
  enum class Stage : std::uint8_t { reading, writing, written };
  std::uint64_t bytes_done = 0;
  std::uint64_t bytes_total = 0;
  std::uint64_t rows = 0;  // CSV rows and YAML files read
  Stage stage = Stage::reading;
};
using ProgressObserver = std::function<void(const ReadProgress&)>;

struct ReadOptions {
  csv::Dialect dialect;
  LedgerObserver ledger;       // called for every economy row as it is read, if set
  unsigned threads = 0;        // 0: one per core; 1: read everything on one thread
  ProgressObserver progress;   // called now and then from the reading thread, if set
  bool keep_analyses = false;  // the submissions' analysis texts, for a summary that shows them
};

/// The dataset with its reading findings and the findings of `row_checks` on
/// every row, or the given path that cannot be read. Files are read on every
/// core, a bounded window of them at a time, and taken in path order.
[[nodiscard]] Expected<Dataset, PathError> read_dataset(const std::vector<std::string>& paths,
                                                        const ReadOptions& options, RowChecks row_checks);

}  // namespace arshjul
