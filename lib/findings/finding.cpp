#include "findings/finding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace arshjul {

Finding& FindingList::add(Code code, Location where, Message message, Subject about) {
  return items_.emplace_back(Finding{code, default_severity(code), where, std::move(message), std::move(about), {}});
}

void FindingList::append(FindingList&& other) {
  if (items_.empty()) {
    items_ = std::move(other.items_);
    return;
  }
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
}

void apply_overrides(std::vector<Finding>& findings, const RuleOverrides& overrides) {
  if (overrides.empty()) return;
  std::erase_if(findings, [&](Finding& f) {
    const auto it = overrides.find(f.code);
    if (it == overrides.end() || severity_is_fixed(f.code)) return false;
    if (it->second.off) return true;
    f.severity = it->second.severity;
    return false;
  });
}

void sort_findings(std::vector<Finding>& findings, const std::function<std::string_view(std::uint32_t)>& path_of) {
  const auto key = [&](const Finding& f) {
    return std::tuple{path_of(f.where.file),
                      f.where.line,
                      f.where.column,
                      static_cast<unsigned>(f.code),
                      f.about.unit,
                      f.about.report.has_value(),
                      f.about.report ? static_cast<int>(*f.about.report) : 0,
                      f.about.period.value_or(Period{}),
                      std::string_view{f.about.kpi},
                      std::string_view{f.about.volume},
                      std::string_view{f.about.assignment},
                      std::string_view{f.message.en}};
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

Tally tally(const std::vector<Finding>& findings) {
  Tally t;
  for (const auto& f : findings) (f.severity == Severity::error ? t.errors : t.warnings)++;
  return t;
}

}  // namespace arshjul
