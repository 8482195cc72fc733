// UTF-8 and word helpers shared by the readers.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace arshjul {

/// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t count_code_points(std::string_view utf8);

/// Offset of the first byte that makes `bytes` invalid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view bytes);
/// The same; `non_ascii` is set when a valid byte before it is 0x80 or above.
std::size_t find_invalid_utf8(std::string_view bytes, bool& non_ascii);

/// Whether `bytes` holds a complete, valid multi-byte UTF-8 sequence anywhere.
bool has_utf8_sequence(std::string_view bytes);

/// UTF-16 to UTF-8. Stops before a unit or surrogate pair that `bytes` ends
/// inside, and at a lone surrogate; `consumed` says how far it got.
struct Utf16Decoded {
  std::size_t consumed = 0;
  bool invalid = false;  // stopped at a lone surrogate
};
Utf16Decoded append_utf16_as_utf8(std::string_view bytes, bool big_endian, std::string& out);

/// Windows-1252 to UTF-8; the five undefined bytes map to C1 controls, as
/// browsers read them.
void append_windows_1252_as_utf8(std::string_view bytes, std::string& out);

/// IBM code page 437 (SIE's PC8) to UTF-8.
void append_cp437_as_utf8(std::string_view bytes, std::string& out);

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

/// A unit name as docs/data-format.md compares them: trimmed, U+00A0 and
/// U+202F as spaces, runs of spaces as one, Unicode simple case folding, then
/// NFC. Invalid UTF-8 is returned as it is (it matches only itself).
std::string fold_name(std::string_view s);

/// Edit distance (Levenshtein, in code points) between two texts.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `written` within edit distance 2, compared
/// folded (fold_word); the first of equally close ones; empty if none.
std::string_view closest(std::string_view written, std::span<const std::string_view> candidates);

/// Cuts `s` to at most `max_code_points`, appending "…" when it was cut.
std::string shorten(std::string_view s, std::size_t max_code_points);

}  // namespace arshjul
