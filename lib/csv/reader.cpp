#include "csv/reader.hpp"

#include <array>
#include <cstring>

#include "values/text.hpp"

namespace arshjul::csv {

namespace {
constexpr std::size_t chunk_size = 1 << 20;
// A record larger than this is refused rather than held in memory.
constexpr std::size_t max_record_bytes = std::size_t{64} << 20;
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Bytes at the end of `s` that start a UTF-8 sequence not yet complete.
std::size_t incomplete_tail(std::string_view s) {
  const std::size_t n = s.size();
  for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
    const auto c = static_cast<unsigned char>(s[n - back]);
    if ((c & 0xC0) == 0x80) continue;  // continuation: look further back
    const std::size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    return need > back ? back : 0;
  }
  return 0;
}
}  // namespace

std::string_view Record::operator[](std::size_t i) const {
  const Field& f = fields_[i];
  const std::string& source = f.unescaped ? unescaped_ : *buffer_;
  return std::string_view{source}.substr(f.begin, f.end - f.begin);
}

std::uint32_t Record::column_of(std::size_t i) const {
  const Field& f = fields_[i];
  const std::string_view prefix = std::string_view{*buffer_}.substr(f.line_start, f.field_start - f.line_start);
  return static_cast<std::uint32_t>(count_code_points(prefix) + 1);
}

bool Record::blank() const {
  for (std::size_t i = 0; i < fields_.size(); ++i)
    if (!trim((*this)[i]).empty()) return false;
  return true;
}

char detect_delimiter(std::string_view header_line) {
  std::array<std::size_t, 3> counts{};  // ';' ',' TAB: the order of the tie rule
  bool quoted = false;
  for (char c : header_line) {
    if (c == '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c == ';') ++counts[0];
    else if (c == ',') ++counts[1];
    else if (c == '\t') ++counts[2];
  }
  constexpr std::array<char, 3> candidates{';', ',', '\t'};
  std::size_t best = 0;
  for (std::size_t i = 1; i < counts.size(); ++i)
    if (counts[i] > counts[best]) best = i;
  return candidates[best];
}

std::optional<char> parse_delimiter(std::string_view text) {
  if (text == "," || text == ";") return text[0];
  if (text == "\\t" || text == "\t" || fold_word(text) == "tab") return '\t';
  return std::nullopt;
}

Reader::Reader(std::FILE* file, Dialect dialect)
    : file_(file), encoding_(dialect.encoding), valid_end_(0) {
  if (dialect.delimiter) {
    delimiter_ = *dialect.delimiter;
    delimiter_known_ = true;
  }
}

bool Reader::fill() {
  if (eof_) return false;
  // Drop what earlier records used; the current record moves to the front.
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    buffer_file_offset_ += pos_;
    valid_end_ -= pos_;
    line_start_ -= pos_;
    pos_ = 0;
  }
  if (buffer_.size() > max_record_bytes) {
    stop_ = Stop{Stop::Kind::record_too_large, line_, 1, max_record_bytes};
    eof_ = true;
    return false;
  }
  const std::size_t old_raw = raw_.size();
  raw_.resize(old_raw + chunk_size);
  const std::size_t got = std::fread(raw_.data() + old_raw, 1, chunk_size, file_);
  raw_.resize(old_raw + got);
  bytes_read_ += got;
  if (got < chunk_size) {
    if (std::ferror(file_)) stop_ = Stop{Stop::Kind::read_error, line_, 1, 0};
    eof_ = true;
  }
  std::string_view bytes = raw_;
  if (at_start_) {
    if (bytes.size() < utf8_bom.size() && !eof_) return true;  // too short to tell yet
    at_start_ = false;
    if (bytes.starts_with(utf8_bom)) {
      bytes.remove_prefix(utf8_bom.size());
      buffer_file_offset_ = utf8_bom.size();
    }
  }
  if (encoding_ == Encoding::windows_1252) {
    append_windows_1252_as_utf8(bytes, buffer_);
    raw_.clear();
  } else {
    const std::size_t hold = eof_ ? 0 : incomplete_tail(bytes);
    const std::string_view checked = bytes.substr(0, bytes.size() - hold);
    const std::size_t bad = find_invalid_utf8(checked);
    if (bad != std::string_view::npos) {
      invalid_seen_ = true;
      invalid_offset_ = buffer_file_offset_ + buffer_.size() + bad;
      buffer_.append(checked.substr(0, bad));
      eof_ = true;  // nothing after the first invalid byte is read
      raw_.clear();
    } else {
      buffer_.append(checked);
      raw_.erase(0, raw_.size() - hold);
    }
  }
  valid_end_ = buffer_.size();
  return true;
}

void Reader::detect_delimiter() {
  while (buffer_.find('\n', pos_) == std::string::npos && fill()) {
  }
  const std::size_t eol = buffer_.find('\n', pos_);
  delimiter_ = csv::detect_delimiter(std::string_view{buffer_}.substr(pos_, eol == std::string::npos ? eol : eol - pos_));
  delimiter_known_ = true;
}

