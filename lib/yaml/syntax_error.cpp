#include "yaml/syntax_error.hpp"

#include <fmt/format.h>

#include <array>

namespace arshjul::yaml {

namespace {

// libfyaml 0.7's messages for each cause, as fragments of its text. Causes
// marked "checked" are confirmed against the text below.
struct Rule {
  std::string_view fragment;
  SyntaxCause cause;
};
constexpr std::array rules{
    Rule{"scalar without closing quote", SyntaxCause::unclosed_quote},
    Rule{"wrongly indented double-quoted scalar", SyntaxCause::unclosed_quote},  // checked
    Rule{"wrongly indented single-quoted scalar", SyntaxCause::unclosed_quote},  // checked
    Rule{"tab", SyntaxCause::tab_indentation},
    Rule{"could not find expected ':'", SyntaxCause::missing_colon},
    Rule{"missing ':'", SyntaxCause::missing_colon},
    Rule{"invalid multiline plain key", SyntaxCause::missing_colon},          // checked
    Rule{"invalid value after mapping", SyntaxCause::after_flow_collection},  // checked
    Rule{"invalid extra closing", SyntaxCause::after_flow_collection},
    Rule{"invalid trailing content after", SyntaxCause::after_closing_quote},
    Rule{"on the same line", SyntaxCause::two_entries_on_a_line},
    Rule{"did not find expected '-' indicator", SyntaxCause::wrong_indentation},
    Rule{"did not find expected key", SyntaxCause::wrong_indentation},
    Rule{"indendation", SyntaxCause::wrong_indentation},  // sic, libfyaml's spelling
    Rule{"indentation", SyntaxCause::wrong_indentation},
    Rule{"wrongly indented", SyntaxCause::wrong_indentation},
    Rule{"invalid scalar at the end of block sequence", SyntaxCause::wrong_indentation},
    Rule{"invalid mapping in plain multiline", SyntaxCause::wrong_indentation},
};

std::string_view line_at(std::string_view text, std::size_t pos, std::size_t* start = nullptr) {
  pos = std::min(pos, text.size());
  const std::size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
  const std::size_t end = std::min(text.find('\n', begin), text.size());
  if (start) *start = begin;
  return text.substr(begin, end - begin);
}

bool tab_in_indentation(std::string_view line) {
  for (const char c : line) {
    if (c == '\t') return true;
    if (c != ' ' && c != '-') return false;
  }
  return false;
}

std::size_t indentation(std::string_view line) {
  return line.find_first_not_of(' ') == std::string_view::npos ? line.size() : line.find_first_not_of(' ');
}

// Whether the quote at `quote` in `line` is closed later on the same line.
bool closed_on_line(std::string_view line, std::size_t quote) {
  const char q = line[quote];
  for (std::size_t i = quote + 1; i < line.size(); ++i) {
    if (q == '"' && line[i] == '\\') {
      ++i;
    } else if (line[i] == q) {
      if (q == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
        ++i;
        continue;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

Explained explain(const ParseError& error, std::string_view text) {
  const std::uint32_t line_no = error.at.line + 1;
  if (error.unclosed_flow)
    return {SyntaxCause::unclosed_bracket, line_no, error.at, error.at.pos < text.size() ? text[error.at.pos] : '['};
  std::size_t start = 0;
  const std::string_view line = line_at(text, error.at.pos, &start);
  const std::size_t next_start = start + line.size() + 1;
  const std::string_view next = next_start < text.size() ? line_at(text, next_start) : std::string_view{};

  // A tab in the indentation of the line at fault or the next one explains most errors near it.
  if (tab_in_indentation(line)) return {SyntaxCause::tab_indentation, line_no, error.at};
  if (tab_in_indentation(next)) return {SyntaxCause::tab_indentation, line_no + 1, error.at};

  SyntaxCause cause = SyntaxCause::other;
  for (const Rule& r : rules)
    if (error.detail.find(r.fragment) != std::string::npos) {
      cause = r.cause;
      break;
    }
  const std::size_t col = std::min(error.at.pos - std::min(error.at.pos, start), line.size());
  switch (cause) {
    case SyntaxCause::unclosed_quote: {
      // libfyaml points at the quote, or just after it at the end of the text.
      std::size_t quote =
          col > 0 && (line[col - 1] == '"' || line[col - 1] == '\'') ? col - 1 : line.find_first_of("\"'", col);
      if (quote == std::string_view::npos || closed_on_line(line, quote))
        return {SyntaxCause::wrong_indentation, line_no, error.at};
      Mark at = error.at;
      at.column -= static_cast<std::uint32_t>(col - quote > at.column ? at.column : col - quote);
      at.pos = start + quote;
      return {cause, line_no, at, line[quote]};
    }
    case SyntaxCause::missing_colon:
      // A key indented under a plain value reads as the value's second line.
      if (!next.empty() && indentation(next) > indentation(line) && next.find(':') != std::string_view::npos &&
          line.find(':') != std::string_view::npos)
        return {SyntaxCause::wrong_indentation, line_no + 1, error.at};
      break;
    case SyntaxCause::after_flow_collection:
      if (line.substr(0, col).find_first_of("]}") == std::string_view::npos)
        return {SyntaxCause::wrong_indentation, line_no, error.at};
      break;
    default: break;
  }
  return {cause, line_no, error.at};
}

Message syntax_message(const ParseError& error, std::string_view text) {
  const Explained e = explain(error, text);
  std::string sv, en;
  switch (e.cause) {
    case SyntaxCause::unclosed_quote:
      sv = fmt::format("citattecknet {0} som öppnas på rad {1} stängs aldrig; avsluta värdet med {0} på samma rad",
                       e.opener, e.line);
      en = fmt::format("the quote {0} opened on line {1} is never closed; end the value with {0} on the same line",
                       e.opener, e.line);
      break;
    case SyntaxCause::unclosed_bracket: {
      const char closer = e.opener == '{' ? '}' : ']';
      sv =
          fmt::format("parentesen {} som öppnas på rad {} stängs aldrig; avsluta den med {}", e.opener, e.line, closer);
      en = fmt::format("the bracket {} opened on line {} is never closed; close it with {}", e.opener, e.line, closer);
      break;
    }
    case SyntaxCause::tab_indentation:
      sv = fmt::format("rad {} är indragen med tabb; YAML tillåter bara mellanslag som indrag", e.line);
      en = fmt::format("line {} is indented with a tab; YAML allows only spaces as indentation", e.line);
      break;
    case SyntaxCause::missing_colon:
      sv = fmt::format("kolon saknas efter en nyckel på rad {}; skriv 'nyckel: värde'", e.line);
      en = fmt::format("a colon is missing after a key on line {}; write 'key: value'", e.line);
      break;
    case SyntaxCause::wrong_indentation:
      sv = fmt::format("rad {} är fel indragen; rada upp den med nycklarna på samma nivå", e.line);
      en = fmt::format("line {} is indented wrongly; align it with the keys of its level", e.line);
      break;
    case SyntaxCause::after_flow_collection:
      sv = fmt::format(
          "tecken efter en avslutad lista eller mappning ([…] eller {{…}}) på rad {}; ta bort dem eller "
          "sätt hela värdet inom citattecken",
          e.line);
      en = fmt::format(
          "characters after a closed flow list or mapping ([…] or {{…}}) on line {}; remove them or quote "
          "the whole value",
          e.line);
      break;
    case SyntaxCause::after_closing_quote:
      sv = fmt::format(
          "text efter det avslutande citattecknet på rad {}; sätt hela värdet inom citattecken eller ta "
          "bort texten",
          e.line);
      en = fmt::format("text after the closing quote on line {}; quote the whole value or remove the text", e.line);
      break;
    case SyntaxCause::two_entries_on_a_line:
      sv = fmt::format("två poster på rad {}; skriv varje nyckel på en egen rad", e.line);
      en = fmt::format("two entries on line {}; put each key on a line of its own", e.line);
      break;
    case SyntaxCause::other:
      sv = fmt::format("ogiltig YAML på rad {}", e.line);
      en = fmt::format("invalid YAML on line {}", e.line);
      break;
  }
  return {fmt::format("YAML-syntaxfel: {} (parsern: {})", sv, error.detail),
          fmt::format("YAML syntax error: {} (parser: {})", en, error.detail)};
}

}  // namespace arshjul::yaml
