// The text of a literal (|) or folded (>) YAML block scalar from its source
// (YAML 1.2, 8.1): indentation, folding and chomping. arshjul does this
// itself because libfyaml 0.7.12 loses lines and writes NUL bytes into some
// folded and more-indented ones (measured against libyaml on random block
// scalars; tests/yaml_suite/scalars.py).
#pragma once

#include <string>
#include <string_view>

namespace arshjul::yaml::detail {

struct BlockHeader {
  bool folded = false;
  char chomping = 0;    // '-' strip, '+' keep, 0 clip
  int indentation = 0;  // the indentation indicator, 0 when absent
};

/// The header that starts at the indicator `|` or `>`.
BlockHeader block_header(std::string_view from_indicator);

/// `content` runs from the start of the line after the header to the end of
/// the scalar, trailing empty lines included; `parent` is the indentation of
/// the collection that holds the scalar (-1 at the top of a document).
std::string block_scalar_text(std::string_view content, const BlockHeader& header, int parent);

}  // namespace arshjul::yaml::detail
