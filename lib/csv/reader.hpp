// A streaming RFC 4180 reader for what Swedish spreadsheets export: BOM,
// `;` `,` or TAB detected from the header, CRLF/LF mixed, UTF-8, UTF-16 and
// windows-1252, told apart as docs/data-format.md says.
// Memory holds one chunk plus the current record, whatever the file's size.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arshjul::csv {

/// What `--encoding` asks for. `detect`: a byte-order mark decides, else UTF-8,
/// else windows-1252 when no byte of 0x80 and above is part of valid UTF-8.
enum class Encoding : std::uint8_t { detect, utf8, windows_1252, utf16 };

struct Dialect {
  Encoding encoding = Encoding::detect;
  std::optional<char> delimiter;  // absent: detect from the header line
};

/// Why reading stopped before the end of the file.
struct Stop {
  enum class Kind : std::uint8_t {
    unclosed_quote,
    invalid_utf8,  // with `detect`: the file mixes valid UTF-8 sequences with invalid bytes
    invalid_utf16,
    nul_byte,
    record_too_large,
    read_error
  } kind{};
  std::uint32_t line = 0;         // unclosed quote: where it opened; UTF-8: line of the bad byte
  std::uint32_t column = 0;       // code points, 1-based
  std::uint64_t byte_offset = 0;  // invalid UTF-8: offset from the start of the file
};

/// Where a file without a byte-order mark turned out to be windows-1252: its
/// first byte that is not UTF-8 (ARS113).
struct Legacy {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint64_t byte_offset = 0;
};

/// One record; views stay valid until the next call to Reader::next.
class Record {
 public:
  std::size_t size() const { return count_; }
  std::string_view operator[](std::size_t i) const;
  std::uint32_t line() const { return line_; }
  std::uint32_t line_of(std::size_t i) const { return fields_[i].line; }
  std::uint32_t column_of(std::size_t i) const;  // 1-based, code points
  bool blank() const;                            // no field holds anything but spaces

 private:
  friend class Reader;
  struct Field {
    std::uint32_t begin, end;   // in the buffer or in `unescaped_`
    std::uint32_t line_start;   // buffer offset where the field's line starts
    std::uint32_t field_start;  // buffer offset of the field's first character
    std::uint32_t line;
    bool unescaped;
  };
  Field& next_field() {
    if (count_ == fields_.size()) fields_.resize(fields_.size() * 2 + 16);
    return fields_[count_++];
  }

  std::vector<Field> fields_;  // reused: only the first count_ are this record's
  std::size_t count_ = 0;
  std::string unescaped_;
  const char* data_ = nullptr;  // the reader's buffer while this record is current
  std::uint32_t line_ = 0;
};

/// A part of a file to read: from `offset` (the start of a line) to `end`.
struct Range {
  std::uint64_t offset = 0;
  std::uint64_t end = UINT64_MAX;
  std::uint32_t first_line = 1;
};

class Reader {
 public:
  Reader(std::FILE* file, Dialect dialect);
  /// Reads only `range` of a file positioned at its start; `delimiter` must be known.
  Reader(std::FILE* file, Dialect dialect, Range range);
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// The next record (the header first). False at the end or on a Stop.
  bool next(Record& record);
  const std::optional<Stop>& stop() const { return stop_; }
  /// Set once `detect` has chosen windows-1252 for a file without a mark.
  const std::optional<Legacy>& legacy() const { return legacy_; }
  /// True once the bytes are decoded from something other than UTF-8.
  bool decoded() const { return decode_ != Decode::utf8; }
  char delimiter() const { return delimiter_; }
  /// Where the next record starts: its byte offset in the file and its line.
  std::uint64_t offset() const { return buffer_file_offset_ + pos_; }
  std::uint32_t line() const { return line_; }

 private:
  enum class Scan : std::uint8_t { record, need_more, end };
  enum class Decode : std::uint8_t { utf8, windows_1252, utf16le, utf16be };
  bool fill();
  std::size_t read_raw(std::size_t want);
  std::size_t choose_decoding(std::string_view start);  // the length of the byte-order mark
  void append_decoded(std::string_view bytes);
  bool switch_to_windows_1252(std::size_t bad);
  void compact();
  void reserve(std::size_t more);
  void detect_delimiter();
  void set_delimiter(char d);
  Scan scan(Record& record);

  std::FILE* file_;
  Encoding encoding_;
  Decode decode_ = Decode::utf8;
  bool may_switch_ = true;  // a part of a file (a Range) never changes its decoding
  bool non_ascii_seen_ = false;
  std::string pending_;                 // UTF-16: an odd byte or a high surrogate the next chunk completes
  std::uint64_t raw_read_ = 0;          // bytes read from the file (UTF-16 offsets)
  std::array<bool, 256> ends_field_{};  // the delimiter, CR and LF
  char delimiter_ = ';';
  bool delimiter_known_ = false;
  // Decoded UTF-8: [pos_, valid_end_) is unread and valid; [valid_end_, size_)
  // holds at most the first bytes of a character that the next chunk completes.
  std::unique_ptr<char[]> data_;
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;
  std::unique_ptr<char[]> chunk_;  // input before decoding
  std::size_t chunk_capacity_ = 0;
  std::size_t pos_ = 0;
  std::size_t valid_end_ = 0;
  bool eof_ = false;
  bool at_start_ = true;
  bool invalid_seen_ = false;
  Stop::Kind invalid_kind_ = Stop::Kind::invalid_utf8;  // or a NUL byte
  std::uint64_t invalid_offset_ = 0;                    // file offset of the first invalid byte
  std::uint64_t buffer_file_offset_ = 0;                // file offset of data_[0] (UTF-8 input)
  std::uint32_t line_ = 1;                              // line of data_[pos_]
  std::uint64_t remaining_ = UINT64_MAX;                // bytes of the range not yet read
  std::optional<Stop> stop_;
  std::optional<Legacy> legacy_;
};

/// The delimiter of docs/data-format.md: the candidate most frequent outside
/// quotes in the header line; ties go to `;`, then `,`, then TAB.
char detect_delimiter(std::string_view header_line);

/// Parses a `--delimiter` value: `,` `;` `\t` or `tab`.
std::optional<char> parse_delimiter(std::string_view text);

}  // namespace arshjul::csv
