// GitLab Code Quality (the Code Climate subset GitLab reads, docs/checks.md):
// a JSON array, one object per finding, with a fingerprint that stays the same
// when lines only move.
#include <fmt/format.h>

#include <map>

#include "base/sha256.hpp"
#include "check_output/detail.hpp"
#include "escape/escape.hpp"
#include "values/format.hpp"

namespace arshjul::detail {

namespace {

// What a finding is about, never where its line is: code, file, unit, report,
// period, KPI, volume and assignment, joined by a byte no field holds.
std::string identity(const Analysis& a, const Finding& f) {
  const std::string unit = f.about.unit >= 0 && a.dataset.organisation
                               ? a.dataset.organisation->units[static_cast<std::size_t>(f.about.unit)].id
                               : std::string{};
  const std::string fields[] = {std::string(code_name(f.code)),
                                a.dataset.path_of(f.where.file),
                                unit,
                                f.about.report ? std::string(name(*f.about.report)) : std::string{},
                                f.about.period ? format_period(*f.about.period) : std::string{},
                                f.about.kpi,
                                f.about.volume,
                                f.about.assignment};
  std::string out;
  for (const std::string& field : fields) out += field + '\x1f';
  return out;
}

}  // namespace

std::string format_gitlab(const Analysis& a, const CheckOutputOptions& o) {
  if (a.findings.empty()) return "[]\n";
  // Among findings that share an identity, the first, second, … in the sorted order.
  std::map<std::string, std::size_t> seen;
  std::string out = "[\n";
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& f = a.findings[i];
    const std::string who = identity(a, f);
    Sha256 hash;
    hash.update(who);
    hash.update(std::to_string(seen[who]++));
    out += fmt::format(
        "  {{\"description\": {}, \"check_name\": {}, \"fingerprint\": {}, \"severity\": {}, "
        "\"location\": {{\"path\": {}, \"lines\": {{\"begin\": {}}}}}}}{}\n",
        json_string(f.message.in(o.lang)), json_string(code_name(f.code)), json_string(hash.hex()),
        json_string(f.severity == Severity::error ? "critical" : "minor"), json_string(a.dataset.path_of(f.where.file)),
        std::max<std::uint32_t>(f.where.line, 1), i + 1 < a.findings.size() ? "," : "");
  }
  return out + "]\n";
}

}  // namespace arshjul::detail
