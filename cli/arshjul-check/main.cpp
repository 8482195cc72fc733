// arshjul-check: checks a dataset against every rule and prints the findings.
#include <unistd.h>

#include <cstdlib>

#include "check_output/check_output.hpp"
#include "common/options.hpp"
#include "common/progress.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-check";
  CLI::App app{"Checks a municipality's follow-up data against the annual cycle and its rules.", tool};
  cli::CommonOptions common;
  cli::add_common_options(app, common);
  const char* actions = std::getenv("GITHUB_ACTIONS");
  std::string format = actions && std::string_view{actions} == "true" ? "github" : "text";
  std::string color = "auto";
  bool strict = false;
  app.add_option("--format", format, format_word_list(check_formats()))
      ->check(CLI::IsMember(format_names(check_formats())));
  app.add_flag("--strict", strict, "warnings fail the run too");
  app.add_option("--color", color, "colour in text output")->check(CLI::IsMember({"auto", "always", "never"}));
  if (const auto code = cli::parse(app, argc, argv)) return *code;

  auto setup = cli::resolve(tool, common);
  if (!setup) return cli::exit_usage;
  cli::Progress progress(tool, common.quiet, setup->lang);
  const auto run = arshjul::run(cli::run_request(common, *setup, progress.observer()));
  if (!run) return cli::usage_error(tool, run.error());
  const Analysis& analysis = run->analysis;

  CheckOutputOptions options{setup->lang, false, strict, common.quiet};
  const std::string output = common.output.empty() ? "-" : common.output;
  options.color = color == "always" ||
                  (color == "auto" && output == "-" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
  const std::string text = find_format(check_formats(), format)->write(analysis, options);
  if (!cli::write(tool, output, text, run->inputs)) return cli::exit_usage;
  return fails(analysis.findings, strict) ? cli::exit_findings : cli::exit_ok;
}
