// The text of a single-quoted YAML scalar from its source (YAML 1.2, 7.3.2):
// '' is one quote, and lines are folded. arshjul does this itself because
// libfyaml 0.7.12 gets it wrong where escaped quotes follow each other
// ('a''''b' reads as a''' instead of a''b, found by fuzzing; its formatter
// also leaks then), and everywhere else the YAML test suite holds both to
// the same text.
#pragma once

#include <string>
#include <string_view>

namespace arshjul::yaml::detail {

/// `raw` is what stands between the quotes.
std::string single_quoted_text(std::string_view raw);

}  // namespace arshjul::yaml::detail
