#include "yaml/quoted_text.hpp"

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

bool line_break(char c) { return c == '\n' || c == '\r'; }

// The length of the line break at `i` (CR LF is one).
std::size_t break_length(std::string_view s, std::size_t i) {
  return s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
}

// After a line break: the empty lines that follow, and where the next line's text starts.
std::size_t skip_empty_lines(std::string_view s, std::size_t& i) {
  std::size_t empty = 0;
  for (;;) {
    std::size_t j = i;
    while (j < s.size() && white(s[j])) ++j;
    if (j < s.size() && line_break(s[j])) {
      ++empty;
      i = j + break_length(s, j);
      continue;
    }
    i = j;
    return empty;
  }
}

void append_utf8(std::string& out, char32_t c) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;  // not a character: shown as one that says so
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// One escape after a backslash at `i` (not a line break); returns the characters it took.
std::size_t append_escape(std::string& out, std::string_view s, std::size_t i) {
  const char e = i + 1 < s.size() ? s[i + 1] : '\\';
  std::size_t digits = 0;
  switch (e) {
    case '0': out += '\0'; return 2;
    case 'a': out += '\a'; return 2;
    case 'b': out += '\b'; return 2;
    case 't':
    case '\t': out += '\t'; return 2;
    case 'n': out += '\n'; return 2;
    case 'v': out += '\v'; return 2;
    case 'f': out += '\f'; return 2;
    case 'r': out += '\r'; return 2;
    case 'e': out += '\x1B'; return 2;
    case ' ': out += ' '; return 2;
    case '"': out += '"'; return 2;
    case '/': out += '/'; return 2;
    case '\\': out += '\\'; return 2;
    case 'N': append_utf8(out, 0x85); return 2;
    case '_': append_utf8(out, 0xA0); return 2;
    case 'L': append_utf8(out, 0x2028); return 2;
    case 'P': append_utf8(out, 0x2029); return 2;
    case 'x': digits = 2; break;
    case 'u': digits = 4; break;
    case 'U': digits = 8; break;
    default: out += s.substr(i, 2); return 2;  // libfyaml refuses these first
  }
  char32_t c = 0;
  for (std::size_t k = 0; k < digits; ++k) {
    const int v = i + 2 + k < s.size() ? hex_value(s[i + 2 + k]) : -1;
    if (v < 0) {
      out += s.substr(i, 2 + k);
      return 2 + k;
    }
    c = c * 16 + static_cast<char32_t>(v);
  }
  append_utf8(out, c);
  return 2 + digits;
}

}  // namespace

std::string double_quoted_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t white_from = std::string::npos;  // where written white space (not from escapes) begins
  for (std::size_t i = 0; i < raw.size();) {
    const char c = raw[i];
    if (c == '\\' && i + 1 < raw.size() && line_break(raw[i + 1])) {
      // An escaped line break joins the lines: white space before it stays, the
      // next line's leading white space goes, each empty line between is a line feed.
      i += 1 + break_length(raw, i + 1);
      out.append(skip_empty_lines(raw, i), '\n');
      white_from = std::string::npos;
    } else if (c == '\\') {
      i += append_escape(out, raw, i);
      white_from = std::string::npos;
    } else if (line_break(c)) {
      if (white_from != std::string::npos) out.resize(white_from);
      i += break_length(raw, i);
      const std::size_t empty = skip_empty_lines(raw, i);
      if (empty > 0)
        out.append(empty, '\n');
      else
        out += ' ';
      white_from = std::string::npos;
    } else {
      if (white(c) && white_from == std::string::npos) white_from = out.size();
      if (!white(c)) white_from = std::string::npos;
      out += c;
      ++i;
    }
  }
  return out;
}

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
