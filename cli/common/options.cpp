#include "common/options.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>

#include "io/output.hpp"
#include "values/parse.hpp"

namespace arshjul::cli {

void add_common_options(CLI::App& app, CommonOptions& o, Lang lang, bool paths_required) {
  app.option_defaults()->group(say(lang, "Flaggor", "Options"));
  auto* paths = app.add_option("paths", o.paths,
                               say(lang, "datamängdens filer och mappar (*.yaml, *.yml, *.csv)",
                                   "dataset files and folders (*.yaml, *.yml, *.csv)"));
  if (paths_required) paths->required();
  app.add_option(
         "--as-of", o.as_of,
         say(lang, "utvärderingsdagen ÅÅÅÅ-MM-DD (standard: i dag)", "the evaluation date YYYY-MM-DD (default: today)"))
      ->type_name(say(lang, "DATUM", "DATE"));
  app.add_option("--lang", o.lang,
                 say(lang, "språk för meddelanden, hjälp, rubriker och tal (standard: sv)",
                     "language of messages, help, headings and numbers (default: sv)"))
      ->check(one_of({"sv", "en"}, lang));
  app.add_option("--encoding", o.encoding,
                 say(lang, "teckenkodning för CSV (standard: auto, som avgör själv)",
                     "encoding of CSV input (default: auto, which tells by itself)"))
      ->check(one_of({"auto", "utf-8", "utf8", "windows-1252", "latin1", "utf-16"}, lang));
  app.add_option("--delimiter", o.delimiter,
                 say(lang, "CSV-avgränsare: ',', ';' eller '\\t' (standard: avgörs från rubrikraden)",
                     "CSV delimiter: ',', ';' or '\\t' (default: detected from the header line)"));
  app.add_option("-o,--output", o.output,
                 say(lang, "vart utdata skrivs; - är standard ut", "where to write; - is standard output"))
      ->type_name(say(lang, "FIL", "PATH"));
  app.add_flag(
      "-q,--quiet", o.quiet,
      say(lang, "ingen förloppsvisning och ingen sammanfattningsrad", "no progress display and no summary line"));
  app.set_version_flag("--version", app.get_name() + " " + ARSHJUL_VERSION,
                       say(lang, "visa verktygets namn och version", "print the tool's name and version"));
}

std::optional<int> parse(CLI::App& app, int argc, char** argv, Lang lang) {
  remove_temporaries_on_interrupt();  // an interrupted run leaves no temporary file
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "{}: {}: {}\n{}\n", app.get_name(), say(lang, "fel", "error"), parse_error_message(app, e, lang),
               say(lang, "Se --help för alla flaggor.", "See --help for every option."));
    return exit_usage;
  }
  return std::nullopt;
}

void add_report_options(CLI::App& app, ReportOptions& o, Lang lang) {
  app.add_option("--period", o.period,
                 say(lang,
                     "månaden som ekonomi och nyckeltal visar, ÅÅÅÅ-MM (standard: senaste perioden med en inlämnad "
                     "rapport)",
                     "the month the economy and key figures show, YYYY-MM (default: the latest period of a submitted "
                     "report)"))
      ->type_name("PERIOD");
  app.add_option("--unit", o.units,
                 say(lang, "bara den här enheten, med id (kan upprepas)", "only this unit, by id (repeatable)"))
      ->type_name("ID")
      ->allow_extra_args(false);  // one id each time, so that a path may follow
  app.add_flag("--strict", o.strict,
               say(lang, "slutstatus 1 vid något fynd (rapporten skrivs ändå)",
                   "exit 1 when there is any finding (the report is written all the same)"));
}

bool resolve_period(const std::string& tool, Lang lang, const std::string& text, std::optional<Period>& period) {
  if (text.empty()) return true;
  const auto p = parse_period(text);
  if (!p) {
    usage_error(tool, lang, fmt::format("--period '{}' är ingen period; skriv ÅÅÅÅ-MM", text),
                fmt::format("--period '{}' is not a period; write YYYY-MM", text));
    return false;
  }
  period = p.value;
  return true;
}

