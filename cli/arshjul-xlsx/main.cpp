// arshjul-xlsx: the Excel summary of a dataset.
#include <fmt/format.h>

#include "common/options.hpp"
#include "common/progress.hpp"
#include "xlsx/workbooks.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-xlsx";
  const Lang lang = cli::language_of(argc, argv);
  CLI::App app{cli::say(lang, "Skriver Excelsammanställningen: rapportöversikt, ekonomi, nyckeltal, uppdrag och fynd.",
                        "Writes the Excel summary: compliance grid, economy, key figures, assignments and findings."),
               tool};
  cli::CommonOptions common;
  cli::ReportOptions report;
  std::string split_by;
  bool include_ledger = false;
  cli::add_common_options(app, common, lang);
  cli::add_report_options(app, report, lang);
  app.get_option("--output")->required();
  app.add_option(
         "--split-by", split_by,
         cli::say(lang, "unit: en arbetsbok per enhet i mappen -o", "unit: one workbook per unit into the folder -o"))
      ->check(cli::one_of({"unit"}, lang));
  app.add_flag("--include-ledger", include_ledger,
               cli::say(lang, "lägg till varje ekonomirad som den lästes, på ett eget blad",
                        "add every economy row as read, on its own sheet"));
  cli::localise(app, lang,
                "  arshjul-xlsx --as-of 2027-02-05 -o uppfoljning-2026.xlsx examples/\n"
                "  arshjul-xlsx --period 2026-08 --split-by unit -o per-enhet/ examples/\n"
                "  arshjul-xlsx -o - examples/ > uppfoljning.xlsx\n");
  if (const auto code = cli::parse(app, argc, argv, lang)) return *code;

  const auto setup = cli::resolve(tool, common);
  std::optional<Period> period;
  if (!setup || !cli::resolve_period(tool, lang, report.period, period)) return cli::exit_usage;
  auto workbooks = xlsx::Workbooks::prepare({{setup->lang, cli::creation_time(setup->as_of), include_ledger},
                                             common.output,
                                             split_by == "unit",
                                             period,
                                             report.units});
  if (!workbooks) return cli::usage_error(tool, lang, workbooks.error(), workbooks.error());
  cli::Progress progress(tool, common.quiet, setup->lang);
  RunRequest request = cli::run_request(common, *setup, progress.observer(), report.units);
  if (include_ledger) request.read.ledger = (*workbooks)->ledger_observer();
  const auto run = arshjul::run(request);
  if (!run) return cli::usage_error(tool, lang, run.error(), run.error());

  const auto written = (*workbooks)->write(*run, request.read.progress);
  if (!written) return cli::usage_error(tool, lang, written.error(), written.error());
  for (const std::string& warning : written->warnings) fmt::print(stderr, "{}: warning: {}\n", tool, warning);
  for (std::size_t i = 0; i < written->paths.size(); ++i)
    cli::print_written(written->paths[i], written->tallies[i], setup->lang, common.quiet);
  return cli::report_exit_code(written->findings, report.strict);
}
