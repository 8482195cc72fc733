// arshjul-md: the Markdown summary of a dataset, from an editable template.
#include <fmt/format.h>

#include "common/options.hpp"
#include "common/progress.hpp"
#include "markdown/export.hpp"
#include "values/parse.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-md";
  CLI::App app{"Writes the Markdown summary of a dataset from a Mustache template.", tool};
  cli::CommonOptions common;
  cli::add_common_options(app, common);
  std::string period, template_path;
  bool strict = false;
  markdown::ExportRequest request;
  app.add_option("--period", period, "the month the economy and KPI tables show, YYYY-MM (default: the latest)");
  app.add_option("--unit", request.unit_ids, "only this unit (repeatable)");
  app.add_option("--template", template_path, "a Mustache template instead of the built-in one");
  app.add_flag("--strict", strict, "exit 1 when there is any finding (the summary is written all the same)");
  if (const auto code = cli::parse(app, argc, argv)) return *code;

  const auto setup = cli::resolve(tool, common);
  if (!setup) return cli::exit_usage;
  if (!period.empty()) {
    const auto p = parse_period(period);
    if (!p) return cli::usage_error(tool, fmt::format("--period '{}' is not a period; write YYYY-MM", period));
    request.period = p.value;
  }
  if (!template_path.empty()) request.template_path = template_path;
  request.paths = common.paths;
  request.read = setup->read;
  cli::Progress progress(tool, common.quiet, setup->lang);
  request.read.progress = progress.observer();
  request.as_of = setup->as_of;
  request.lang = setup->lang;
  request.output = common.output.empty() ? "-" : common.output;

  auto result = markdown::export_markdown(request);
  if (auto* error = std::get_if<std::string>(&result)) return cli::usage_error(tool, *error);
  const Tally t = tally(std::get<markdown::ExportResult>(result).findings);
  return strict && (t.errors > 0 || t.warnings > 0) ? cli::exit_findings : cli::exit_ok;
}
