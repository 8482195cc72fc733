#include <fmt/format.h>

#include "check_output/check_output.hpp"
#include "check_output/detail.hpp"
#include "escape/escape.hpp"
#include "values/format.hpp"

namespace arshjul {

namespace detail {

std::string visible(std::string_view raw) {
  const std::string s = valid_utf8(raw);  // a path that is not UTF-8 shows U+FFFD for each stray byte
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20 || u == 0x7F)
      out += fmt::format("\\x{:02x}", u);
    else
      out.push_back(c);
  }
  return out;
}

std::string format_text(const Analysis& a, const CheckOutputOptions& o) {
  std::string out;
  const auto paint = [&](std::string_view code, std::string_view text) {
    return o.color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  };
  for (const Finding& f : a.findings) {
    const bool error = f.severity == Severity::error;
    // One line per finding, and nothing from the data reaches the terminal as a control sequence.
    out += fmt::format(
        "{}: {}: {} [{}]\n",
        paint("1", fmt::format("{}:{}:{}", visible(a.dataset.path_of(f.where.file)), f.where.line, f.where.column)),
        paint(error ? "1;31" : "1;33", name(f.severity)), visible(f.message.in(o.lang)), code_name(f.code));
  }
  if (!o.quiet) out += summary_line(a, o.lang) + "\n";
  return out;
}

std::string format_github(const Analysis& a, const CheckOutputOptions& o) {
  const auto escape_data = [](std::string_view s) {
    std::string r;
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '%')
        r += "%25";
      else if (c == '\r')
        r += "%0D";
      else if (c == '\n')
        r += "%0A";
      else if (u < 0x20 || u == 0x7F)
        r += visible(std::string_view(&c, 1));  // no ANSI sequences in the log
      else
        r.push_back(c);
    }
    return r;
  };
  const auto escape_property = [&](std::string_view s) {
    std::string r;
    for (char c : escape_data(s)) {
      if (c == ':')
        r += "%3A";
      else if (c == ',')
        r += "%2C";
      else
        r.push_back(c);
    }
    return r;
  };
  std::string out;
  for (const Finding& f : a.findings)
    out += fmt::format("::{} file={},line={},col={},title={}::{}\n", name(f.severity),
                       escape_property(a.dataset.path_of(f.where.file)), f.where.line, f.where.column,
                       escape_property(code_name(f.code)), escape_data(f.message.in(o.lang)));
  if (!o.quiet) out += summary_line(a, o.lang) + "\n";
  return out;
}

}  // namespace detail

}  // namespace arshjul
