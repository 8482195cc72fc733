// The values of SIE fields: amounts in öre, dates, account numbers, the checksum.
#include "sie/detail.hpp"
#include "values/text.hpp"

namespace arshjul::sie::detail {

// A field's text for a message in one reading: controls as '?'.
std::string shown(std::string_view raw, bool utf8) {
  std::string out;
  if (utf8)
    out.assign(raw);
  else
    append_cp437_as_utf8(raw, out);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  return shorten(out, 40);
}

// "-12.5" → öre; "-0" and "-0.00" are 0; anything else is nullopt.
std::optional<Wide> amount(std::string_view s) {
  bool negative = false;
  if (s.starts_with('-')) negative = true, s.remove_prefix(1);
  const std::size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot), part = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  if (whole.empty() || whole.size() > 15 || part.size() > 2 || (dot != std::string_view::npos && part.empty()))
    return std::nullopt;
  Wide v = 0;
  for (char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  for (std::size_t i = 0; i < 2; ++i) {
    const char c = i < part.size() ? part[i] : '0';
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return negative ? -v : v;
}

// YYYYMMDD as a date.
std::optional<Date> date8(std::string_view s) {
  if (s.size() != 8) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  const auto n = [&](std::size_t at, std::size_t len) {
    int v = 0;
    for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const Date d{std::chrono::year{n(0, 4)}, std::chrono::month{static_cast<unsigned>(n(4, 2))},
               std::chrono::day{static_cast<unsigned>(n(6, 2))}};
  return d.ok() ? std::optional<Date>(d) : std::nullopt;
}

// #KSUMMA's value: an unsigned 32-bit decimal, or its two's-complement negative form.
std::optional<std::uint32_t> checksum_value(std::string_view s) {
  const bool negative = s.starts_with('-');
  if (negative) s.remove_prefix(1);
  if (s.empty() || s.size() > 10) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (negative ? v > 0x80000000u : v > 0xFFFFFFFFu) return std::nullopt;
  return static_cast<std::uint32_t>(negative ? (0x100000000u - v) & 0xFFFFFFFFu : v);
}

std::optional<int> result_account(std::string_view s) {
  if (s.size() != 4) return std::nullopt;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < first_result_account || n > last_result_account) return std::nullopt;
  return n;
}

}  // namespace arshjul::sie::detail
