// The check codes, generated from the one table in codes.def: the enum, the
// default severities, which ones `rules:` may change, and their descriptions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "types/kinds.hpp"

namespace arshjul {

enum class Code : std::uint16_t {
#define ARSHJUL_CODE(number, severity, fixed, sv, en) ars##number = number,
#include "findings/codes.def"
#undef ARSHJUL_CODE
};

enum class Severity : std::uint8_t { warning, error };
std::string_view name(Severity s);  // always English: "error", "warning"

struct CodeInfo {
  Code code;
  Severity severity;  // by default
  bool fixed;         // the organisation's `rules:` cannot change it
  std::string_view sv, en;
};

/// Every code, in numeric order.
std::span<const CodeInfo> all_codes();
const CodeInfo& info(Code c);

std::string code_name(Code c);  // "ARS203"
std::optional<Code> parse_code(std::string_view text);
inline Severity default_severity(Code c) { return info(c).severity; }
inline bool severity_is_fixed(Code c) { return info(c).fixed; }
/// One line describing the check, for SARIF rules and docs.
inline std::string_view describe(Code c, Lang lang) { return lang == Lang::sv ? info(c).sv : info(c).en; }

}  // namespace arshjul
