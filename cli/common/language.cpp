#include "common/language.hpp"

#include <fmt/format.h>

#include <cstring>

#include "values/text.hpp"

namespace arshjul::cli {

Lang language_of(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) return std::string_view{argv[i + 1]} == "en" ? Lang::en : Lang::sv;
    if (arg.starts_with("--lang=")) return arg.substr(7) == "en" ? Lang::en : Lang::sv;
  }
  return Lang::sv;
}

std::string joined(const std::vector<std::string>& words, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? (lang == Lang::sv ? " eller " : " or ") : ", ";
    out += words[i];
  }
  return out;
}

namespace {
std::string closest_word(std::string_view written, const std::vector<std::string>& words) {
  std::vector<std::string_view> candidates(words.begin(), words.end());
  return std::string(closest(written, candidates));
}
}  // namespace

CLI::Validator one_of(std::vector<std::string> words, Lang lang) {
  CLI::Validator v(
      [words, lang](std::string& value) -> std::string {
        for (const std::string& w : words)
          if (value == w) return {};
        const std::string near = closest_word(value, words);
        std::string message = lang == Lang::sv
                                  ? fmt::format("'{}' går inte; skriv {}", value, joined(words, lang))
                                  : fmt::format("'{}' is not allowed; write {}", value, joined(words, lang));
        if (!near.empty())
          message +=
              lang == Lang::sv ? fmt::format(" (menade du {}?)", near) : fmt::format(" (did you mean {}?)", near);
        return message;
      },
      "");
  std::string names;
  for (const std::string& w : words) names += (names.empty() ? "" : "|") + w;
  v.description(names);
  return v;
}

void localise(CLI::App& app, Lang lang, std::string_view examples) {
  const bool sv = lang == Lang::sv;
  auto formatter = app.get_formatter();
  if (sv) {
    formatter->label("Usage", "Användning");
    formatter->label("OPTIONS", "FLAGGOR");
    formatter->label("Positionals", "Argument");
    formatter->label("REQUIRED", "OBLIGATORISK");  // ASCII: CLI11 aligns by bytes
  }
  formatter->column_width(34);
  app.set_help_flag("-h,--help", sv ? "visa den här hjälpen och avsluta" : "print this help and exit");
  const std::string footer = fmt::format(
      "\n{}:\n{}\n{}:\n  0  {}\n  1  {}\n  2  {}\n\n{}", sv ? "Exempel" : "Examples", examples,
      sv ? "Slutstatus" : "Exit status", sv ? "klart" : "success",
      sv ? "data med fynd som fäller körningen (fel; varningar också med --strict)"
         : "the data has findings that fail the run (errors; warnings too with --strict)",
      sv ? "fel på kommandoraden, en sökväg som inte kan öppnas eller utdata som inte kan skrivas"
         : "a wrong command line, a path that cannot be opened, or output that cannot be written",
      sv ? "Dokumentation: docs/ i arshjul (docs/checks.md, docs/data-format.md, docs/reports.md, docs/calendar.md)."
         : "Documentation: docs/ in arshjul (docs/checks.md, docs/data-format.md, docs/reports.md, docs/calendar.md).");
  app.footer(footer);
}

