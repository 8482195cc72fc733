// The fast path: block mappings and sequences of plain, quoted and block
// scalars, read line by line. Every construct it is not sure of makes it
// decline, and yaml-cpp reads the file instead; so it never reports errors and
// never needs to know all of YAML. Marks follow yaml-cpp's: a collection
// starts at its first key or dash, an empty value at the token after it.
#include <algorithm>
#include <string_view>

#include "values/text.hpp"
#include "yaml/parse.hpp"

namespace arshjul::yaml {

namespace {

struct Line {
  std::size_t begin = 0;     // first byte
  std::size_t end = 0;       // end of the text, before "\n" or "\r\n"
  std::uint32_t indent = 0;  // leading spaces
  bool newline = false;      // a line break follows
  bool blank() const { return begin + indent == end; }
};

bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Characters that start something other than a plain scalar.
bool is_indicator(char c) { return std::string_view(",[]{}#&*!|>'\"%@`?:-").find(c) != std::string_view::npos; }

// Inside a key this parser takes only ':' and '-' of them; keys with the
// others (flow keys, quoted keys, ...) are left to yaml-cpp.
bool plain_key(std::string_view key) {
  return !is_indicator(key.front()) && key.back() != ' ' &&
         std::none_of(key.begin(), key.end(), [](char c) { return is_indicator(c) && c != ':' && c != '-'; });
}

// Valid UTF-8 with no tab, no control character, no lone CR, no byte-order
// mark and none of the line breaks YAML 1.1 adds to LF and CR (NEL, LS, PS):
// the lines are then exactly what the parser splits at LF.
bool plain_bytes(std::string_view t) {
  bool valid_utf8 = false;  // from the first non-ASCII byte on
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\n') continue;
    if (c == '\r' && i + 1 < t.size() && t[i + 1] == '\n') continue;
    if (c < 0x80) return false;
    // yaml-cpp takes FE FF for UTF-16 and replaces invalid bytes.
    if (!valid_utf8 && find_invalid_utf8(t.substr(i)) != std::string_view::npos) return false;
    valid_utf8 = true;
    const std::string_view rest = t.substr(i);
    if (rest.starts_with("\xC2\x85") || rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") ||
        rest.starts_with("\xEF\xBB\xBF"))
      return false;
  }
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::optional<Tree> run() {
    if (!split_lines()) return std::nullopt;
    std::size_t li = next_content(0);
    if (li < lines_.size() && lines_[li].indent == 0 && starts_marker(lines_[li], "---")) {
      if (!rest_is_comment(li, lines_[li].begin + 3)) return std::nullopt;
      li = next_content(li + 1);
    }
    if (li >= lines_.size() || lines_[li].indent != 0 || !structure(li)) return std::nullopt;
    if (dash_at(li, lines_[li].begin)) {
      if (!sequence(li, 0)) return std::nullopt;
    } else if (!mapping(li, lines_[li].begin)) {
      return std::nullopt;
    }
    if (li_ < lines_.size()) return std::nullopt;
    return builder_.finish();
  }

 private:
  bool split_lines() {
    if (!plain_bytes(text_)) return false;
    std::size_t begin = 0;
    while (true) {
      const std::size_t nl = text_.find('\n', begin);
      Line line;
      line.begin = begin;
      line.end = nl == std::string_view::npos ? text_.size() : nl;
      line.newline = nl != std::string_view::npos;
      if (line.end > begin && text_[line.end - 1] == '\r' && line.newline) --line.end;
      while (line.begin + line.indent < line.end && text_[line.begin + line.indent] == ' ') ++line.indent;
      if (line.newline) ++eof_line_;
      if (line.newline || line.end > begin) lines_.push_back(line);
      if (!line.newline) break;
      begin = nl + 1;
    }
    return true;
  }

  bool starts_marker(const Line& l, std::string_view m) const {
    const std::string_view s = text_.substr(l.begin, l.end - l.begin);
    return s.starts_with(m) && (s.size() == 3 || s[3] == ' ');
  }
  bool is_comment(const Line& l) const { return !l.blank() && text_[l.begin + l.indent] == '#'; }
  std::size_t next_content(std::size_t li) const {
    while (li < lines_.size() && (lines_[li].blank() || is_comment(lines_[li]))) ++li;
    return li;
  }
  // A content line the block structure may continue with: no document
  // marker or directive.
  bool structure(std::size_t li) const {
    const Line& l = lines_[li];
    return !(l.indent == 0 && (starts_marker(l, "---") || starts_marker(l, "...") || text_[l.begin] == '%'));
  }
  Mark mark_at(std::size_t li, std::size_t pos) const { return {pos, static_cast<std::uint32_t>(li)}; }
  // yaml-cpp's mark of the token after `li`'s predecessor: the next content, or the end.
  Mark next_token(std::size_t li) const {
    if (li < lines_.size()) return mark_at(li, lines_[li].begin + lines_[li].indent);
    return mark_at(eof_line_, text_.size());
  }
  bool dash_at(std::size_t li, std::size_t pos) const {
    return text_[pos] == '-' && (pos + 1 == lines_[li].end || text_[pos + 1] == ' ');
  }
  std::size_t skip_spaces(std::size_t li, std::size_t pos) const {
    while (pos < lines_[li].end && text_[pos] == ' ') ++pos;
    return pos;
  }
  // Only spaces, then the end of the line or a comment.
  bool rest_is_comment(std::size_t li, std::size_t pos) const {
    const std::size_t p = skip_spaces(li, pos);
    return p == lines_[li].end || (p > pos && text_[p] == '#');
  }

