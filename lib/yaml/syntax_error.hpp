// What a YAML syntax error means, in the tool's languages: libfyaml's words
// become a cause a person recognises (a quote never closed, a tab used as
// indentation, a missing colon, wrong indentation, a bracket never closed, characters after a flow
// collection or a closing quote, two entries on one line), with the parser's
// own words kept as a detail.
#pragma once

#include <string_view>

#include "findings/finding.hpp"
#include "yaml/parse.hpp"

namespace arshjul::yaml {

enum class SyntaxCause : std::uint8_t {
  unclosed_quote,
  unclosed_bracket,
  tab_indentation,
  missing_colon,
  wrong_indentation,
  after_flow_collection,
  after_closing_quote,
  two_entries_on_a_line,
  other,
};

/// The cause of a syntax error in `text`, the 1-based line it concerns and
/// where to report it (libfyaml's place, or the opening of what is never closed).
struct Explained {
  SyntaxCause cause = SyntaxCause::other;
  std::uint32_t line = 0;
  Mark at;
  char opener = 0;  // the quote or bracket that is never closed
};
Explained explain(const ParseError& error, std::string_view text);

/// The ARS101 message for a syntax error.
Message syntax_message(const ParseError& error, std::string_view text);

}  // namespace arshjul::yaml
