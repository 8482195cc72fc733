// The tools' own words in the language of --lang (docs/reports.md): help, option
// descriptions and command-line errors. --lang is known before the command
// line is parsed, so that even the help and the parser's errors use it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "types/kinds.hpp"

namespace arshjul::cli {

/// The value of --lang on the command line (sv without it or for anything else).
Lang language_of(int argc, char** argv);

/// One of two texts.
inline std::string say(Lang lang, std::string_view sv, std::string_view en) {
  return std::string(lang == Lang::sv ? sv : en);
}

/// "a, b or c" / "a, b eller c".
std::string joined(const std::vector<std::string>& words, Lang lang);

/// A validator that accepts exactly these words and otherwise names them,
/// with the closest one where it is near.
CLI::Validator one_of(std::vector<std::string> words, Lang lang);

/// Labels, the help flag, and a footer with the tool's examples, the exit
/// codes and where the docs are; in the language of --lang.
void localise(CLI::App& app, Lang lang, std::string_view examples);

/// The library's errors are English values (the tools decide how to print
/// them): in Swedish, their phrases from one table; what it does not know
/// stays as it is.
std::string in_language(std::string_view english, Lang lang);

/// A parse error in the language of --lang, with the closest option for an
/// unknown one ("did you mean --as-of?").
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error, Lang lang);

}  // namespace arshjul::cli
