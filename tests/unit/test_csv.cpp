// The CSV dialect of docs/data-format.md: what Swedish spreadsheets export.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "csv/reader.hpp"

using namespace arshjul;
using namespace arshjul::csv;

namespace {
struct Read {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::uint32_t> lines;
  std::vector<std::vector<std::uint32_t>> columns;
  std::optional<Stop> stop;
  std::optional<Legacy> legacy;
  char delimiter = 0;
};

Read read(const std::string& bytes, Dialect dialect = {}) {
  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (bytes.empty()) f = std::tmpfile();
  REQUIRE(f);
  Read out;
  {
    Reader reader(f, dialect);
    Record r;
    while (reader.next(r)) {
      std::vector<std::string> fields;
      std::vector<std::uint32_t> cols;
      for (std::size_t i = 0; i < r.size(); ++i) {
        fields.emplace_back(r[i]);
        cols.push_back(r.column_of(i));
      }
      out.rows.push_back(fields);
      out.lines.push_back(r.line());
      out.columns.push_back(cols);
    }
    out.stop = reader.stop();
    out.legacy = reader.legacy();
    out.delimiter = reader.delimiter();
  }
  std::fclose(f);
  return out;
}
using Rows = std::vector<std::vector<std::string>>;
}  // namespace

TEST_CASE("the delimiter is detected from the header line") {
  CHECK(detect_delimiter("a;b;c") == ';');
  CHECK(detect_delimiter("a,b,c") == ',');
  CHECK(detect_delimiter("a\tb\tc") == '\t');
  CHECK(detect_delimiter("a;b,c") == ';');          // tie: ';' first
  CHECK(detect_delimiter("a,b\tc") == ',');         // tie: ',' before TAB
  CHECK(detect_delimiter("\"a;b;c\",d,e") == ',');  // quoted delimiters do not count
  CHECK(detect_delimiter("single") == ';');
  CHECK(read("a,b\n1,2\n").delimiter == ',');
  CHECK(read("a;b\n1;2\n").delimiter == ';');
}

TEST_CASE("--delimiter values") {
  CHECK(parse_delimiter(",") == ',');
  CHECK(parse_delimiter(";") == ';');
  CHECK(parse_delimiter("\\t") == '\t');
  CHECK(parse_delimiter("tab") == '\t');
  CHECK(parse_delimiter("TAB") == '\t');
  CHECK_FALSE(parse_delimiter("|"));
  CHECK(read("a,b;c\n1,2;3\n", Dialect{Encoding::utf8, ','}).rows == Rows{{"a", "b;c"}, {"1", "2;3"}});
}

TEST_CASE("BOM, CRLF, LF, mixed line ends, no final line end") {
  const auto r = read("\xEF\xBB\xBFnamnd;belopp\r\nA;1\nB;2\r\nC;3");
  CHECK(r.rows == Rows{{"namnd", "belopp"}, {"A", "1"}, {"B", "2"}, {"C", "3"}});
  CHECK(r.lines == std::vector<std::uint32_t>{1, 2, 3, 4});
  CHECK(r.columns[0] == std::vector<std::uint32_t>{1, 7});  // the BOM takes no column
  CHECK_FALSE(r.stop);
}

TEST_CASE("RFC 4180 quoting: delimiters, line breaks and doubled quotes in fields") {
  const auto r = read("a;b;c\r\n\"x;y\";\"rad 1\r\nrad 2\";\"sa \"\"hej\"\"\"\r\nnext;2;3\r\n");
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[1] == std::vector<std::string>{"x;y", "rad 1\r\nrad 2", "sa \"hej\""});
  CHECK(r.lines == std::vector<std::uint32_t>{1, 2, 4});
  INFO(r.columns[1][0], " ", r.columns[1][1], " ", r.columns[1][2]);
  CHECK(r.columns[1] == std::vector<std::uint32_t>{1, 7, 8});  // the third field starts on line 3, column 8
}

TEST_CASE("a comma is a decimal separator inside quotes in a ,-separated file") {
  CHECK(read("value,unit\n\"7,25\",x\n").rows[1] == std::vector<std::string>{"7,25", "x"});
}

TEST_CASE("columns count code points") {
  const auto r = read("nämnd;år;x\nÅÄÖ;ö;z\n");
  CHECK(r.columns[1] == std::vector<std::uint32_t>{1, 5, 7});
}

TEST_CASE("an unclosed quote is reported where it opened; rows before are read") {
  const auto r = read("a;b\n1;2\n3;\"open\n4;5\n6;7\n");
  CHECK(r.rows == Rows{{"a", "b"}, {"1", "2"}});
  REQUIRE(r.stop);
  CHECK(r.stop->kind == Stop::Kind::unclosed_quote);
  CHECK(r.stop->line == 3);
  CHECK(r.stop->column == 3);
}

TEST_CASE("invalid UTF-8: line and byte offset of the first bad byte; the rows before are read") {
  const auto r = read("a;b\n1;2\n3;\xE5r\n4;5\n", Dialect{Encoding::utf8, std::nullopt});
  CHECK(r.rows == Rows{{"a", "b"}, {"1", "2"}});
  REQUIRE(r.stop);
  CHECK(r.stop->kind == Stop::Kind::invalid_utf8);
  CHECK(r.stop->line == 3);
  CHECK(r.stop->byte_offset == 10);
}

TEST_CASE("windows-1252 is read as such") {
  const auto r = read("n\xE4mnd;\x80\n\xC5r;1\n", Dialect{Encoding::windows_1252, std::nullopt});
  CHECK(r.rows == Rows{{"nämnd", "€"}, {"År", "1"}});
  CHECK_FALSE(r.stop);
}

