// lib/sie: the SIE reader on every record form of docs/data-format.md
// "Bookkeeping", each with the finding it gives and where.
#include <doctest/doctest.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "findings/codes.hpp"
#include "sie/reader.hpp"

using namespace arshjul;

namespace {

struct Read {
  Books books;
  std::vector<std::string> findings;  // "ARS103 3:15 message (en)"
};

Read read(std::string_view bytes, int year = 2026) {
  FindingList list;
  Read out;
  out.books = sie::read_books_from(bytes, 0, year, list);
  for (const Finding& f : list.items())
    out.findings.push_back(fmt::format("{} {}:{} {}", code_name(f.code), f.where.line, f.where.column, f.message.en));
  return out;
}

// "ARS103 6:26, ARS704 9:1": codes and places, in the reader's order.
std::string codes_at(const Read& r) {
  std::string out;
  for (const std::string& f : r.findings) out += (out.empty() ? "" : ", ") + f.substr(0, f.find(' ', f.find(' ') + 1));
  return out;
}
constexpr std::string_view head = "#FLAGGA 0\n#SIETYP 4\n#ORGNR 556509-4207\n#RAR 0 20260101 20261231\n";

std::string file(std::string_view body) { return std::string(head) + std::string(body); }

// öre by month, from January
Wide at(const Read& r, int month) { return r.books.booked[static_cast<std::size_t>(month - 1)]; }

}  // namespace

TEST_CASE("a #VER block's #TRANS rows sum by their date into the booked outcome to date") {
  const Read r =
      read(file("#VER A 1 20260115 \"Faktura\"\n{\n#TRANS 5010 {} 1200.50\n#TRANS 1930 {} -1200.50\n}\n"
                "#VER A 2 20260301\n{\n#TRANS 3010 {} -200 20260205\n#TRANS 5010 {} 99.9\n}\n"));
  CHECK(r.findings.empty());
  CHECK(r.books.usable);
  CHECK(r.books.complete);
  CHECK(r.books.org_number == "5565094207");
  CHECK(r.books.orgnr_where.line == 3);
  CHECK(r.books.covered == 3);
  CHECK(at(r, 1) == 120050);   // 1930 is a balance account: not counted
  CHECK(at(r, 2) == 100050);   // transdat 2026-02-05 beats the #VER date
  CHECK(at(r, 3) == 110040);   // 99.9 is 99.90
  CHECK(at(r, 12) == 110040);  // cumulative to the year's end
}

TEST_CASE("#RTRANS and #BTRANS never count; the #TRANS after an #RTRANS does") {
  const Read r = read(file("#VER A 1 20260110\n{\n#RTRANS 5010 {} 500\n#TRANS 5010 {} 500\n#BTRANS 5010 {} 300\n}\n"));
  CHECK(r.findings.empty());
  CHECK(at(r, 1) == 50000);
}

TEST_CASE("quoted fields: \\\" is a quote, \\\\ a backslash, any other backslash itself") {
  // The account quoted, a text with every escape, the transdat after it read in its place.
  const Read r =
      read(file("#VER A 1 20260110 \"Ett \\\"citat\\\", \\\\ och \\x\"\n{\n"
                "#TRANS \"5010\" {1 \"Kst \\\"1\\\"\"} \"250\" 20260420 \"text \\\\\" 3\n}\n"));
  CHECK(r.findings.empty());
  CHECK(at(r, 3) == 0);
  CHECK(at(r, 4) == 25000);
  CHECK(r.books.covered == 4);
}

TEST_CASE("an unclosed quote is ARS101 at the quote and the file is not used") {
  const Read r = read(file("#VER A 1 20260110 \"Faktura\n{\n}\n"));
  CHECK(codes_at(r) == "ARS101 5:19");
  CHECK(!r.books.usable);
}

TEST_CASE("object lists: {} and { } are the account as a whole, pairs are objects") {
  const Read r =
      read(file("#PSALDO 0 202601 5010 {} 100\n#PSALDO 0 202601 5010 { } 20\n"
                "#PSALDO 0 202601 5010 {1 \"100\" 6 \"P12\"} 7\n#PSALDO 0 202602 5010 {1 100} 3\n"
                "#PBUDGET 0 202601 5010 {} 1000\n#PBUDGET 0 202601 5010 {1 \"100\"} 50\n"));
  CHECK(r.findings.empty());
  CHECK(r.books.usable);
  CHECK(at(r, 1) == 12000);
  CHECK(at(r, 2) == 12000);
  CHECK(r.books.covered == 1);  // a row with objects says nothing, not even that February has data
  REQUIRE(r.books.budget);
  CHECK(*r.books.budget == 100000);
}

TEST_CASE("an object list never closed is ARS101 at its brace") {
  const Read r = read(file("#PSALDO 0 202601 5010 {1 \"100\" 100\n"));
  CHECK(codes_at(r) == "ARS101 5:23");
}

