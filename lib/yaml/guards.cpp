#include "yaml/guards.hpp"

#include "yaml/parse.hpp"

namespace arshjul::yaml::detail {

// Where a tag or directive longer than max_tag_length starts. libfyaml
// 0.7.12 reports an error inside one in quadratic time (80 000 characters:
// 4 s; found by fuzzing, kept in tests/fuzz/regressions/yaml), so such text
// is refused before libfyaml sees it. A tag is a run of non-blank characters
// from a '!' that starts a token; a directive, a line that starts with '%'.
std::optional<std::size_t> too_long_tag_or_directive(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '!' && c != '%') continue;  // a plain loop: find_first_of calls memchr for every character
    const char before = i == 0 ? '\n' : text[i - 1];
    const bool tag = c == '!' && (blank(before) || before == '[' || before == '{' || before == ',');
    const bool directive = c == '%' && before == '\n';
    if (!tag && !directive) continue;
    std::size_t end = i + 1;
    while (end < text.size() && text[end] != '\n' && (directive || !blank(text[end]))) ++end;
    if (end - i > max_tag_length) return i;
    i = end - 1;
  }
  return std::nullopt;
}

// Where a tab stands before a block node (`|`, `>`, `- `, `? `) inside an
// explicit key (`? `). libfyaml 0.7.12 calls that a tab used as indentation,
// rightly, and then frees one of its own structures twice when the parser is
// destroyed (found by fuzzing, kept in tests/fuzz/regressions/yaml), so such
// text is refused before libfyaml sees it. An explicit key reaches from its
// `?` to the next line that is indented no deeper and is not blank.
std::optional<std::size_t> tab_before_block_in_explicit_key(std::string_view text) {
  constexpr std::size_t none = std::string_view::npos;
  std::size_t key_column = none;  // the column of the `?` whose key we are in
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    const bool blank = i == line.size() || line[i] == '#' || line[i] == '\r';
    if (!blank && key_column != none && i <= key_column && line[i] != '?') key_column = none;
    for (std::size_t j = i; j < line.size(); ++j) {  // a `?` after indentation and dashes opens a key
      if (line[j] == '-' && j + 1 < line.size() && line[j + 1] == ' ') {
        ++j;
        continue;
      }
      if (line[j] == ' ') continue;
      if (line[j] == '?' && (j + 1 == line.size() || line[j + 1] == ' ' || line[j + 1] == '\t')) key_column = j;
      break;
    }
    for (std::size_t j = 0; key_column != none && j < line.size(); ++j) {
      if (line[j] != '\t') continue;
      std::size_t k = j;
      while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
      const bool block =
          k < line.size() &&
          (line[k] == '|' || line[k] == '>' ||
           ((line[k] == '-' || line[k] == '?') && (k + 1 == line.size() || line[k + 1] == ' ' || line[k + 1] == '\t')));
      if (block) return start + j;
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::optional<std::size_t> too_deep_brackets(std::string_view text) {
  std::size_t depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '[' || c == '{') {
      if (++depth > max_nesting_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> overlong_yaml_version(std::string_view text) {
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (text.substr(start, end - start).starts_with("%YAML")) {
      std::size_t digits = 0;
      for (std::size_t i = start + 5; i < end; ++i) {
        digits = text[i] >= '0' && text[i] <= '9' ? digits + 1 : 0;
        if (digits > 4) return start;
      }
    }
    start = end + 1;
  }
  return std::nullopt;
}

bool has_explicit_key(std::string_view text) {
  const auto separator = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (std::size_t i = text.find('?'); i != std::string_view::npos; i = text.find('?', i + 1)) {
    const char before = i == 0 ? '\n' : text[i - 1];
    const bool after_ok = i + 1 == text.size() || separator(text[i + 1]);
    if (after_ok && (separator(before) || before == '-' || before == '[' || before == '{' || before == ','))
      return true;
  }
  return false;
}

}  // namespace arshjul::yaml::detail
