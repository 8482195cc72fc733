// arshjul-check: checks a dataset against every rule and prints the findings.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "check_output/check_output.hpp"
#include "common/options.hpp"
#include "common/progress.hpp"
#include "pipeline/focus.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-check";
  const Lang lang = cli::language_of(argc, argv);
  CLI::App app{cli::say(lang, "Kontrollerar en kommuns uppföljningsdata mot årshjulet och dess regler.",
                        "Checks a municipality's follow-up data against the annual cycle and its rules."),
               tool};
  cli::CommonOptions common;
  cli::add_common_options(app, common, lang);
  const char* actions = std::getenv("GITHUB_ACTIONS");
  std::string format = actions && std::string_view{actions} == "true" ? "github" : "text";
  std::string color = "auto";
  bool strict = false;
  bool focus = false;
  std::string organisation;
  app.add_option(
         "--format", format,
         cli::say(lang, "utdataformat: ", "output format: ") + cli::joined(format_names(check_formats()), lang) +
             cli::say(lang, " (standard: text; github i GitHub Actions)", " (default: text; github in GitHub Actions)"))
      ->check(cli::one_of(format_names(check_formats()), lang));
  app.add_flag("--strict", strict, cli::say(lang, "varningar fäller också körningen", "warnings fail the run too"));
  app.add_option("--color", color,
                 cli::say(lang, "färg i textutdata: auto, always eller never (standard: auto)",
                          "colour in text output: auto, always or never (default: auto)"))
      ->check(cli::one_of({"auto", "always", "never"}, lang));
  app.add_flag("--focus", focus,
               cli::say(lang,
                        "kontrollera bara de givna filerna, mot hela datamängden runt dem (mappen med närmaste "
                        "organisation.yaml uppåt); för pre-commit",
                        "check only the files given, against the whole dataset around them (the folder of the "
                        "nearest organisation.yaml upward); for pre-commit"));
  app.add_option("--organisation", organisation,
                 cli::say(lang,
                          "organisationsfilen, om den inte finns bland sökvägarna (med --focus: datamängdens "
                          "mapp är dess mapp)",
                          "the organisation file, when it is not among the paths (with --focus: the dataset is "
                          "its folder)"))
      ->type_name("FILE");
  cli::localise(app, lang,
                "  arshjul-check --as-of 2027-02-05 examples/\n"
                "  arshjul-check --lang en --format sarif -o arshjul.sarif examples/\n"
                "  arshjul-check --strict --format junit -o arshjul.xml data/ekonomi-2026.csv data/organisation.yaml\n"
                "  arshjul-check --focus data/inlamningar/kn-2026-04.yaml   # as the pre-commit hook runs it\n");
  if (const auto code = cli::parse(app, argc, argv, lang)) return *code;

  auto setup = cli::resolve(tool, common);
  if (!setup) return cli::exit_usage;
  cli::Progress progress(tool, common.quiet, setup->lang);
  RunRequest request = cli::run_request(common, *setup, progress.observer());
  Focus around;
  if (focus) {
    auto found = dataset_around(common.paths, organisation);
    if (!found) return cli::usage_error(tool, lang, found.error(), found.error());
    around = std::move(*found);
    if (around.read.empty()) {  // no file of a dataset among them: nothing to check
      if (!common.quiet)
        std::fputs(
            cli::say(setup->lang, "arshjul-check: ingen organisation.yaml ovanför filerna; inget att kontrollera\n",
                     "arshjul-check: no organisation.yaml above the files; nothing to check\n")
                .c_str(),
            stderr);
      return cli::exit_ok;
    }
    request.paths = around.read;
  } else if (!organisation.empty()) {
    request.paths.insert(request.paths.begin(), organisation);
  }
  auto run = arshjul::run(request);
  if (!run) return cli::usage_error(tool, lang, run.error(), run.error());
  if (focus) keep_findings_in(run->analysis, around.checked);
  const Analysis& analysis = run->analysis;

  CheckOutputOptions options{setup->lang, false, strict, common.quiet};
  const std::string output = common.output.empty() ? "-" : common.output;
  options.color = color == "always" ||
                  (color == "auto" && output == "-" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
  const std::string text = find_format(check_formats(), format)->write(analysis, options);
  if (!cli::write(tool, lang, output, text, run->inputs)) return cli::exit_usage;
  return fails(analysis.findings, strict) ? cli::exit_findings : cli::exit_ok;
}
