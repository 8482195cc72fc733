// One finding type used by every stage: code, severity, message in Swedish and
// English, location, and what it concerns.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/codes.hpp"
#include "types/kinds.hpp"
#include "types/location.hpp"
#include "types/values.hpp"

namespace arshjul {

struct Message {
  std::string sv;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::sv ? sv : en; }

  /// Both sentences from one argument list, each format string checked against it when compiled.
  template <class... T>
  static Message format(fmt::format_string<T...> sv, fmt::format_string<T...> en, T&&... args) {
    return {fmt::vformat(static_cast<fmt::string_view>(sv), fmt::make_format_args(args...)),
            fmt::vformat(static_cast<fmt::string_view>(en), fmt::make_format_args(args...))};
  }
};

/// What a finding concerns; fields that do not apply stay empty.
struct Subject {
  int unit = -1;  // index into the organisation's units
  std::optional<ReportKind> report;
  std::optional<Period> period;
  std::string kpi;
  std::string assignment;
  std::string volume{};  // a volume id (docs/data-format.md, "Volumes"); sorts after the KPI id
};

struct Finding {
  Code code{};
  Severity severity{};
  Location where;
  Message message;
  Subject about;
  // The other place the message names (ARS105: the first of a duplicate), so
  // that a summary for a committee can say it without a file path.
  Location related;
};

class FindingList {
 public:
  Finding& add(Code code, Location where, Message message, Subject about = {});
  void append(FindingList&& other);
  std::vector<Finding>& items() { return items_; }
  const std::vector<Finding>& items() const { return items_; }

 private:
  std::vector<Finding> items_;
};

/// The organisation's `rules:`: a code set to a severity, or switched off.
struct RuleSetting {
  bool off = false;
  Severity severity = Severity::warning;
};
using RuleOverrides = std::map<Code, RuleSetting>;

void apply_overrides(std::vector<Finding>& findings, const RuleOverrides& overrides);

/// The order of docs/checks.md: file path (byte order), line, column, code, unit, report
/// kind, period, KPI id, assignment id, message.
void sort_findings(std::vector<Finding>& findings, const std::function<std::string_view(std::uint32_t)>& path_of);

struct Tally {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};
Tally tally(const std::vector<Finding>& findings);

}  // namespace arshjul
