// The SIE reader on arbitrary bytes: for the year 2026 and for the year its
// first #RAR 0 names (so that files reach the outcome by period), with every
// finding's place inside the input and the books' figures consistent.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sie/reader.hpp"

namespace {

int year_named(std::string_view bytes) {
  const std::size_t at = bytes.find("#RAR 0 ");
  if (at == std::string_view::npos || at + 11 > bytes.size()) return 2026;
  int year = 0;
  for (std::size_t i = at + 7; i < at + 11; ++i) {
    if (bytes[i] < '0' || bytes[i] > '9') return 2026;
    year = year * 10 + (bytes[i] - '0');
  }
  return year;
}

void read_for(std::string_view bytes, int year) {
  using namespace arshjul;
  FindingList findings;
  const Books books = sie::read_books_from(bytes, 0, year, findings);
  std::size_t lines = 1;
  for (char c : bytes) lines += c == '\n';
  for (const Finding& f : findings.items())
    if (f.where.line < 1 || f.where.line > lines || f.where.column < 1 || f.message.sv.empty() || f.message.en.empty())
      std::abort();
  if (books.covered < 0 || books.covered > 12) std::abort();
  if (books.org_number.size() > 10) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)arshjul::sie::starts_like_sie(bytes);
  read_for(bytes, 2026);
  if (const int year = year_named(bytes); year != 2026) read_for(bytes, year);
  return 0;
}
