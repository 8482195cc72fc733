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
  const auto r = read("a;b\n1;2\n3;\xE5r\n4;5\n");
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
