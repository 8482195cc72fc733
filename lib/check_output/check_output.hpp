// arshjul-check's output formats (docs/checks.md): text, json, github, sarif, junit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/format_table.hpp"
#include "checks/analyse.hpp"

namespace arshjul {

struct CheckOutputOptions {
  Lang lang = Lang::sv;
  bool color = false;   // text only
  bool strict = false;  // warnings fail the run (JUnit failures)
  bool quiet = false;   // no summary line
};

/// arshjul-check's formats (--format), in the order --help names them.
using CheckFormat = OutputFormat<Analysis, CheckOutputOptions>;
std::span<const CheckFormat> check_formats();

/// "3 errors, 1 warning in 12 files (41 submissions, 1 000 000 economy rows)".
std::string summary_line(const Analysis& analysis, Lang lang);

/// Whether the findings fail the run: errors, or warnings too with --strict.
bool fails(const std::vector<Finding>& findings, bool strict);

}  // namespace arshjul
