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

// What each cause says, in SyntaxCause's order: {line}, {opener}, {closer}.
struct Wording {
  SyntaxCause cause;
  std::string_view sv, en;
};
constexpr std::array wordings{
    Wording{SyntaxCause::unclosed_quote,
            "citattecknet {opener} som öppnas på rad {line} stängs aldrig; avsluta värdet med {opener} på samma rad",
            "the quote {opener} opened on line {line} is never closed; end the value with {opener} on the same line"},
    Wording{SyntaxCause::unclosed_bracket,
            "parentesen {opener} som öppnas på rad {line} stängs aldrig; avsluta den med {closer}",
            "the bracket {opener} opened on line {line} is never closed; close it with {closer}"},
    Wording{SyntaxCause::tab_indentation, "rad {line} är indragen med tabb; YAML tillåter bara mellanslag som indrag",
            "line {line} is indented with a tab; YAML allows only spaces as indentation"},
    Wording{SyntaxCause::missing_colon, "kolon saknas efter en nyckel på rad {line}; skriv 'nyckel: värde'",
            "a colon is missing after a key on line {line}; write 'key: value'"},
    Wording{SyntaxCause::wrong_indentation, "rad {line} är fel indragen; rada upp den med nycklarna på samma nivå",
            "line {line} is indented wrongly; align it with the keys of its level"},
    Wording{SyntaxCause::after_flow_collection,
            "tecken efter en avslutad lista eller mappning ([…] eller {{…}}) på rad {line}; ta bort dem eller sätt "
            "hela värdet inom citattecken",
            "characters after a closed flow list or mapping ([…] or {{…}}) on line {line}; remove them or quote the "
            "whole value"},
    Wording{SyntaxCause::after_closing_quote,
            "text efter det avslutande citattecknet på rad {line}; sätt hela värdet inom citattecken eller ta bort "
            "texten",
            "text after the closing quote on line {line}; quote the whole value or remove the text"},
    Wording{SyntaxCause::two_entries_on_a_line, "två poster på rad {line}; skriv varje nyckel på en egen rad",
            "two entries on line {line}; put each key on a line of its own"},
    Wording{SyntaxCause::other, "ogiltig YAML på rad {line}", "invalid YAML on line {line}"},
};
static_assert([] {
  for (std::size_t i = 0; i < wordings.size(); ++i)
    if (static_cast<std::size_t>(wordings[i].cause) != i) return false;
  return wordings.size() == static_cast<std::size_t>(SyntaxCause::other) + 1;
}());

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
  const Wording& w = wordings[static_cast<std::size_t>(e.cause)];
  const char closer = e.opener == '{' ? '}' : ']';
  const auto say = [&](std::string_view pattern) {
    return fmt::format(fmt::runtime(pattern), fmt::arg("line", e.line), fmt::arg("opener", e.opener),
                       fmt::arg("closer", closer));
  };
  // The parser's own words are English: a Swedish message shows them only where no cause is known.
  if (e.cause == SyntaxCause::other)
    return {fmt::format("YAML-syntaxfel: {} (parserns engelska beskrivning: {})", say(w.sv), error.detail),
            fmt::format("YAML syntax error: {} (parser: {})", say(w.en), error.detail)};
  return {fmt::format("YAML-syntaxfel: {}", say(w.sv)),
          fmt::format("YAML syntax error: {} (parser: {})", say(w.en), error.detail)};
}

}  // namespace arshjul::yaml
