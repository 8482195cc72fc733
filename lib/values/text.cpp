#include "values/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace arshjul {

std::size_t count_code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

std::size_t find_invalid_utf8(std::string_view bytes) {
  bool non_ascii = false;
  return find_invalid_utf8(bytes, non_ascii);
}

std::size_t find_invalid_utf8(std::string_view bytes, bool& non_ascii_out) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  std::size_t i = 0;
  bool non_ascii = false;  // in a register, not written through on every character
  const auto done = [&](std::size_t at) {
    non_ascii_out = non_ascii_out || non_ascii;
    return at;
  };
  while (i < size) {
    // ASCII, eight bytes at a time: nearly all of a Swedish ledger.
    while (i + 8 <= size) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= size) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t min;
    if ((c & 0xE0) == 0xC0)
      len = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
      len = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0)
      len = 4, min = 0x10000;
    else
      return done(i);
    if (i + len > size) return done(i);
    std::uint32_t cp = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return done(i);
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return done(i);
    non_ascii = true;
    i += len;
  }
  return done(std::string_view::npos);
}

bool has_utf8_sequence(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) < 0xC2) continue;
    bool non_ascii = false;
    const std::string_view from = bytes.substr(i, 4);
    const std::size_t bad = find_invalid_utf8(from, non_ascii);
    // Valid up to its end, or up to a later invalid byte: the sequence at i was whole.
    if (non_ascii && (bad == std::string_view::npos || bad > 0)) return true;
  }
  return false;
}

namespace {
void append_code_point(std::uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// 0x80..0x9F of windows-1252 (WHATWG); the rest is Latin-1.
constexpr std::array<std::uint16_t, 32> cp1252_high{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
// 0x80..0xFF of IBM code page 437, the SIE files' PC8.
constexpr std::array<std::uint16_t, 128> cp437_high{
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C,
    0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320,
    0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};
}  // namespace

void append_windows_1252_as_utf8(std::string_view bytes, std::string& out) {
  for (unsigned char c : bytes) {
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else if (c < 0xA0)
      append_code_point(cp1252_high[c - 0x80], out);
    else
      append_code_point(c, out);
  }
}

void append_cp437_as_utf8(std::string_view bytes, std::string& out) {
  for (unsigned char c : bytes) {
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else
      append_code_point(cp437_high[c - 0x80], out);
  }
}

Utf16Decoded append_utf16_as_utf8(std::string_view bytes, bool big_endian, std::string& out) {
  const auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  std::size_t i = 0;
  while (i + 2 <= bytes.size()) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xDC00 && cp <= 0xDFFF) return {i, true};
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 4 > bytes.size()) break;  // the low half comes with the next chunk
      const std::uint32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return {i, true};
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      i += 4;
      continue;
    }
    append_code_point(cp, out);
    i += 2;
  }
  return {i, false};
}

namespace {
// Latin-1 letters U+00C0..U+00FF folded to lower-case ASCII; 0 keeps the letter.
constexpr char latin1_fold[] =
    "aaaaaaaceeeeiiii"     // C0..CF
    "dnooooo\0ouuuuy\0s"   // D0..DF (× and Þ kept, ß -> s)
    "aaaaaaaceeeeiiii"     // E0..EF
    "dnooooo\0ouuuuy\0y";  // F0..FF (÷ and þ kept)
}  // namespace

std::string fold_word(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c == 0xC3) && i + 1 < s.size()) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      const unsigned cp = 0xC0 + (next & 0x3F);
      const char folded = (next & 0xC0) == 0x80 ? latin1_fold[cp - 0xC0] : '\0';
      if (folded != '\0') {
        out.push_back(folded);
      } else {
        out.push_back(s[i]);
        out.push_back(s[i + 1]);
      }
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string fold_name(std::string_view s) {
  std::string spaced;
  spaced.reserve(s.size());
  bool ascii = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    std::size_t skip = 0;
    if (s.substr(i, 2) == "\xC2\xA0") space = true, skip = 1;
    if (s.substr(i, 3) == "\xE2\x80\xAF") space = true, skip = 2;
    if (space) {
      if (!spaced.empty() && spaced.back() != ' ') spaced.push_back(' ');
    } else {
      ascii = ascii && c < 0x80;
      spaced.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    i += skip;
  }
  if (!spaced.empty() && spaced.back() == ' ') spaced.pop_back();
  if (ascii || find_invalid_utf8(spaced) != std::string_view::npos) return spaced;
  // Simple folding: the full folding where it is one code point, else the lower case.
  std::string folded;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(spaced.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(spaced.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return spaced;
    p += n, left -= n;
    utf8proc_int32_t one[4];
    int last_boundclass = 0;
    const utf8proc_ssize_t len = utf8proc_decompose_char(cp, one, 4, UTF8PROC_CASEFOLD, &last_boundclass);
    const utf8proc_int32_t simple = len == 1 ? one[0] : utf8proc_tolower(cp);
    utf8proc_uint8_t bytes[4];
    folded.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(utf8proc_encode_char(simple, bytes)));
  }
  utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(folded.c_str()));
  if (!nfc) return folded;
  std::string out(reinterpret_cast<const char*>(nfc));
  std::free(nfc);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const auto code_points = [](std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t n = 1;
      while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
      out.push_back(s.substr(i, n));
      i += n;
    }
    return out;
  };
  const auto x = code_points(a), y = code_points(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

std::string_view closest(std::string_view written, std::span<const std::string_view> candidates) {
  constexpr std::size_t max_distance = 2;
  const std::string folded = fold_word(trim(written));
  if (folded.size() > 200) return {};  // nothing is that long; and the cost is quadratic
  std::string_view best;
  std::size_t best_distance = max_distance + 1;
  for (std::string_view c : candidates) {
    const std::size_t d = edit_distance(folded, fold_word(c));
    if (d < best_distance) best = c, best_distance = d;
  }
  return best;
}

std::string shorten(std::string_view s, std::size_t max_code_points) {
  if (count_code_points(s) <= max_code_points) return std::string(s);
  std::size_t kept = 0, i = 0;
  const std::size_t limit = max_code_points == 0 ? 0 : max_code_points - 1;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (kept == limit) break;
      ++kept;
    }
    ++i;
  }
  return std::string(s.substr(0, i)) + "…";
}

}  // namespace arshjul
