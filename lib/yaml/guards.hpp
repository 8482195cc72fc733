// What arshjul refuses before libfyaml sees it, because libfyaml 0.7.12
// misbehaves on it (each found by fuzzing; docs/reliability.md). Both
// answer where the offending text starts.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace arshjul::yaml::detail {

/// A tag or directive longer than max_tag_length (yaml/parse.hpp).
std::optional<std::size_t> too_long_tag_or_directive(std::string_view text);
/// Where brackets (`[`, `{`) first nest deeper than max_nesting_depth:
/// libfyaml 0.7.12 queues a token for each before it hands out any event
/// (about 500 bytes each), so the depth is counted on the text first.
std::optional<std::size_t> too_deep_brackets(std::string_view text);
/// A `%YAML` directive whose version has a number of more than four digits
/// (libfyaml 0.7.12 overflows an int reading it; found by fuzzing).
std::optional<std::size_t> overlong_yaml_version(std::string_view text);
/// Whether the text holds an explicit key (`? `): after an error in such a
/// text, libfyaml 0.7.12 may free memory twice when its parser is destroyed.
bool has_explicit_key(std::string_view text);
/// A tab before a block node inside an explicit key.
std::optional<std::size_t> tab_before_block_in_explicit_key(std::string_view text);

}  // namespace arshjul::yaml::detail
