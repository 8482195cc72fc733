// One Excel workbook of docs/reports.md: the summary sheets and, optionally,
// the ledger as read, streamed in constant memory. Written to a temporary
// file beside the target and renamed into place when complete.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "input/builder.hpp"
#include "summary/summary.hpp"

namespace arshjul::xlsx {

struct Options {
  Lang lang = Lang::sv;
  std::chrono::sys_seconds created{};  // SOURCE_DATE_EPOCH or the as-of date
  bool include_ledger = false;
};

class Workbook {
 public:
  /// Creates the workbook and its sheets; the error is a sentence naming the path.
  [[nodiscard]] static Expected<std::unique_ptr<Workbook>, std::string> open(const std::string& path,
                                                                             const Options& options);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  /// One economy row as read (include_ledger only).
  void add_ledger_row(const LedgerRow& row);
  /// Writes the summary sheets and the ledger's rows, and closes the workbook,
  /// still under its temporary name; `progress` hears of the ledger's rows
  /// written (stage writing, rows of the total), then of the packing (total 0).
  [[nodiscard]] Status finish(const Summary& summary, const ProgressObserver& progress = {});
  /// Puts the finished workbook in place (after finish).
  [[nodiscard]] Status commit();
  /// Cells cut at Excel's limit, for standard error.
  std::vector<std::string> warnings() const;

  struct State;

 private:
  explicit Workbook(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace arshjul::xlsx
