// arshjul-md: the Markdown summary of a dataset, from an editable template.
#include "common/options.hpp"
#include "common/progress.hpp"
#include "markdown/export.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-md";
  CLI::App app{"Writes the Markdown summary of a dataset from a Mustache template.", tool};
  cli::CommonOptions common;
  cli::ReportOptions report;
  std::string template_path;
  cli::add_common_options(app, common);
  cli::add_report_options(app, report);
  app.add_option("--template", template_path, "a Mustache template instead of the built-in one");
  if (const auto code = cli::parse(app, argc, argv)) return *code;

  const auto setup = cli::resolve(tool, common);
  markdown::ExportRequest request;
  if (!setup || !cli::resolve_period(tool, report.period, request.period)) return cli::exit_usage;
  cli::Progress progress(tool, common.quiet, setup->lang);
  cli::fill_report_request(request, common, *setup, report, progress.observer());
  request.lang = setup->lang;
  request.output = common.output.empty() ? "-" : common.output;
  if (!template_path.empty()) request.template_path = template_path;

  const auto result = markdown::export_markdown(request);
  if (const auto* error = std::get_if<std::string>(&result)) return cli::usage_error(tool, *error);
  return cli::report_exit_code(std::get<markdown::ExportResult>(result).findings, report.strict);
}