  // The colon that ends a plain key starting at `pos`, or npos.
  std::size_t key_colon(std::size_t li, std::size_t pos) const {
    const std::size_t end = lines_[li].end;
    for (std::size_t i = pos; i < end; ++i) {
      const char c = text_[i];
      if (c == ':' && (i + 1 == end || text_[i + 1] == ' ')) return i;
      if (c == '#' && i > pos && text_[i - 1] == ' ') return std::string_view::npos;
    }
    return std::string_view::npos;
  }

  // A block mapping whose keys start at column `pos - line begin`.
  bool mapping(std::size_t li, std::size_t pos) {
    const std::uint32_t indent = static_cast<std::uint32_t>(pos - lines_[li].begin);
    builder_.open(NodeKind::mapping, mark_at(li, pos));
    while (true) {
      const std::size_t colon = key_colon(li, pos);
      if (colon == std::string_view::npos || colon == pos || colon - pos > 1024) return false;
      const std::string_view key = text_.substr(pos, colon - pos);
      if (!plain_key(key)) return false;
      if (is_null_word(key))
        builder_.null(mark_at(li, pos));
      else
        builder_.scalar(mark_at(li, pos), true, key);
      const std::size_t v = skip_spaces(li, colon + 1);
      if (v == lines_[li].end || (text_[v] == '#' && v > colon + 1)) {
        if (!nested(li, indent, false)) return false;
      } else if (!inline_value(li, v, indent)) {
        return false;
      }
      // li_ is now the next content line.
      if (li_ >= lines_.size() || lines_[li_].indent < indent) break;
      if (lines_[li_].indent > indent || !structure(li_)) return false;
      li = li_;
      pos = lines_[li].begin + indent;
      if (dash_at(li, pos)) return false;
    }
    builder_.close();
    return true;
  }

  // A block sequence whose dashes are at column `indent`.
  bool sequence(std::size_t li, std::uint32_t indent) {
    builder_.open(NodeKind::sequence, mark_at(li, lines_[li].begin + indent));
    while (true) {
      const std::size_t dash = lines_[li].begin + indent;
      const std::size_t v = skip_spaces(li, dash + 1);
      if (v == lines_[li].end || (text_[v] == '#' && v > dash + 1)) {
        if (!nested(li, indent, true)) return false;
      } else if (dash_at(li, v)) {
        return false;  // "- - x": left to yaml-cpp
      } else if (!is_indicator(text_[v]) && key_colon(li, v) != std::string_view::npos) {
        if (!mapping(li, v)) return false;
      } else if (!inline_value(li, v, indent)) {
        return false;
      }
      if (li_ >= lines_.size() || lines_[li_].indent < indent) break;
      if (lines_[li_].indent > indent || !structure(li_)) return false;
      li = li_;
      if (!dash_at(li, lines_[li].begin + indent)) return false;
    }
    builder_.close();
    return true;
  }

  // The value of a key or dash that ends its line: a collection on the
  // following lines, or (for a key) null.
  bool nested(std::size_t li, std::uint32_t parent, bool item) {
    const std::size_t next = next_content(li + 1);
    if (next >= lines_.size() || lines_[next].indent <= parent) {
      if (item) return false;  // an empty item: left to yaml-cpp
      if (next < lines_.size() && lines_[next].indent == parent && dash_at(next, lines_[next].begin + parent))
        return false;  // "key:\n- x": a sequence at the key's own indent
      builder_.null(next_token(next));
      li_ = next;
      return true;
    }
    if (!structure(next)) return false;
    const std::size_t pos = lines_[next].begin + lines_[next].indent;
    if (dash_at(next, pos)) return sequence(next, lines_[next].indent);
    if (is_indicator(text_[pos]) || key_colon(next, pos) == std::string_view::npos) return false;
    return mapping(next, pos);
  }