int report_exit_code(const std::vector<Finding>& shown, bool strict) {
  const Tally t = tally(shown);
  return strict && (t.errors > 0 || t.warnings > 0) ? exit_findings : exit_ok;
}

int usage_error(const std::string& tool, Lang lang, std::string_view sv, std::string_view en) {
  // An English text given for both languages is the library's: its phrases are put in Swedish.
  const std::string text = sv == en ? in_language(en, lang) : say(lang, sv, en);
  fmt::print(stderr, "{}: {}: {}\n", tool, say(lang, "fel", "error"), text);
  return exit_usage;
}

void print_written(const std::string& path, const Tally& t, Lang lang, bool quiet) {
  if (quiet) return;
  const std::string shown = path == "-" ? (lang == Lang::sv ? "standard ut" : "standard output") : path;
  if (lang == Lang::sv)
    fmt::print(stderr, "skrev {}: {} fel, {} {}\n", shown, t.errors, t.warnings,
               t.warnings == 1 ? "varning" : "varningar");
  else
    fmt::print(stderr, "wrote {}: {} {}, {} {}\n", shown, t.errors, t.errors == 1 ? "error" : "errors", t.warnings,
               t.warnings == 1 ? "warning" : "warnings");
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return std::chrono::year{local.tm_year + 1900} / std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)} /
         std::chrono::day{static_cast<unsigned>(local.tm_mday)};
}

std::chrono::sys_seconds creation_time(Date as_of) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0') return std::chrono::sys_seconds{std::chrono::seconds{seconds}};
  }
  return std::chrono::sys_seconds{std::chrono::sys_days{as_of}};
}

std::optional<Setup> resolve(const std::string& tool, const CommonOptions& o) {
  Setup s;
  s.lang = o.lang == "en" ? Lang::en : Lang::sv;
  s.as_of = today();
  if (!o.as_of.empty()) {
    const auto d = parse_date(o.as_of);
    if (!d) {
      usage_error(tool, s.lang, fmt::format("--as-of '{}' är inget datum; skriv ÅÅÅÅ-MM-DD", o.as_of),
                  fmt::format("--as-of '{}' is not a date; write YYYY-MM-DD", o.as_of));
      return std::nullopt;
    }
    s.as_of = d.value;
  }
  if (const char* threads = std::getenv("ARSHJUL_THREADS")) {
    const auto n = parse_integer(threads);
    if (!n || n.value < 1 || n.value > 256) {
      usage_error(tool, s.lang, fmt::format("ARSHJUL_THREADS='{}' är inget antal trådar 1–256", threads),
                  fmt::format("ARSHJUL_THREADS='{}' is not a number of threads 1..256", threads));
      return std::nullopt;
    }
    s.read.threads = static_cast<unsigned>(n.value);
  }
  s.read.dialect.encoding = (o.encoding == "windows-1252" || o.encoding == "latin1") ? csv::Encoding::windows_1252
                            : (o.encoding == "utf-8" || o.encoding == "utf8")        ? csv::Encoding::utf8
                            : o.encoding == "utf-16"                                 ? csv::Encoding::utf16
                                                                                     : csv::Encoding::detect;
  if (!o.delimiter.empty()) {
    s.read.dialect.delimiter = csv::parse_delimiter(o.delimiter);
    if (!s.read.dialect.delimiter) {
      usage_error(tool, s.lang, fmt::format("--delimiter '{}' är inte ',', ';', '\\t' eller 'tab'", o.delimiter),
                  fmt::format("--delimiter '{}' is not one of ',', ';', '\\t' or 'tab'", o.delimiter));
      return std::nullopt;
    }
  }
  return s;
}

RunRequest run_request(const CommonOptions& common, const Setup& setup, ProgressObserver progress,
                       std::vector<std::string> unit_ids) {
  RunRequest request{common.paths, setup.read, setup.as_of, std::move(unit_ids), Depth::every_check};
  request.read.progress = std::move(progress);
  return request;
}

bool write(const std::string& tool, Lang lang, const std::string& path, std::string_view content,
           const std::vector<std::string>& inputs) {
  const Status written = write_output(path, content, inputs);
  if (!written) usage_error(tool, lang, written.error(), written.error());
  return written.has_value();
}

}  // namespace arshjul::cli
