// The text of a quoted YAML scalar from its source (YAML 1.2, 7.3): escapes
// and folded lines. arshjul does this itself because libfyaml 0.7.12 gets
// it wrong in places (found by fuzzing, then measured against libyaml on
// random values: single-quoted 'a''''b' reads as a''' and leaks, 1 143 of
// 3 000 wrong; double-quoted values that fold lines lose or keep the wrong
// characters, 112 of 3 000 wrong). The YAML test suite holds these to its
// JSON, and tests/yaml_suite/quoted.py to libyaml.
#pragma once

#include <string>
#include <string_view>

namespace arshjul::yaml::detail {

/// `raw` is what stands between the quotes of a valid scalar.
std::string single_quoted_text(std::string_view raw);
std::string double_quoted_text(std::string_view raw);

}  // namespace arshjul::yaml::detail
