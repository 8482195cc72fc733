#include "markdown/escape.hpp"

namespace arshjul::markdown {

namespace {
// ASCII punctuation that can open Markdown or HTML anywhere in a line.
bool special(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '~':
    case '&':
    case '!':
    case '$': return true;
    default: return false;
  }
}

// Punctuation that only means something at the start of a line: headings,
// lists, quotes, thematic breaks, ordered lists (digits then '.' or ')').
bool special_at_start(char c) { return c == '#' || c == '+' || c == '-' || c == '=' || c == ':'; }

bool starts_with_word(std::string_view s, std::size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}
}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r') continue;
    if (c == '\n') {
      out += "<br>";
      line_start = true;
      continue;
    }
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
      // A control character is shown as the text output shows it: ESC or BEL from a file name does nothing.
      static constexpr char hex[] = "0123456789abcdef";
      const auto u = static_cast<unsigned char>(c);
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
      line_start = false;
      continue;
    }
    if (line_start && (c == ' ' || c == '\t')) {
      // Leading spaces would indent code or continue a list: keep them visible but inert.
      out += "&#32;";
      continue;
    }
    if (special(c) || (line_start && special_at_start(c))) {
      out += '\\';
      out += c;
    } else if (line_start && c >= '0' && c <= '9') {
      // "1. text" or "1) text" would start an ordered list.
      std::size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      out.append(text.substr(i, j - i));
      if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
        out += '\\';
        out += text[j];
        ++j;
      }
      i = j - 1;
    } else if (c == ':' && (starts_with_word(text, i, "://") || starts_with_word(text, i, ":\\\\"))) {
      out += "\\:";  // no bare URL becomes a link
    } else if ((c == 'w' || c == 'W') && starts_with_word(text, i, "www.")) {
      out.append(text.substr(i, 3));
      out += "\\.";
      i += 3;
    } else if (c == '@') {
      out += "\\@";  // no e-mail autolink
    } else {
      out += c;
    }
    line_start = false;
  }
  return out;
}

}  // namespace arshjul::markdown