std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error, Lang lang) {
  const bool sv = lang == Lang::sv;
  const std::string what = error.what();
  // By class: CLI11 names some errors after the app instead.
  const auto is = [&]<class E>(const E*) { return dynamic_cast<const E*>(&error) != nullptr; };
  if (is(static_cast<const CLI::ExtrasError*>(nullptr))) {
    // "The following argument(s) was/were not expected: a b"
    const std::string listed = what.substr(what.find(": ") == std::string::npos ? 0 : what.find(": ") + 2);
    std::vector<std::string> names;
    for (const CLI::Option* o : app.get_options()) {
      for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
      for (const std::string& n : o->get_snames()) names.push_back("-" + n);
    }
    std::string out;
    std::size_t from = 0;
    while (from <= listed.size()) {
      const std::size_t space = listed.find(' ', from);
      const std::string arg = listed.substr(from, space == std::string::npos ? std::string::npos : space - from);
      from = space == std::string::npos ? listed.size() + 1 : space + 1;
      if (arg.empty()) continue;
      if (!out.empty()) out += "; ";
      if (arg.starts_with("-")) {
        const std::string near = closest_word(arg.substr(0, arg.find('=')), names);
        out += sv ? fmt::format("okänd flagga '{}'", arg) : fmt::format("unknown option '{}'", arg);
        if (!near.empty()) out += sv ? fmt::format("; menade du {}?", near) : fmt::format("; did you mean {}?", near);
      } else {
        out += sv ? fmt::format("oväntat argument '{}'", arg) : fmt::format("unexpected argument '{}'", arg);
      }
    }
    return out;
  }
  if (is(static_cast<const CLI::RequiredError*>(nullptr))) {
    // "--output is required", "paths is required"
    const std::string name = what.substr(0, what.find(' '));
    if (what.find(" is required") != std::string::npos)
      return sv ? fmt::format("{} krävs", name == "paths" ? "minst en sökväg till data" : name)
                : fmt::format("{} is required", name == "paths" ? "at least one dataset path" : name);
  }
  if (is(static_cast<const CLI::ArgumentMismatch*>(nullptr))) {
    const std::string name = what.substr(0, what.find(':'));
    return sv ? fmt::format("{} saknar sitt värde", name) : fmt::format("{} needs a value", name);
  }
  if (is(static_cast<const CLI::ValidationError*>(nullptr)) || is(static_cast<const CLI::ConversionError*>(nullptr))) {
    // "--lang: 'x' is not allowed; …" from one_of, or CLI11's own words for numbers and ranges.
    const std::size_t colon = what.find(": ");
    if (colon != std::string::npos && what.starts_with("-")) {
      const std::string name = what.substr(0, colon);
      const std::string rest = what.substr(colon + 2);
      if (rest.find(sv ? "går inte" : "is not allowed") != std::string::npos) return fmt::format("{}: {}", name, rest);
      return sv ? fmt::format("{}: ogiltigt värde ({})", name, rest)
                : fmt::format("{}: invalid value ({})", name, rest);
    }
  }
  return what;
}

namespace {
// English phrase, Swedish phrase: the sentences of lib/'s errors (io, input,
// pipeline, summary, xlsx) and the system's most common reasons.
constexpr std::pair<std::string_view, std::string_view> phrases[]{
    {"cannot write a workbook to a terminal; redirect standard output, or name a file with -o",
     "kan inte skriva en arbetsbok till en terminal; styr om standard ut, eller ange en fil med -o"},
    {"cannot write the workbooks to standard output: --split-by unit writes one workbook per unit into a folder; "
     "name it with -o",
     "kan inte skriva arbetsböckerna till standard ut: --split-by unit skriver en arbetsbok per enhet i en mapp; "
     "ange den med -o"},
    {"cannot read the path: ", "sökvägen kan inte läsas: "},
    {"cannot read the folder: ", "mappen kan inte läsas: "},
    {"cannot read the file: ", "filen kan inte läsas: "},
    {"cannot read '", "kan inte läsa '"},
    {"cannot write to standard output: ", "kan inte skriva till standard ut: "},
    {"cannot write '", "kan inte skriva '"},
    {"cannot create the folder '", "kan inte skapa mappen '"},
    {"no such file or folder", "filen eller mappen finns inte"},
    {"not a file or a folder", "varken en fil eller en mapp"},
    {"it is a folder; name a file, or use --split-by unit",
     "det är en mapp; ange en fil, eller använd --split-by unit"},
    {"it is a folder; name a file", "det är en mapp; ange en fil"},
    {"it is one of the input files; choose another output path",
     "det är en av indatafilerna; välj en annan sökväg för utdata"},
    {"the folder '", "mappen '"},
    {"' does not exist", "' finns inte"},
    {"too many levels of links", "för många nivåer av länkar"},
    {"no free temporary name in '", "inget ledigt tillfälligt namn i '"},
    {"cannot create the workbook", "arbetsboken kan inte skapas"},
    {"cannot create the sheets", "bladen kan inte skapas"},
    {"unknown --unit '", "okänd --unit '"},
    {"': the organisation file defines no unit with that id", "': organisationsfilen har ingen enhet med det id:t"},
    {"--unit needs an organisation file in the dataset", "--unit kräver en organisationsfil i datamängden"},
    {"Permission denied", "åtkomst nekad"},
    {"No space left on device", "inget utrymme kvar på enheten"},
    {"No such file or directory", "filen eller mappen finns inte"},
    {"Read-only file system", "filsystemet är skrivskyddat"},
    {"Is a directory", "är en mapp"},
    {"Not a directory", "är ingen mapp"},
    {"Disk quota exceeded", "diskkvoten är slut"},
    {"Input/output error", "in- eller utmatningsfel"},
};
}  // namespace

std::string in_language(std::string_view english, Lang lang) {
  std::string text(english);
  if (lang == Lang::en) return text;
  for (const auto& [en, sv] : phrases)
    for (std::size_t at = text.find(en); at != std::string::npos; at = text.find(en, at + sv.size()))
      text.replace(at, en.size(), sv);
  return text;
}

}  // namespace arshjul::cli
