// From YAML text to Trees: libfyaml's event parser (YAML 1.2, exactly as the
// YAML test suite defines it) feeding our own tree. libfyaml prints nothing:
// its diagnostics are captured and the first error comes back as a value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "yaml/tree.hpp"

namespace arshjul::yaml {

/// How deep collections may nest (docs/reliability.md): deeper input is
/// refused before any reader walks it.
inline constexpr std::size_t max_nesting_depth = 200;

/// How long a tag (`!…`) or a directive line (`%…`) may be: libfyaml 0.7.12
/// takes time quadratic in their length when it reports an error inside one.
inline constexpr std::size_t max_tag_length = 1024;

/// Why a text gave no trees.
enum class ParseProblem : std::uint8_t {
  syntax,        // not YAML: `detail` holds libfyaml's own words
  too_deep,      // nests deeper than max_nesting_depth
  too_long_tag,  // a tag or directive longer than max_tag_length
};

struct ParseError {
  ParseProblem problem = ParseProblem::syntax;
  std::string detail;
  Mark at;
  /// The error ends a flow collection that was never closed: `at` is its opening bracket.
  bool unclosed_flow = false;
};

/// Every document of a stream, in order, and where each one starts.
struct Stream {
  std::vector<Tree> documents;
  std::vector<Mark> starts;
};

/// Parses the whole text; the first error ends it.
Expected<Stream, ParseError> parse(std::string_view text);

}  // namespace arshjul::yaml