  // A scalar (or empty flow collection) after "key: " or "- ", in a block
  // collection at `parent`; sets li_ to the next content line.
  bool inline_value(std::size_t li, std::size_t v, std::uint32_t parent) {
    const char c = text_[v];
    if (c == '"' || c == '\'') {
      std::string value;
      const std::size_t after = c == '"' ? double_quoted(li, v, value) : single_quoted(li, v, value);
      if (after == 0 || !rest_is_comment(li, after)) return false;
      builder_.scalar(mark_at(li, v), false, value);
    } else if (c == '|' || c == '>') {
      return block_scalar(li, v, parent);
    } else if (c == '[' || c == '{') {
      if (v + 1 >= lines_[li].end || text_[v + 1] != (c == '[' ? ']' : '}') || !rest_is_comment(li, v + 2))
        return false;
      builder_.open(c == '[' ? NodeKind::sequence : NodeKind::mapping, mark_at(li, v));
      builder_.close();
    } else {
      if ((is_indicator(c) && c != '-') || dash_at(li, v) || key_colon(li, v) != std::string_view::npos) return false;
      std::size_t end = v;
      for (std::size_t i = v; i < lines_[li].end; ++i) {
        if (text_[i] == '#' && text_[i - 1] == ' ') break;
        if (text_[i] != ' ') end = i + 1;
      }
      const std::string_view value = text_.substr(v, end - v);
      if (is_null_word(value))
        builder_.null(mark_at(li, v));
      else
        builder_.scalar(mark_at(li, v), true, value);
    }
    li_ = next_content(li + 1);
    return li_ >= lines_.size() || lines_[li_].indent <= parent;
  }

  // Single-line quoted scalars; the position after the closing quote, or 0.
  std::size_t single_quoted(std::size_t li, std::size_t v, std::string& out) const {
    for (std::size_t i = v + 1; i < lines_[li].end; ++i) {
      if (text_[i] != '\'') {
        out += text_[i];
      } else if (i + 1 < lines_[li].end && text_[i + 1] == '\'') {
        out += '\'';
        ++i;
      } else {
        return i + 1;
      }
    }
    return 0;
  }
  std::size_t double_quoted(std::size_t li, std::size_t v, std::string& out) const {
    const std::size_t end = lines_[li].end;
    for (std::size_t i = v + 1; i < end; ++i) {
      const char c = text_[i];
      if (c == '"') return i + 1;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (++i >= end) return 0;
      switch (text_[i]) {
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case '/': out += '/'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        default: return 0;  // other escapes: left to yaml-cpp
      }
    }
    return 0;
  }

  // `|` or `>` with an optional chomping indicator; the content's indent is
  // that of its first line.
  bool block_scalar(std::size_t li, std::size_t v, std::uint32_t parent) {
    const bool literal = text_[v] == '|';
    char chomp = 'c';
    std::size_t p = v + 1;
    if (p < lines_[li].end && (text_[p] == '-' || text_[p] == '+')) chomp = text_[p++];
    if (!literal && chomp == '+') return false;  // yaml-cpp keeps fewer trailing breaks here than YAML says
    if (p < lines_[li].end && text_[p] != ' ') return false;
    if (!rest_is_comment(li, p)) return false;
    std::size_t first = li + 1;
    while (first < lines_.size() && lines_[first].blank()) ++first;
    if (first >= lines_.size() || lines_[first].indent <= parent) return false;  // empty: left to yaml-cpp
    const std::uint32_t k = lines_[first].indent;
    std::string value;
    std::size_t breaks = 0;  // line breaks not yet written
    bool any = false;
    std::size_t last = li;
    for (std::size_t i = li + 1; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      if (l.blank()) {
        if (l.end - l.begin > k) return false;
        if (!l.newline) return false;
        ++breaks;
        last = i;
        continue;
      }
      if (l.indent < k) {
        if (l.indent > parent) return false;
        break;
      }
      if (l.indent > k && !literal) return false;  // more-indented folded lines: left to yaml-cpp
      if (!any || literal)
        value.append(breaks, '\n');
      else if (breaks == 1)
        value += ' ';  // folded: a single line break becomes a space
      else
        value.append(breaks - 1, '\n');
      value.append(text_.substr(l.begin + k, l.end - l.begin - k));
      if (!l.newline) return false;  // the last line of the file without a break: left to yaml-cpp
      any = true;
      breaks = 1;
      last = i;
    }
    // `breaks` counts the content's final break and the blank lines after it.
    if (chomp == 'c') value += '\n';
    if (chomp == '+') value.append(breaks, '\n');
    builder_.scalar(mark_at(li, v), false, value);
    li_ = next_content(last + 1);
    return li_ >= lines_.size() || lines_[li_].indent <= parent;
  }

  std::string_view text_;
  std::vector<Line> lines_;
  TreeBuilder builder_;
  std::size_t li_ = 0;  // the next content line after what was parsed
  std::uint32_t eof_line_ = 0;
};

}  // namespace

std::optional<Tree> parse_plain_block(std::string_view text) { return Parser(text).run(); }

}  // namespace arshjul::yaml
