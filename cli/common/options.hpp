// What every tool shares: the common options (README, "Using it"), their checking,
// and the mapping of command-line errors to exit code 2.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/language.hpp"
#include "pipeline/run.hpp"
#include "types/kinds.hpp"
#include "types/values.hpp"

namespace arshjul::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1;
inline constexpr int exit_usage = 2;

struct CommonOptions {
  std::vector<std::string> paths;
  std::string as_of;
  std::string lang = "sv";
  std::string encoding = "auto";
  std::string delimiter;
  std::string output;
  bool quiet = false;
};

/// Resolved common options.
struct Setup {
  Date as_of;
  Lang lang = Lang::sv;
  ReadOptions read;
};

void add_common_options(CLI::App& app, CommonOptions& options, Lang lang, bool paths_required = true);

/// Parses the command line. A value: exit with it (help, version, or 2 for
/// an error, already printed in the language of --lang); nullopt: go on.
std::optional<int> parse(CLI::App& app, int argc, char** argv, Lang lang);

/// The options' values checked; the error is printed and nullopt returned.
std::optional<Setup> resolve(const std::string& tool, const CommonOptions& options);

/// Prints "tool: fel: message" ("error" in English) to standard error and
/// returns exit code 2. An English text given as both is the library's: its
/// phrases are put in Swedish (in_language).
int usage_error(const std::string& tool, Lang lang, std::string_view sv, std::string_view en);

/// What the pipeline needs from the common options: the paths, how to read
/// them (with `progress`), the as-of date, the units of --unit.
RunRequest run_request(const CommonOptions& common, const Setup& setup, ProgressObserver progress,
                       std::vector<std::string> unit_ids = {});

/// The output step: refused where it would replace an input, else written
/// atomically; on failure prints the error and returns false.
[[nodiscard]] bool write(const std::string& tool, Lang lang, const std::string& path, std::string_view content,
                         const std::vector<std::string>& inputs);

/// What the report tools (arshjul-xlsx, arshjul-md) share.
struct ReportOptions {
  std::string period;
  std::vector<std::string> units;
  bool strict = false;
};
void add_report_options(CLI::App& app, ReportOptions& options, Lang lang);
/// --period checked: false (after printing the error) when it is not YYYY-MM.
[[nodiscard]] bool resolve_period(const std::string& tool, Lang lang, const std::string& text,
                                  std::optional<Period>& period);
/// The report tools' exit code: 1 with --strict when any finding is shown.
int report_exit_code(const std::vector<Finding>& shown, bool strict);

/// The report tools' line on standard error for a file written (unless -q):
/// "skrev uppfoljning.xlsx: 7 fel, 5 varningar".
void print_written(const std::string& path, const Tally& findings, Lang lang, bool quiet);

/// Today in local time.
Date today();

/// Timestamps inside files: SOURCE_DATE_EPOCH when set, else the as-of date at 00:00:00 UTC.
std::chrono::sys_seconds creation_time(Date as_of);

}  // namespace arshjul::cli
