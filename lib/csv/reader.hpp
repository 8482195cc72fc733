// A streaming RFC 4180 reader for what Swedish spreadsheets export: BOM,
// `;` `,` or TAB detected from the header, CRLF/LF mixed, windows-1252.
// Memory holds one chunk plus the current record, whatever the file's size.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arshjul::csv {

enum class Encoding : std::uint8_t { utf8, windows_1252 };

struct Dialect {
  Encoding encoding = Encoding::utf8;
  std::optional<char> delimiter;  // absent: detect from the header line
};

/// Why reading stopped before the end of the file.
struct Stop {
  enum class Kind : std::uint8_t { unclosed_quote, invalid_utf8, record_too_large, read_error } kind{};
  std::uint32_t line = 0;          // unclosed quote: where it opened; UTF-8: line of the bad byte
  std::uint32_t column = 0;        // code points, 1-based
  std::uint64_t byte_offset = 0;   // invalid UTF-8: offset from the start of the file
};

/// One record; views stay valid until the next call to Reader::next.
class Record {
 public:
  std::size_t size() const { return fields_.size(); }
  std::string_view operator[](std::size_t i) const;
  std::uint32_t line() const { return line_; }
  std::uint32_t line_of(std::size_t i) const { return fields_[i].line; }
  std::uint32_t column_of(std::size_t i) const;  // 1-based, code points
  bool blank() const;                            // no field holds anything but spaces

 private:
  friend class Reader;
  struct Field {
    std::uint32_t begin, end;      // in the buffer or in `unescaped_`
    std::uint32_t line_start;      // buffer offset where the field's line starts
    std::uint32_t field_start;     // buffer offset of the field's first character
    std::uint32_t line;
    bool unescaped;
  };
  std::vector<Field> fields_;
  std::string unescaped_;
  const std::string* buffer_ = nullptr;
  std::uint32_t line_ = 0;
};

class Reader {
 public:
  Reader(std::FILE* file, Dialect dialect);
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  /// The next record (the header first). False at the end or on a Stop.
  bool next(Record& record);
  const std::optional<Stop>& stop() const { return stop_; }
  char delimiter() const { return delimiter_; }

 private:
  enum class Scan : std::uint8_t { record, need_more, end };
  bool fill();
  void detect_delimiter();
  Scan scan(Record& record);

  std::FILE* file_;
  Encoding encoding_;
  char delimiter_ = ';';
  bool delimiter_known_ = false;
  std::string buffer_;       // decoded UTF-8
  std::string raw_;          // undecoded bytes carried over between chunks
  std::size_t pos_ = 0;      // start of the next record in buffer_
  std::size_t valid_end_;    // bytes of buffer_ known to be valid
  bool eof_ = false;
  bool invalid_seen_ = false;
  std::uint64_t invalid_offset_ = 0;   // file offset of the first invalid byte
  std::uint64_t buffer_file_offset_ = 0;  // file offset of buffer_[0] (UTF-8 only)
  std::uint64_t bytes_read_ = 0;
  bool at_start_ = true;
  std::uint32_t line_ = 1;         // line of buffer_[pos_]
  std::size_t line_start_ = 0;     // buffer offset of the start of line_
  std::optional<Stop> stop_;
};

/// The delimiter of data-format.md: the candidate most frequent outside
/// quotes in the header line; ties go to `;`, then `,`, then TAB.
char detect_delimiter(std::string_view header_line);

/// Parses a `--delimiter` value: `,` `;` `\t` or `tab`.
std::optional<char> parse_delimiter(std::string_view text);

}  // namespace arshjul::csv
