// arshjul-xlsx: the Excel summary of a dataset.
#include <cstdlib>
#include <fmt/format.h>

#include "common/options.hpp"
#include "common/progress.hpp"
#include "values/parse.hpp"
#include "xlsx/export.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-xlsx";
  CLI::App app{"Writes the Excel summary: compliance grid, economy, key figures, assignments and findings.", tool};
  cli::CommonOptions common;
  cli::add_common_options(app, common);
  std::string period, split_by;
  bool strict = false, include_ledger = false;
  xlsx::ExportRequest request;
  app.get_option("--output")->required();
  app.add_option("--period", period, "the month the economy and KPI sheets show, YYYY-MM (default: the latest)");
  app.add_option("--unit", request.unit_ids, "only this unit (repeatable)");
  app.add_option("--split-by", split_by, "one workbook per unit into the folder -o")->check(CLI::IsMember({"unit"}));
  app.add_flag("--include-ledger", include_ledger, "add every economy row as read, on its own sheet");
  app.add_flag("--strict", strict, "exit 1 when there is any finding (the workbook is written all the same)");
  if (const auto code = cli::parse(app, argc, argv)) return *code;

  const auto setup = cli::resolve(tool, common);
  if (!setup) return cli::exit_usage;
  if (!period.empty()) {
    const auto p = parse_period(period);
    if (!p) return cli::usage_error(tool, fmt::format("--period '{}' is not a period; write YYYY-MM", period));
    request.period = p.value;
  }
  request.paths = common.paths;
  request.read = setup->read;
  cli::Progress progress(tool, common.quiet, setup->lang);
  request.read.progress = progress.observer();
  request.as_of = setup->as_of;
  request.workbook = {setup->lang, cli::creation_time(setup->as_of), include_ledger};
  request.output = common.output;
  request.split_by_unit = split_by == "unit";

  auto result = xlsx::export_workbooks(request);
  if (auto* error = std::get_if<std::string>(&result)) return cli::usage_error(tool, *error);
  const auto& done = std::get<xlsx::ExportResult>(result);
  for (const std::string& warning : done.warnings) fmt::print(stderr, "{}: warning: {}\n", tool, warning);
  const Tally t = tally(done.findings);
  return strict && (t.errors > 0 || t.warnings > 0) ? cli::exit_findings : cli::exit_ok;
}
