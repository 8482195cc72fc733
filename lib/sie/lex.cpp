// Lexing SIE: a file's lines from a read-ahead block, and a record's fields.
#include <cstring>

#include "sie/detail.hpp"

namespace arshjul::sie::detail {

// Fields' reuse, kept out of the reader's sight.
struct Lexing {
  static Field& next_field(Fields& fields) {
    if (fields.used_ == fields.fields_.size()) fields.fields_.emplace_back();
    Field& f = fields.fields_[fields.used_++];
    f.text.clear();
    f.used = 0;
    f.list = false;
    return f;
  }

  static std::string& next_item(Field& f) {
    if (f.used == f.items.size()) f.items.emplace_back();
    std::string& item = f.items[f.used++];
    item.clear();
    return item;
  }

  static void clear(Fields& fields) { fields.used_ = 0; }
};

namespace {

// A quoted string from text[i] == '"': \" is a quote, \\ a backslash, any other backslash itself.
bool quoted(std::string_view text, std::size_t& i, std::string& out) {
  for (++i; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) {
      out += text[++i];
    } else if (text[i] == '"') {
      ++i;
      return true;
    } else {
      out += text[i];
    }
  }
  return false;
}

constexpr LexError unclosed_quote(std::size_t at) {
  return {at, "a quote is never closed", "ett citattecken stängs aldrig"};
}

}  // namespace

std::optional<LexError> lex_fields(std::string_view text, std::size_t i, Fields& out) {
  Lexing::clear(out);
  while (true) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size()) return std::nullopt;
    Field& f = Lexing::next_field(out);
    const std::size_t start = i;
    f.column = static_cast<std::uint32_t>(i + 1);
    if (text[i] == '"') {
      if (!quoted(text, i, f.text)) return unclosed_quote(start);
    } else if (text[i] == '{') {
      f.list = true;
      ++i;
      while (true) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        if (i >= text.size())
          return LexError{start, "an object list is never closed with }", "en objektlista stängs aldrig med }"};
        if (text[i] == '}') {
          ++i;
          break;
        }
        std::string& item = Lexing::next_item(f);
        if (text[i] == '"') {
          if (!quoted(text, i, item)) return unclosed_quote(start);
        } else {
          const std::size_t word = i;
          while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '}') ++i;
          item.assign(text.substr(word, i - word));
        }
      }
    } else {
      while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
      f.text.assign(text.substr(start, i - start));
    }
  }
}

FileLines::Next FileLines::next(std::string_view& line) {
  std::size_t scanned = begin_;
  while (true) {
    if (const void* nl = std::memchr(block_.data() + scanned, '\n', end_ - scanned)) {
      const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - block_.data());
      line = std::string_view(block_.data() + begin_, at - begin_);
      begin_ = at + 1;
      return Next::line;
    }
    if (eof_) {
      if (begin_ == end_) return Next::end;
      line = std::string_view(block_.data() + begin_, end_ - begin_);
      begin_ = end_;
      return Next::line;
    }
    std::memmove(block_.data(), block_.data() + begin_, end_ - begin_);
    end_ -= begin_, begin_ = 0, scanned = end_;
    if (end_ == block_.size()) {
      if (block_.size() >= max_line_bytes) return Next::too_long;
      block_.resize(block_.size() * 2);
    }
    const std::size_t n = std::fread(block_.data() + end_, 1, block_.size() - end_, file_);
    end_ += n;
    eof_ = n == 0;
  }
}

}  // namespace arshjul::sie::detail
