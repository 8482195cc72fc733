#include <fmt/format.h>

#include "check_output/check_output.hpp"
#include "check_output/detail.hpp"
#include "values/format.hpp"

namespace arshjul {

std::optional<CheckFormat> parse_check_format(std::string_view word) {
  if (word == "text") return CheckFormat::text;
  if (word == "json") return CheckFormat::json;
  if (word == "github") return CheckFormat::github;
  if (word == "sarif") return CheckFormat::sarif;
  if (word == "junit") return CheckFormat::junit;
  return std::nullopt;
}

bool fails(const std::vector<Finding>& findings, bool strict) {
  const Tally t = tally(findings);
  return t.errors > 0 || (strict && t.warnings > 0);
}

std::string summary_line(const Analysis& a, Lang lang) {
  const Tally t = tally(a.findings);
  const auto count = [&](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", format_integer(static_cast<Wide>(n), lang), n == 1 ? one : many);
  };
  const std::size_t files = a.dataset.files.size(), subs = a.dataset.submissions.size(), rows = a.dataset.economy_rows;
  if (lang == Lang::sv)
    return fmt::format("{}, {} i {} ({}, {})", count(t.errors, "fel", "fel"), count(t.warnings, "varning", "varningar"),
                       count(files, "fil", "filer"), count(subs, "inlämning", "inlämningar"),
                       count(rows, "ekonomirad", "ekonomirader"));
  return fmt::format("{}, {} in {} ({}, {})", count(t.errors, "error", "errors"),
                     count(t.warnings, "warning", "warnings"), count(files, "file", "files"),
                     count(subs, "submission", "submissions"), count(rows, "economy row", "economy rows"));
}

namespace detail {

std::string visible(std::string_view s) {
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

std::string format_check(const Analysis& a, CheckFormat format, const CheckOutputOptions& o) {
  switch (format) {
    case CheckFormat::text: return detail::format_text(a, o);
    case CheckFormat::json: return detail::format_json(a, o);
    case CheckFormat::github: return detail::format_github(a, o);
    case CheckFormat::sarif: return detail::format_sarif(a, o);
    case CheckFormat::junit: return detail::format_junit(a, o);
  }
  return {};
}

}  // namespace arshjul