TEST_CASE("CRLF and LF lines read alike, a byte-order mark takes no column, blank lines are skipped") {
  const std::string lf = file("\n#PSALDO 0 202601 5010 {} 1x\n#PSALDO 0 202602 5010 {} 5\n");
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const Read a = read(lf), b = read(crlf);
  CHECK(codes_at(a) == "ARS103 6:26");
  CHECK(a.findings == b.findings);
  CHECK(at(a, 2) == 500);
  CHECK(at(b, 2) == 500);
}

TEST_CASE("amounts: -0, -0.00, one or two decimals; anything else ARS103 at its field, the record dropped") {
  const Read r =
      read(file("#PSALDO 0 202601 5010 {} -0\n#PSALDO 0 202601 5010 {} -0.00\n"
                "#PSALDO 0 202601 5010 {} 272502.8\n#PSALDO 0 202601 5010 {} -2.05\n"
                "#PSALDO 0 202602 5010 {} 1,50\n#PSALDO 0 202602 5010 {} 1.505\n"
                "#PSALDO 0 202602 5010 {} .5\n#PSALDO 0 202602 5010 {} 5.\n#PSALDO 0 202602 5010 {} +5\n"));
  CHECK(codes_at(r) == "ARS103 9:26, ARS103 10:26, ARS103 11:26, ARS103 12:26, ARS103 13:26");
  CHECK(r.findings[0] ==
        "ARS103 9:26 invalid amount '1,50' in #PSALDO: write digits with at most two decimals after a point, 272502.8");
  CHECK(at(r, 1) == 27250075);
  CHECK(at(r, 2) == 27250075);
  CHECK(r.books.usable);
  CHECK(!r.books.complete);  // no ARS701 from these books
}

TEST_CASE("a trailing quantity and other extra fields are ignored; unknown labels too") {
  const Read r =
      read(file("#KPTYP EUBAS97\n#KONTO 5010 \"Lokalhyra\"\n#VER A 1 20260110 \"\" 20260111 \"sign\"\n{\n"
                "#TRANS 5010 {} 100 20260110 \"hyra\" 12.5 \"sign\" extra\n#OKAND 1 2 3\n}\n"));
  CHECK(r.findings.empty());
  CHECK(at(r, 1) == 10000);
}

TEST_CASE("CP437 bytes: å ä ö Å Ä Ö é are one column each and decoded in messages") {
  // "Borås" in CP437 before the bad amount, which holds ö and é; the name uses all seven.
  const Read r =
      read(file("#FNAMN \"\x86\x84\x94\x8F\x8E\x99\x82\"\n#VER A 1 20260110 \"K\x94p\"\n{\n"
                "#TRANS 5010 {1 \"Bor\x86s\"} 1\x94\x82\n#TRANS 5010 {1 \"Bor\x86s\"} 7\n}\n"));
  CHECK(codes_at(r) == "ARS103 8:25");
  CHECK(r.findings[0] ==
        "ARS103 8:25 invalid amount '1öé' in #TRANS: write digits with at most two decimals after a point, 272502.8");
  CHECK(r.books.usable);
  CHECK(at(r, 1) == 700);
}

TEST_CASE("UTF-8: a multi-byte sequence is one column, the text kept as it is") {
  const Read r =
      read(file("#FNAMN \"Borås Energi och Miljö AB\"\n#VER A 1 20260110\n{\n"
                "#TRANS 5010 {1 \"Borås\"} 1ö\n}\n"));
  CHECK(codes_at(r) == "ARS103 8:25");
  CHECK(r.findings[0].find("'1ö'") != std::string::npos);
  // Bytes that are not UTF-8 make the whole file CP437, even after a valid sequence.
  const Read mixed =
      read(file("#FNAMN \"Borås\"\n#VER A 1 20260110\n{\n#TRANS 5010 {1 \"Borås\"} 1ö\n}\n#X \"\x94\"\n"));
  CHECK(codes_at(mixed) == "ARS103 8:26");
  CHECK(mixed.findings[0].find("'1├╢'") != std::string::npos);
  // An encoded surrogate (ED A0 80) and an overlong form (C0 AF) are not UTF-8 either.
  for (const char* not_utf8 : {"\xED\xA0\x80", "\xC0\xAF"}) {
    const Read r2 = read(file("#FNAMN \"Borås\"\n#VER A 1 20260110\n{\n#TRANS 5010 {1 \"Borås\"} 1ö\n}\n#X \"" +
                              std::string(not_utf8) + "\"\n"));
    CHECK(codes_at(r2) == "ARS103 8:26");
    CHECK(r2.findings[0].find("'1├╢'") != std::string::npos);
  }
}

