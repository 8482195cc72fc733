#include "yaml/single_quoted.hpp"

#include <vector>

namespace arshjul::yaml::detail {

namespace {

bool white(char c) { return c == ' ' || c == '\t'; }

std::string_view trim_start(std::string_view s) {
  while (!s.empty() && white(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && white(s.back())) s.remove_suffix(1);
  return s;
}

void append_unescaped(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'') ++i;
  }
}

// The lines of the raw text; CR LF, CR and LF each end one.
std::vector<std::string_view> lines_of(std::string_view raw) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\n' && raw[i] != '\r') continue;
    lines.push_back(raw.substr(start, i - start));
    if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    start = i + 1;
  }
  lines.push_back(raw.substr(start));
  return lines;
}

}  // namespace

std::string single_quoted_text(std::string_view raw) {
  const std::vector<std::string_view> lines = lines_of(raw);
  std::string out;
  out.reserve(raw.size());
  if (lines.size() == 1) {
    append_unescaped(out, raw);
    return out;
  }
  // Folding: a line break between two lines of text is a space; each empty
  // line between them is a line feed. White space around breaks goes.
  append_unescaped(out, trim_end(lines.front()));
  std::size_t empty_lines = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const bool last = i + 1 == lines.size();
    const std::string_view content = last ? trim_start(lines[i]) : trim_end(trim_start(lines[i]));
    if (content.empty() && !last) {
      ++empty_lines;
      continue;
    }
    if (empty_lines > 0)
      out.append(empty_lines, '\n');
    else
      out += ' ';
    empty_lines = 0;
    append_unescaped(out, content);
  }
  return out;
}

}  // namespace arshjul::yaml::detail
