#include "csv/reader.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "csv/detail.hpp"
#include "values/text.hpp"

namespace arshjul::csv {

using detail::chunk_size;
using detail::utf8_bom;

namespace {
// A record larger than this is refused rather than held in memory.
constexpr std::size_t max_record_bytes = std::size_t{64} << 20;

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

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = 0x8080808080808080ULL;
// The lowest set high bit marks the first zero byte (higher ones may be false).
constexpr std::uint64_t zero_bytes(std::uint64_t v) { return (v - ones) & ~v & highs; }
}  // namespace

std::string_view Record::operator[](std::size_t i) const {
  const Field& f = fields_[i];
  const char* source = f.unescaped ? unescaped_.data() : data_;
  return {source + f.begin, f.end - f.begin};
}

std::uint32_t Record::column_of(std::size_t i) const {
  const Field& f = fields_[i];
  return static_cast<std::uint32_t>(count_code_points({data_ + f.line_start, f.field_start - f.line_start}) + 1);
}

bool Record::blank() const {
  for (std::size_t i = 0; i < count_; ++i)
    if (!trim((*this)[i]).empty()) return false;
  return true;
}

char detect_delimiter(std::string_view header_line) {
  std::array<std::size_t, 3> counts{};  // ';' ',' TAB: the order of the tie rule
  bool quoted = false;
  for (char c : header_line) {
    if (c == '"')
      quoted = !quoted;
    else if (quoted)
      continue;
    else if (c == ';')
      ++counts[0];
    else if (c == ',')
      ++counts[1];
    else if (c == '\t')
      ++counts[2];
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

Reader::Reader(std::FILE* file, Dialect dialect) : file_(file), encoding_(dialect.encoding) {
  if (dialect.delimiter) {
    set_delimiter(*dialect.delimiter);
    delimiter_known_ = true;
  }
}

Reader::Reader(std::FILE* file, Dialect dialect, Range range) : Reader(file, dialect) {
  buffer_file_offset_ = range.offset;
  remaining_ = range.end - range.offset;
  line_ = range.first_line;
  at_start_ = range.offset == 0;
  if (!at_start_) {
    // A part of a file: its decoding was chosen at the file's start.
    decode_ = dialect.encoding == Encoding::windows_1252 ? Decode::windows_1252 : Decode::utf8;
    may_switch_ = false;
  }
}

void Reader::set_delimiter(char d) {
  delimiter_ = d;
  ends_field_.fill(false);
  for (char c : {d, '\r', '\n'}) ends_field_[static_cast<unsigned char>(c)] = true;
}

// Drops what earlier records used; the current record moves to the front.
void Reader::compact() {
  if (pos_ == 0) return;
  std::memmove(data_.get(), data_.get() + pos_, size_ - pos_);
  size_ -= pos_;
  valid_end_ -= pos_;
  buffer_file_offset_ += pos_;
  pos_ = 0;
}

void Reader::reserve(std::size_t more) {
  if (data_ && size_ + more <= capacity_) return;
  // Always a real buffer, even for an empty file: memchr and memcpy take no null pointer.
  const std::size_t capacity = std::max({capacity_ * 2, size_ + more, std::size_t{64}});
  auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
  if (size_) std::memcpy(bigger.get(), data_.get(), size_);
  data_ = std::move(bigger);
  capacity_ = capacity;
}

bool Reader::fill() {
  if (eof_) return false;
  compact();
  if (size_ > max_record_bytes) {
    stop_ = Stop{Stop::Kind::record_too_large, line_, 1, max_record_bytes};
    eof_ = true;
    return false;
  }
  // A record that did not fit is scanned again from its start once more bytes
  // arrive: reading as many bytes as are buffered doubles the buffer each
  // time, so a huge record costs time linear in its size, not quadratic.
  // Just past the record limit at most, so that the next fill refuses the record.
  const std::size_t limit = size_ <= max_record_bytes ? max_record_bytes - size_ + 1 : chunk_size;
  const std::size_t want = static_cast<std::size_t>(
      std::min<std::uint64_t>(std::min(std::max(chunk_size, size_), std::max(chunk_size, limit)), remaining_));
  std::size_t got;
  if (at_start_) {
    // The first bytes decide the decoding. UTF-8 stays where it was read; the
    // mark takes no column, and offsets still count it.
    reserve(want);
    got = std::fread(data_.get(), 1, want, file_);
    raw_read_ += got;
    at_start_ = false;
    const std::size_t mark = choose_decoding({data_.get(), got});
    if (decode_ == Decode::utf8) {
      size_ = got;
      pos_ = valid_end_ = mark;
    } else {
      const std::string raw(data_.get() + mark, got - mark);
      buffer_file_offset_ = mark;
      append_decoded(raw);
    }
  } else if (decode_ != Decode::utf8) {
    got = read_raw(want);
    append_decoded({chunk_.get(), got});
  } else {
    // Read straight into the buffer and check the new bytes where they lie.
    reserve(want);
    got = std::fread(data_.get() + size_, 1, want, file_);
    size_ += got;
  }
  remaining_ -= got;
  if (got < want || remaining_ == 0) {
    if (std::ferror(file_)) stop_ = Stop{Stop::Kind::read_error, line_, 1, 0};
    eof_ = true;
    if (!pending_.empty() && !invalid_seen_) {  // UTF-16 ending inside a unit or pair
      invalid_seen_ = true;
      invalid_kind_ = Stop::Kind::invalid_utf16;
      invalid_offset_ = raw_read_ - pending_.size();
    }
  }
  const std::string_view fresh{data_.get() + valid_end_, size_ - valid_end_};
  const std::size_t hold = decode_ == Decode::utf8 && !eof_ ? incomplete_tail(fresh) : 0;
  std::string_view checked = fresh.substr(0, fresh.size() - hold);
  std::size_t bad = decode_ == Decode::utf8 ? find_invalid_utf8(checked, non_ascii_seen_) : std::string_view::npos;
  // A NUL byte means a binary or UTF-16 file: it stops reading like invalid UTF-8.
  const auto find_nul = [&] {
    if (const void* nul = std::memchr(checked.data(), '\0', std::min(bad, checked.size()))) {
      bad = static_cast<std::size_t>(static_cast<const char*>(nul) - checked.data());
      invalid_kind_ = Stop::Kind::nul_byte;
      return true;
    }
    return false;
  };
  if (!find_nul() && bad != std::string_view::npos && switch_to_windows_1252(valid_end_ + bad)) {
    checked = std::string_view{data_.get() + valid_end_, size_ - valid_end_};
    bad = std::string_view::npos;
    find_nul();
  }
  if (bad != std::string_view::npos) {
    invalid_seen_ = true;
    // For a decoded file, an offset in the decoded text.
    invalid_offset_ = buffer_file_offset_ + valid_end_ + bad;
    size_ = valid_end_ + bad;  // nothing after the first invalid byte is read
    eof_ = true;
  } else if (invalid_seen_ && invalid_kind_ == Stop::Kind::invalid_utf16) {
    eof_ = true;
  }
  valid_end_ = size_ - (invalid_seen_ ? 0 : hold);
  return true;
}

void Reader::detect_delimiter() {
  while (std::memchr(data_.get() + pos_, '\n', valid_end_ - pos_) == nullptr && fill()) {
  }
  const std::string_view unread{data_.get() + pos_, valid_end_ - pos_};
  set_delimiter(csv::detect_delimiter(unread.substr(0, unread.find('\n'))));
  delimiter_known_ = true;
}

Reader::Scan Reader::scan(Record& record) {
  record.count_ = 0;
  record.unescaped_.clear();
  record.data_ = data_.get();
  record.line_ = line_;
  const char* b = data_.get();
  const auto* u = reinterpret_cast<const unsigned char*>(b);
  const std::size_t end = valid_end_;
  const char delim = delimiter_;
  const std::uint64_t delim_bytes = ones * static_cast<unsigned char>(delim);
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
      stop_ = Stop{invalid_kind_, line, column, invalid_offset_};
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
    Record::Field& f = record.next_field();
    f.field_start = static_cast<std::uint32_t>(p);
    f.line_start = static_cast<std::uint32_t>(line_start);
    f.line = line;
    f.unescaped = false;
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
          if (b[i] == '\n')
            new_line(i + 1);
          else if (b[i] == '\r' && (i + 1 >= end || b[i + 1] != '\n'))
            new_line(i + 1);
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
        if (copied)
          record.unescaped_.append(b + segment, q - segment);
        else
          f.begin = static_cast<std::uint32_t>(segment), f.end = static_cast<std::uint32_t>(q);
        p = q + 1;
        break;
      }
      // Text after the closing quote is kept, as spreadsheets do.
      const std::size_t rest = p;
      while (p < end && !ends_field_[u[p]]) ++p;
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
      // Eight bytes at a time to the next delimiter, CR or LF.
      while (p + 8 <= end) {
        std::uint64_t w;
        std::memcpy(&w, b + p, 8);
        const std::uint64_t hits =
            zero_bytes(w ^ delim_bytes) | zero_bytes(w ^ (ones * '\r')) | zero_bytes(w ^ (ones * '\n'));
        if (hits) {
          p += static_cast<std::size_t>(std::countr_zero(hits)) / 8;
          goto field_end;
        }
        p += 8;
      }
      while (p < end && !ends_field_[u[p]]) ++p;
    field_end:
      f.end = static_cast<std::uint32_t>(p);
    }
    if (p == end) {
      const Scan s = starved(false, 0, 0);
      if (s != Scan::record) return s;
      pos_ = p;
      line_ = line;
      return Scan::record;
    }
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
    return Scan::record;
  }
}

bool Reader::next(Record& record) {
  if (stop_) return false;
  while (at_start_ && fill()) {
  }
  if (!delimiter_known_) detect_delimiter();
  while (true) {
    switch (scan(record)) {
      case Scan::record: return true;
      case Scan::end: return false;
      case Scan::need_more:
        if (!fill() && stop_) return false;
        break;
    }
  }
}

}  // namespace arshjul::csv