TEST_CASE("a #VER block never closed is ARS101 at its #VER; nothing of the file is used") {
  const Read r = read(file("#VER A 1 20260110\n{\n#TRANS 5010 {} 100\n"));
  CHECK(codes_at(r) == "ARS101 5:1");
  CHECK(!r.books.usable);
  CHECK(codes_at(read(file("#VER A 1 20260110\n#TRANS 5010 {} 100\n"))) == "ARS101 6:1");
  CHECK(codes_at(read(file("}\n"))) == "ARS101 5:1");
  CHECK(codes_at(read(file("#VER A 1 20260110\n{\n#VER A 2 20260110\n"))) == "ARS101 7:1");
}

TEST_CASE("a label is # and letters") {
  CHECK(codes_at(read(file("#TRANS2 5010\n"))) == "ARS101 5:1");
  CHECK(codes_at(read(file("  5010 {} 1\n"))) == "ARS101 5:3");
  CHECK(codes_at(read(file("# 5010\n"))) == "ARS101 5:1");
}

TEST_CASE("#RAR 0 must be the organisation's year; without it, or without periods, ARS702") {
  const Read other = read(file("#PSALDO 0 202601 5010 {} 1\n"), 2027);
  CHECK(other.findings == std::vector<std::string>{
                              "ARS702 4:1 the financial year of #RAR 0 (20260101..20261231) is not the organisation's "
                              "year 2027; the file is not used"});
  CHECK(!other.books.usable);
  CHECK(codes_at(read("#FLAGGA 0\n#PSALDO 0 202601 5010 {} 1\n")) == "ARS702 1:1");
  CHECK(codes_at(read(file("#RES 0 5010 1\n"))) == "ARS702 1:1");
  CHECK(codes_at(read(file("#PSALDO 0 202601 5010 {} 1\n#RAR 0 20260101 20261130\n"))) == "ARS702 6:1");
}

TEST_CASE("#RES: the lowest account whose periods do not add up, once, at its #RES or the first #RES") {
  const Read r =
      read(file("#PSALDO 0 202601 5010 {} 100\n#PSALDO 0 202601 4010 {} 7\n#PSALDO 0 202602 3010 {} -50\n"
                "#RES 0 3010 -50\n#RES 0 5010 99\n#RES -1 4010 7\n"));
  CHECK(r.findings == std::vector<std::string>{"ARS704 8:1 account 4010: the periods do not add up to #RES; the booked "
                                               "outcome may be wrong"});
  CHECK(r.books.usable);
  const Read fine = read(file("#PSALDO 0 202601 5010 {} 100\n#RES 0 5010 100\n#RES 0 1930 5\n#RES 0 8999 3\n"));
  CHECK(fine.findings.empty());
}

TEST_CASE("#OMFATTN sets the coverage; #TRANS outside the year are ignored") {
  const Read r =
      read(file("#OMFATTN 20260630\n#VER A 1 20260110\n{\n#TRANS 5010 {} 1\n#TRANS 5010 {} 5 20270105\n}\n"));
  CHECK(r.findings.empty());
  CHECK(r.books.covered == 6);
  CHECK(at(r, 12) == 100);
}

namespace {
// #FLAGGA, an opening #KSUMMA, body, the closing #KSUMMA with `value`.
std::string with_ksumma(std::string_view body, std::string_view value) {
  return "#FLAGGA 0\n#KSUMMA\n" + std::string(body) + "#KSUMMA " + std::string(value) + "\n";
}
// Its CRC-32, computed with Python's zlib.crc32 over the labels and unescaped field contents:
//   b"#RAR" b"0" b"20260101" b"20261231" b"#FNAMN" b'Bo "AB" \x94' b"#PSALDO" b"0" b"202601" b"5010" b"1" b"100"
//   b"12.5"
constexpr std::string_view ksumma_body =
    "#RAR 0 20260101 20261231\n#FNAMN \"Bo \\\"AB\\\" \x94\"\n#PSALDO 0 202601 5010 {1 \"100\"} 12.5\n"
    "#PSALDO 0 202601 5010 {} 2\n";
}  // namespace

TEST_CASE("#KSUMMA: the CRC-32 of the labels and unescaped fields between the two, as decimal") {
  // Python: zlib.crc32 over the parts above plus b"#PSALDO" b"0" b"202601" b"5010" b"2"
  const Read good = read(with_ksumma(ksumma_body, "3813704489"));
  CHECK(good.findings.empty());
  CHECK(good.books.usable);
  CHECK(read(with_ksumma(ksumma_body, "-481262807")).findings.empty());  // its two's-complement form
  const Read bad = read(with_ksumma(ksumma_body, "3813704488"));
  CHECK(codes_at(bad) == "ARS702 7:1");
  CHECK(!bad.books.usable);
  CHECK(codes_at(read(with_ksumma(ksumma_body, "x"))) == "ARS702 7:1");
  CHECK(codes_at(read(with_ksumma(ksumma_body, "4294967296"))) == "ARS702 7:1");
}

