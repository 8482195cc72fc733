// The two ways from YAML text to a Tree. `parse_plain_block` reads the plain
// block YAML that people write by hand (keys, dashes, scalars, block scalars)
// in one pass; on anything else, valid or not, it declines and `parse_yaml_cpp`
// reads the text with every YAML feature and reports syntax errors. Where the
// fast parser accepts a text, both build the same tree (tests/fuzz/fuzz_yaml_parsers.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "yaml/tree.hpp"

namespace arshjul::yaml {

/// A YAML syntax error: the message yaml-cpp gives and where.
struct SyntaxError {
  std::string message;
  Mark at;
};

/// The first document of the text; an empty text is one null node.
/// Throws SyntaxError.
Tree parse_yaml_cpp(const std::string& text);

/// The tree of a text in the plain block subset, or nothing when the text
/// uses anything else (flow collections, anchors, tags, multi-line plain or
/// quoted scalars, tabs, a byte-order mark, ...) or is not valid YAML.
std::optional<Tree> parse_plain_block(std::string_view text);

}  // namespace arshjul::yaml
