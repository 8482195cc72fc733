#include "yaml/block_text.hpp"

#include <vector>

namespace arshjul::yaml::detail {

namespace {

struct Line {
  std::string_view text;  // without its line break
  bool has_break = false;
};

std::vector<Line> lines_of(std::string_view s) {
  std::vector<Line> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\n' && s[i] != '\r') continue;
    lines.push_back({s.substr(start, i - start), true});
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < s.size()) lines.push_back({s.substr(start), false});
  return lines;
}

std::size_t leading_spaces(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] == ' ') ++n;
  return n;
}

bool blank(std::string_view s) { return leading_spaces(s) == s.size(); }

}  // namespace

BlockHeader block_header(std::string_view h) {
  BlockHeader header;
  header.folded = !h.empty() && h.front() == '>';
  for (std::size_t i = 1; i < h.size() && i < 3; ++i) {
    if (h[i] == '-' || h[i] == '+')
      header.chomping = h[i];
    else if (h[i] >= '1' && h[i] <= '9')
      header.indentation = h[i] - '0';
    else
      break;
  }
  return header;
}

std::string block_scalar_text(std::string_view content, const BlockHeader& header, int parent) {
  const std::vector<Line> lines = lines_of(content);
  // The content's indentation: given, or that of the first line with text
  // (libfyaml has checked that no leading empty line is deeper); with no text,
  // one level in. Only spaces are ever taken off a line.
  std::size_t indent = 0;
  bool found = false;
  if (header.indentation > 0) {
    indent = static_cast<std::size_t>(std::max(0, parent + header.indentation));
  } else {
    for (const Line& l : lines) {
      const std::size_t n = leading_spaces(l.text);
      if (n < l.text.size()) {
        indent = n;
        found = true;
        break;
      }
      indent = std::max(indent, n);
    }
    if (!found) indent = std::max(indent, static_cast<std::size_t>(parent + 1));
  }

  std::string out;
  std::size_t empty_breaks = 0;  // line breaks of the empty lines since the last line with text
  bool have_text = false;        // a line with text has been written
  bool last_spaced = false;      // that line starts with white space: folding keeps the breaks around it
  for (const Line& l : lines) {
    if (l.text.size() <= indent && blank(l.text)) {
      empty_breaks += l.has_break;
      continue;
    }
    const std::string_view text = l.text.substr(std::min(indent, leading_spaces(l.text)));
    const bool spaced = !text.empty() && (text.front() == ' ' || text.front() == '\t');
    if (!have_text)
      out.append(empty_breaks, '\n');  // leading empty lines are kept
    else if (header.folded && !last_spaced && !spaced)
      empty_breaks == 0 ? out += ' ' : out.append(empty_breaks, '\n');
    else
      out.append(empty_breaks + 1, '\n');  // the previous line's break, then the empty lines'
    out += text;
    have_text = true;
    last_spaced = spaced;
    empty_breaks = 0;
  }
  // Chomping: what becomes of the last line's break and the empty lines after
  // it. The last line with text counts as ended by a break even at the end of
  // the file, as the YAML test suite reads it.
  if (header.chomping == '+')
    out.append((have_text ? 1 : 0) + empty_breaks, '\n');
  else if (header.chomping == 0 && have_text)
    out += '\n';
  return out;
}

}  // namespace arshjul::yaml::detail
