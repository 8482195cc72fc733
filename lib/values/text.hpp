// UTF-8 and word helpers shared by the readers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace arshjul {

/// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t count_code_points(std::string_view utf8);

/// Offset of the first byte that makes `bytes` invalid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view bytes);

/// Windows-1252 to UTF-8; the five undefined bytes map to C1 controls, as
/// browsers read them.
void append_windows_1252_as_utf8(std::string_view bytes, std::string& out);

/// Without leading and trailing ASCII white space (inline: it runs for every cell).
inline std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

/// Lower case and without diacritics, for matching enum words and headers:
/// "Månadsuppföljning" -> "manadsuppfoljning". Only ASCII and Latin-1 letters
/// are folded; anything else is kept as it is.
std::string fold_word(std::string_view s);

/// Cuts `s` to at most `max_code_points`, appending "…" when it was cut.
std::string shorten(std::string_view s, std::size_t max_code_points);

}  // namespace arshjul
