// Progress on standard error for long runs: only on a terminal, never in CI
// (CI set) or with --quiet, and only once a run has taken a second.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "input/read_dataset.hpp"

namespace arshjul::cli {

class Progress {
 public:
  Progress(std::string tool, bool quiet, Lang lang);
  ~Progress();  // clears the line it drew
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// The observer for ReadOptions::progress; empty when nothing is to be shown.
  ProgressObserver observer();

 private:
  void show(const ReadProgress& p);

  std::string tool_;
  bool enabled_;
  Lang lang_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
  std::optional<std::chrono::steady_clock::time_point> writing_since_;
};

}  // namespace arshjul::cli