TEST_CASE("detect: bytes that are never UTF-8 make the file windows-1252, from the first of them") {
  const auto r = read("a;b\r\n1;2\r\n\"x\ny\";\xE5r \x80\r\n4;\xE4\n");
  CHECK(r.rows == Rows{{"a", "b"}, {"1", "2"}, {"x\ny", "år €"}, {"4", "ä"}});
  CHECK_FALSE(r.stop);
  REQUIRE(r.legacy);
  CHECK(r.legacy->line == 4);
  CHECK(r.legacy->column == 4);
  CHECK(r.legacy->byte_offset == 16);
}

TEST_CASE("detect: a valid UTF-8 sequence anywhere makes an invalid byte ARS108, before or after it") {
  for (const std::string text : {"a;b\n\xC3\xA5;\xE5\n", "a;b\n\xE5;1\n2;\xC3\xA5\n"}) {
    const auto r = read(text);
    REQUIRE(r.stop);
    CHECK(r.stop->kind == Stop::Kind::invalid_utf8);
    CHECK(r.stop->line == 2);
    CHECK_FALSE(r.legacy);
  }
  // ... even one far beyond the first chunk.
  std::string big = "a;b\n\xE5;1\n";
  for (int i = 0; i < 300000; ++i) big += "1;2\n";
  big += "\xC3\xA5;1\n";
  const auto r = read(big);
  REQUIRE(r.stop);
  CHECK(r.stop->kind == Stop::Kind::invalid_utf8);
  CHECK(r.rows.size() == 1);
}

TEST_CASE("a windows-1252 file far beyond the first chunk decodes every byte") {
  std::string big = "a;b\n";
  for (int i = 0; i < 300000; ++i) big += "1;2\n";
  big += "\xC5r;\x9D\n";
  const auto r = read(big);
  CHECK_FALSE(r.stop);
  REQUIRE(r.legacy);
  CHECK(r.legacy->line == 300002);
  CHECK(r.rows.back() == std::vector<std::string>{"År", "\xC2\x9D"});  // undefined: the C1 control
}

std::string utf16(std::u16string_view text, bool big_endian, bool mark) {
  std::string out;
  if (mark) out += big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t c : text) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

TEST_CASE("UTF-16 with a mark, either byte order, with TABs as Excel's Unicode text") {
  for (const bool be : {false, true}) {
    const auto r = read(utf16(u"n\u00E4mnd\tv\u00E4rde\r\nKultur\tx\U0001F600\r\n", be, true));
    CHECK(r.delimiter == '\t');
    CHECK(r.rows == Rows{{"nämnd", "värde"}, {"Kultur", "x\xF0\x9F\x98\x80"}});
    CHECK_FALSE(r.stop);
    CHECK_FALSE(r.legacy);
  }
}

TEST_CASE("UTF-16 without a mark: a NUL byte with detect, little-endian with --encoding utf-16") {
  const std::string text = utf16(u"a;b\n1;\u00E5\n", false, false);
  const auto detected = read(text);
  REQUIRE(detected.stop);
  CHECK(detected.stop->kind == Stop::Kind::nul_byte);
  CHECK(detected.stop->byte_offset == 1);
  const auto forced = read(text, Dialect{Encoding::utf16, std::nullopt});
  CHECK(forced.rows == Rows{{"a", "b"}, {"1", "å"}});
  CHECK_FALSE(forced.stop);
}

TEST_CASE("UTF-16: a surrogate pair split across chunks is whole; a lone one stops reading") {
  std::u16string big = u"a;b\n";
  while (big.size() < (1u << 19)) big += u"1;2\n";
  big.resize((1u << 19) - 2);  // after the mark, the high half is the first chunk's last unit
  big += u"\U0001F600;1\n";
  const auto r = read(utf16(big, false, true));
  CHECK_FALSE(r.stop);
  const auto lone = read(utf16(u"a;b\n1;\xD800x\n", false, true));
  REQUIRE(lone.stop);
  CHECK(lone.stop->kind == Stop::Kind::invalid_utf16);
  CHECK(lone.rows == Rows{{"a", "b"}});
}

TEST_CASE("blank lines and ragged rows are passed on as they are") {
  const auto r = read("a;b\n\n1;2;3\n4\n");
  CHECK(r.rows == Rows{{"a", "b"}, {""}, {"1", "2", "3"}, {"4"}});
}

TEST_CASE("an empty file has no records") {
  const auto r = read("");
  CHECK(r.rows.empty());
  CHECK_FALSE(r.stop);
}

TEST_CASE("records across chunk boundaries stay whole") {
  std::string big = "a;b\n";
  for (int i = 0; i < 200000; ++i) big += "\"r" + std::to_string(i) + "\";" + std::to_string(i) + "\r\n";
  const auto r = read(big);
  REQUIRE(r.rows.size() == 200001);
  CHECK(r.rows[123457] == std::vector<std::string>{"r123456", "123456"});
  CHECK(r.lines.back() == 200001);
}

TEST_CASE("a NUL byte stops reading like invalid UTF-8: line, offset, rows before read") {
  const auto r = read(std::string("a;b\n1;2\n3;x\0y\n4;5\n", 17));
  CHECK(r.rows == Rows{{"a", "b"}, {"1", "2"}});
  REQUIRE(r.stop);
  CHECK(r.stop->kind == Stop::Kind::nul_byte);
  CHECK(r.stop->line == 3);
  CHECK(r.stop->byte_offset == 11);
  CHECK(r.stop->column == 4);
}
