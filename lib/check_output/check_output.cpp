// arshjul-check's formats, one table, and what they share.
#include "check_output/check_output.hpp"

#include <fmt/format.h>

#include "check_output/detail.hpp"
#include "values/format.hpp"

namespace arshjul {

std::span<const CheckFormat> check_formats() {
  static constexpr CheckFormat table[]{{"text", &detail::format_text},     {"json", &detail::format_json},
                                       {"github", &detail::format_github}, {"sarif", &detail::format_sarif},
                                       {"junit", &detail::format_junit},   {"gitlab", &detail::format_gitlab}};
  return table;
}

bool fails(const std::vector<Finding>& findings, bool strict) {
  const Tally t = tally(findings);
  return t.errors > 0 || (strict && t.warnings > 0);
}

std::string summary_line(const Analysis& a, Lang lang) {
  const Tally t = tally(a.findings);
  const auto count = [&](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", format_integer(static_cast<Wide>(n), lang), n == 1 ? one : many);
  };
  const std::size_t files = a.dataset.files.size(), subs = a.dataset.submissions.size(), rows = a.dataset.economy_rows;
  if (lang == Lang::sv)
    return fmt::format("{}, {} i {} ({}, {})", count(t.errors, "fel", "fel"), count(t.warnings, "varning", "varningar"),
                       count(files, "fil", "filer"), count(subs, "inlämning", "inlämningar"),
                       count(rows, "ekonomirad", "ekonomirader"));
  return fmt::format("{}, {} in {} ({}, {})", count(t.errors, "error", "errors"),
                     count(t.warnings, "warning", "warnings"), count(files, "file", "files"),
                     count(subs, "submission", "submissions"), count(rows, "economy row", "economy rows"));
}

}  // namespace arshjul
