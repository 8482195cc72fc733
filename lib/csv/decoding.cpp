// The reader's decodings (docs/data-format.md, "CSV dialect"): the byte-order
// mark, UTF-16, windows-1252, and the switch to windows-1252 of a file without
// a mark whose bytes beyond ASCII are never UTF-8.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "csv/detail.hpp"
#include "csv/reader.hpp"
#include "values/text.hpp"

namespace arshjul::csv {

using detail::chunk_size;
using detail::utf8_bom;

std::size_t Reader::read_raw(std::size_t want) {
  if (chunk_capacity_ < want) {
    chunk_ = std::make_unique_for_overwrite<char[]>(want);
    chunk_capacity_ = want;
  }
  const std::size_t got = std::fread(chunk_.get(), 1, want, file_);
  raw_read_ += got;
  return got;
}

// At the start of a file: a byte-order mark, or what --encoding forces.
std::size_t Reader::choose_decoding(std::string_view start) {
  const bool le = start.starts_with("\xFF\xFE"), be = start.starts_with("\xFE\xFF");
  std::size_t mark = 0;
  if (start.starts_with(utf8_bom) && encoding_ != Encoding::utf16) {
    mark = utf8_bom.size();
  } else if ((le || be) && (encoding_ == Encoding::detect || encoding_ == Encoding::utf16)) {
    decode_ = be ? Decode::utf16be : Decode::utf16le;
    mark = 2;
  } else if (encoding_ == Encoding::utf16) {
    decode_ = Decode::utf16le;  // no mark: little-endian, as Windows writes it
  }
  if (encoding_ == Encoding::windows_1252) decode_ = Decode::windows_1252;
  if (decode_ != Decode::utf8 || encoding_ != Encoding::detect) may_switch_ = false;
  return mark;
}

void Reader::append_decoded(std::string_view bytes) {
  std::string decoded;
  if (decode_ == Decode::windows_1252) {
    append_windows_1252_as_utf8(bytes, decoded);
  } else if (decode_ == Decode::utf8) {
    decoded.assign(bytes);
  } else {
    pending_.append(bytes);
    const Utf16Decoded d = append_utf16_as_utf8(pending_, decode_ == Decode::utf16be, decoded);
    if (d.invalid && !invalid_seen_) {
      invalid_seen_ = true;
      invalid_kind_ = Stop::Kind::invalid_utf16;
      invalid_offset_ = raw_read_ - pending_.size() + d.consumed;
      eof_ = true;
    }
    pending_.erase(0, d.invalid ? pending_.size() : d.consumed);
  }
  reserve(decoded.size());
  if (!decoded.empty()) std::memcpy(data_.get() + size_, decoded.data(), decoded.size());
  size_ += decoded.size();
}

// A file without a mark read as UTF-8 so far met an invalid byte at data_[bad]:
// if nothing before it was beyond ASCII and no valid UTF-8 sequence follows
// anywhere in the file, it is windows-1252, and the text read so far is the
// same in both. True when the rest of the buffer is now decoded so.
bool Reader::switch_to_windows_1252(std::size_t bad) {
  if (!may_switch_ || non_ascii_seen_) return false;
  const std::string rest(data_.get() + bad, size_ - bad);
  bool later_utf8 = has_utf8_sequence(rest);
  if (!later_utf8 && !eof_) {
    // Look ahead to the end of the file, then come back.
    const long back = std::ftell(file_);
    std::string carry = rest.substr(rest.size() - std::min<std::size_t>(rest.size(), 3));
    std::vector<char> ahead(chunk_size);
    std::uint64_t left = remaining_;
    while (!later_utf8 && left > 0) {
      const std::size_t got = std::fread(ahead.data(), 1, std::min<std::uint64_t>(ahead.size(), left), file_);
      if (got == 0) break;
      left -= got;
      carry.append(ahead.data(), got);
      later_utf8 = has_utf8_sequence(carry);
      carry.erase(0, carry.size() - std::min<std::size_t>(carry.size(), 3));
    }
    if (back < 0 || std::fseek(file_, back, SEEK_SET) != 0) {
      stop_ = Stop{Stop::Kind::read_error, line_, 1, 0};
      eof_ = true;
      return false;
    }
  }
  if (later_utf8) return false;
  // Line and column of the first such byte, counted from the current record.
  std::uint32_t line = line_;
  std::size_t line_start = pos_;
  for (std::size_t i = pos_; i < bad; ++i) {
    const char c = data_[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= bad || data_[i + 1] != '\n'))) ++line, line_start = i + 1;
  }
  legacy_ = Legacy{line, static_cast<std::uint32_t>(bad - line_start + 1), buffer_file_offset_ + bad};
  decode_ = Decode::windows_1252;
  may_switch_ = false;
  size_ = bad;
  append_decoded(rest);
  return true;
}

}  // namespace arshjul::csv
