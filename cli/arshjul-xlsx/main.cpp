// arshjul-xlsx: the Excel summary of a dataset.
#include <fmt/format.h>

#include "common/options.hpp"
#include "common/progress.hpp"
#include "xlsx/export.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-xlsx";
  CLI::App app{"Writes the Excel summary: compliance grid, economy, key figures, assignments and findings.", tool};
  cli::CommonOptions common;
  cli::ReportOptions report;
  std::string split_by;
  bool include_ledger = false;
  cli::add_common_options(app, common);
  cli::add_report_options(app, report);
  app.get_option("--output")->required();
  app.add_option("--split-by", split_by, "one workbook per unit into the folder -o")->check(CLI::IsMember({"unit"}));
  app.add_flag("--include-ledger", include_ledger, "add every economy row as read, on its own sheet");
  if (const auto code = cli::parse(app, argc, argv)) return *code;

  const auto setup = cli::resolve(tool, common);
  xlsx::ExportRequest request;
  if (!setup || !cli::resolve_period(tool, report.period, request.period)) return cli::exit_usage;
  cli::Progress progress(tool, common.quiet, setup->lang);
  cli::fill_report_request(request, common, *setup, report, progress.observer());
  request.workbook = {setup->lang, cli::creation_time(setup->as_of), include_ledger};
  request.output = common.output;
  request.split_by_unit = split_by == "unit";

  const auto result = xlsx::export_workbooks(request);
  if (const auto* error = std::get_if<std::string>(&result)) return cli::usage_error(tool, *error);
  const auto& done = std::get<xlsx::ExportResult>(result);
  for (const std::string& warning : done.warnings) fmt::print(stderr, "{}: warning: {}\n", tool, warning);
  return cli::report_exit_code(done.findings, report.strict);
}