TEST_CASE("a truncated #KSUMMA file is ARS702 at the opening #KSUMMA") {
  const Read r = read("#FLAGGA 0\n#KSUMMA\n" + std::string(ksumma_body));
  CHECK(r.findings == std::vector<std::string>{"ARS702 2:1 the file opens with #KSUMMA but does not end with its "
                                               "checksum: it is truncated"});
  CHECK(!r.books.usable);
}

TEST_CASE("#KSUMMA is not checked on a UTF-8 file, nor opened anywhere but after #FLAGGA") {
  CHECK(read(with_ksumma("#RAR 0 20260101 20261231\n#FNAMN \"Borås\"\n#PSALDO 0 202601 5010 {} 1\n", "1"))
            .findings.empty());
  CHECK(read(file("#KSUMMA\n#PSALDO 0 202601 5010 {} 1\n")).findings.empty());
}

TEST_CASE("a file whose first record is #FLAGGA is SIE, after a byte-order mark") {
  CHECK(sie::starts_like_sie("#FLAGGA 0\r\n"));
  CHECK(sie::starts_like_sie("\xEF\xBB\xBF#FLAGGA 0\n"));
  CHECK(!sie::starts_like_sie("#FLAGGAN 0\n"));
  CHECK(!sie::starts_like_sie("id;namn\n"));
}

namespace {

// `bytes` written to a file of its own, removed again at the end of the test.
struct TempFile {
  explicit TempFile(std::string_view bytes)
      : path((std::filesystem::temp_directory_path() / ("arshjul-test-sie-" + std::to_string(::getpid()) + ".se"))
                 .string()) {
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~TempFile() { std::filesystem::remove(path); }
  std::string path;
};

Read read_file(const std::string& path, int year = 2026) {
  FindingList list;
  Read out;
  auto books = sie::read_books(path, 0, year, list);
  REQUIRE(books.has_value());
  out.books = std::move(*books);
  for (const Finding& f : list.items())
    out.findings.push_back(fmt::format("{} {}:{} {}", code_name(f.code), f.where.line, f.where.column, f.message.en));
  return out;
}

}  // namespace

TEST_CASE("a file read from disk reads as its bytes do, across the reader's blocks and checksum pieces") {
  // 40 000 vouchers: 3.6 MB, many read-ahead blocks and #KSUMMA pieces; the checksum computed here.
  std::string body = "#RAR 0 20260101 20261231\n";
  std::string parts =
      "#RAR"
      "0"
      "20260101"
      "20261231";
  for (int n = 1; n <= 40000; ++n) {
    const std::string month = fmt::format("{:02d}", 1 + (n - 1) * 12 / 40000);
    body += fmt::format(
        "#VER A {} 2026{}15 \"Faktura {}\"\n{{\n\t#TRANS 5010 {{1 \"100\"}} 1.25\n"
        "\t#TRANS 1930 {{}} -1.25\n}}\n",
        n, month, n);
    parts += fmt::format(
        "#VERA{}2026{}15Faktura {}#TRANS50101100"
        "1.25#TRANS1930-1.25",
        n, month, n);
  }
  const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(parts.data()), static_cast<uInt>(parts.size()));
  const std::string good = "#FLAGGA 0\r\n#KSUMMA\n" + body + fmt::format("#KSUMMA {}", crc);  // no last line end
  const TempFile on_disk(good);
  const Read r = read_file(on_disk.path);
  CHECK(r.findings.empty());
  CHECK(r.books.usable);
  CHECK(at(r, 1) == 3334 * 125);
  CHECK(at(r, 12) == 40000 * 125);
  CHECK(r.findings == read(good).findings);
  CHECK(r.books.booked == read(good).books.booked);
  const TempFile changed(good.substr(0, good.size() - 1) + (good.back() == '0' ? "1" : "0"));
  CHECK(codes_at(read_file(changed.path)) == "ARS702 200004:1");
}

TEST_CASE("a line of more than 1 MiB is ARS101 at its line; the rest of the file is not read") {
  const TempFile on_disk(file("#VER A 1 20260115 \"" + std::string(std::size_t{1} << 20, 'x') + "\"\n"));
  const Read r = read_file(on_disk.path);
  CHECK(r.findings == std::vector<std::string>{"ARS101 5:1 a line is larger than 1 MiB; the rest of the file is not "
                                               "read"});
  CHECK(!r.books.usable);
}

TEST_CASE("a file that cannot be opened is an error with the reason, not a finding") {
  FindingList list;
  const auto books = sie::read_books("/nonexistent/arshjul/books.se", 0, 2026, list);
  REQUIRE(!books.has_value());
  CHECK(books.error() == std::strerror(ENOENT));
  CHECK(list.items().empty());
}