Reader::Scan Reader::scan(Record& record) {
  record.fields_.clear();
  record.unescaped_.clear();
  record.buffer_ = &buffer_;
  record.line_ = line_;
  const char* b = buffer_.data();
  const std::size_t end = valid_end_;
  const char delim = delimiter_;
  std::size_t p = pos_;
  std::uint32_t line = line_;
  std::size_t line_start = pos_;
  const auto new_line = [&](std::size_t after) {
    ++line;
    line_start = after;
  };
  // End of the data before the record is complete.
  const auto starved = [&](bool in_quote, std::uint32_t quote_line, std::size_t quote_at) -> Scan {
    if (!eof_) return Scan::need_more;
    if (invalid_seen_) {
      const auto column = static_cast<std::uint32_t>(count_code_points({b + line_start, end - line_start}) + 1);
      stop_ = Stop{Stop::Kind::invalid_utf8, line, column, invalid_offset_};
      return Scan::end;
    }
    if (in_quote) {
      // Columns count from the quote's own line start.
      std::size_t ls = quote_at;
      while (ls > pos_ && b[ls - 1] != '\n' && b[ls - 1] != '\r') --ls;
      const auto column = static_cast<std::uint32_t>(count_code_points({b + ls, quote_at - ls}) + 1);
      stop_ = Stop{Stop::Kind::unclosed_quote, quote_line, column, 0};
      return Scan::end;
    }
    return Scan::record;
  };

  if (p >= end) return starved(false, 0, 0) == Scan::need_more ? Scan::need_more : Scan::end;

  while (true) {
    Record::Field f{};
    f.field_start = static_cast<std::uint32_t>(p);
    f.line_start = static_cast<std::uint32_t>(line_start);
    f.line = line;
    if (p < end && b[p] == '"') {
      const std::uint32_t quote_line = line;
      const std::size_t quote_at = p;
      ++p;
      std::size_t segment = p;
      bool copied = false;
      while (true) {
        const void* hit = std::memchr(b + p, '"', end - p);
        const std::size_t q = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - b) : end;
        for (std::size_t i = p; i < q; ++i) {
          if (b[i] == '\n') new_line(i + 1);
          else if (b[i] == '\r' && (i + 1 >= end || b[i + 1] != '\n')) new_line(i + 1);
        }
        if (q == end) return starved(true, quote_line, quote_at);
        if (q + 1 == end && !eof_) return Scan::need_more;  // a doubled quote may follow
        if (q + 1 < end && b[q + 1] == '"') {
          if (!copied) {
            f.begin = static_cast<std::uint32_t>(record.unescaped_.size());
            copied = true;
          }
          record.unescaped_.append(b + segment, q + 1 - segment);
          p = q + 2;
          segment = p;
          continue;
        }
        if (copied) record.unescaped_.append(b + segment, q - segment);
        else f.begin = static_cast<std::uint32_t>(segment), f.end = static_cast<std::uint32_t>(q);
        p = q + 1;
        break;
      }
      // Text after the closing quote is kept, as spreadsheets do.
      const std::size_t rest = p;
      while (p < end && b[p] != delim && b[p] != '\n' && b[p] != '\r') ++p;
      if (p > rest && !copied) {
        const std::size_t start = record.unescaped_.size();
        record.unescaped_.append(b + f.begin, f.end - f.begin);
        f.begin = static_cast<std::uint32_t>(start);
        copied = true;
      }
      if (copied) {
        record.unescaped_.append(b + rest, p - rest);
        f.end = static_cast<std::uint32_t>(record.unescaped_.size());
      }
      f.unescaped = copied;
    } else {
      f.begin = static_cast<std::uint32_t>(p);
      while (p < end && b[p] != delim && b[p] != '\n' && b[p] != '\r') ++p;
      f.end = static_cast<std::uint32_t>(p);
    }
    if (p == end) {
      const Scan s = starved(false, 0, 0);
      if (s != Scan::record) return s;
      record.fields_.push_back(f);
      pos_ = p;
      line_ = line;
      return Scan::record;
    }
    record.fields_.push_back(f);
    if (b[p] == delim) {
      ++p;
      continue;
    }
    if (b[p] == '\r') {
      if (p + 1 == end && !eof_) return Scan::need_more;
      p += (p + 1 < end && b[p + 1] == '\n') ? 2 : 1;
    } else {
      ++p;
    }
    new_line(p);
    pos_ = p;
    line_ = line;
    line_start_ = line_start;
    return Scan::record;
  }
}

bool Reader::next(Record& record) {
  if (stop_) return false;
  if (!delimiter_known_) detect_delimiter();
  if (buffer_.empty() && !eof_) fill();
  while (true) {
    switch (scan(record)) {
      case Scan::record:
        return true;
      case Scan::end:
        return false;
      case Scan::need_more:
        if (!fill() && stop_) return false;
        break;
    }
  }
}

}  // namespace arshjul::csv
