// The value parsers on arbitrary text, and what must hold of what they accept.
#include <cstdint>
#include <string>

#include "values/format.hpp"
#include "values/parse.hpp"
#include "values/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arshjul;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto a = parse_amount(text)) {
    if (a.value.ore > max_amount_ore || a.value.ore < -max_amount_ore) __builtin_trap();
    (void)format_tkr(a.value.ore, Lang::sv);
  }
  if (const auto n = parse_number(text)) {
    const auto again = parse_number(format_decimal_plain(n.value));  // exact round trip
    if (!again || !(again.value == n.value)) __builtin_trap();
    (void)format_decimal(n.value, Lang::sv);
    if (n.value.mantissa != 0)
      (void)format_percent(n.value.mantissa, n.value.mantissa < 0 ? -n.value.mantissa : n.value.mantissa, Lang::en);
  }
  if (const auto d = parse_date(text); d && !d.value.ok()) __builtin_trap();
  if (const auto p = parse_period(text); p && !p.value.valid()) __builtin_trap();
  (void)parse_integer(text);
  (void)parse_boolean(text);
  (void)parse_report_kind(text);
  (void)parse_assignment_status(text);
  (void)fold_word(text);
  (void)shorten(text, 10);
  if (find_invalid_utf8(text) == std::string_view::npos) (void)count_code_points(text);
  std::string out;
  append_windows_1252_as_utf8(text, out);
  if (find_invalid_utf8(out) != std::string_view::npos) __builtin_trap();  // windows-1252 decodes to valid UTF-8
  return 0;
}
