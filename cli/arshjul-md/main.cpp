// arshjul-md: the Markdown summary of a dataset, from an editable template.
#include "common/options.hpp"
#include "common/progress.hpp"
#include "markdown/template.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-md";
  const Lang lang = cli::language_of(argc, argv);
  CLI::App app{cli::say(lang, "Skriver datamängdens sammanfattning i Markdown från en Mustache-mall.",
                        "Writes the Markdown summary of a dataset from a Mustache template."),
               tool};
  cli::CommonOptions common;
  cli::ReportOptions report;
  std::string template_path;
  cli::add_common_options(app, common, lang);
  cli::add_report_options(app, report, lang);
  app.add_option("--template", template_path,
                 cli::say(lang, "en Mustache-mall i stället för den inbyggda (docs/templates.md)",
                          "a Mustache template instead of the built-in one (docs/templates.md)"))
      ->type_name(cli::say(lang, "FIL", "FILE"));
  cli::localise(app, lang,
                "  arshjul-md --as-of 2027-02-05 -o uppfoljning-2026.md examples/\n"
                "  arshjul-md --lang en --unit kulturnamnden examples/\n"
                "  arshjul-md --template min-mall.md.mustache -o rapport.md examples/\n");
  if (const auto code = cli::parse(app, argc, argv, lang)) return *code;

  const auto setup = cli::resolve(tool, common);
  std::optional<Period> period;
  if (!setup || !cli::resolve_period(tool, lang, report.period, period)) return cli::exit_usage;
  const Expected<markdown::Template, std::string> tmpl =
      template_path.empty() ? markdown::default_template() : markdown::load_template(template_path);
  if (!tmpl) return cli::usage_error(tool, lang, "fel i mallen: " + tmpl.error(), "template error: " + tmpl.error());
  cli::Progress progress(tool, common.quiet, setup->lang);
  RunRequest request = cli::run_request(common, *setup, progress.observer(), report.units);
  request.read.keep_analyses = true;  // the summary quotes them
  const auto run = arshjul::run(request);
  if (!run) return cli::usage_error(tool, lang, run.error(), run.error());

  if (const auto checked = check_period(run->analysis, period); !checked)
    return cli::usage_error(tool, lang, checked.error().sv, checked.error().en);
  const Summary summary = summarise(run->analysis, SummaryOptions{period, run->units});
  const auto text = markdown::render_summary(*tmpl, summary, setup->lang);
  if (!text) return cli::usage_error(tool, lang, text.error(), text.error());
  const std::string output = common.output.empty() ? "-" : common.output;
  if (!cli::write(tool, lang, output, *text, run->inputs)) return cli::exit_usage;
  cli::print_written(output, summary.finding_counts, setup->lang, common.quiet);
  return cli::report_exit_code(summary.findings, report.strict);
}
