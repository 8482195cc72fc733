#include "findings/codes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace arshjul {

namespace {
constexpr bool fixed = true;
constexpr bool changeable = false;
constexpr Severity error = Severity::error;
constexpr Severity warning = Severity::warning;

constexpr std::array table{
#define ARSHJUL_CODE(number, severity, is_fixed, sv, en) CodeInfo{Code::ars##number, severity, is_fixed, sv, en},
#include "findings/codes.def"
#undef ARSHJUL_CODE
};
static_assert(std::is_sorted(table.begin(), table.end(),
                             [](const CodeInfo& a, const CodeInfo& b) { return a.code < b.code; }),
              "codes.def lists the codes in numeric order");
}  // namespace

std::span<const CodeInfo> all_codes() { return table; }

const CodeInfo& info(Code c) {
  const auto it =
      std::lower_bound(table.begin(), table.end(), c, [](const CodeInfo& row, Code code) { return row.code < code; });
  return *it;  // every Code comes from the table
}

std::string code_name(Code c) { return fmt::format("ARS{}", static_cast<unsigned>(c)); }

std::optional<Code> parse_code(std::string_view text) {
  for (const CodeInfo& row : table)
    if (text == code_name(row.code)) return row.code;
  return std::nullopt;
}

std::string_view name(Severity s) { return s == Severity::error ? "error" : "warning"; }

}  // namespace arshjul
