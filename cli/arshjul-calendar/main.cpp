// arshjul-calendar: the year's deadlines and holidays as text, CSV, JSON, iCalendar or the årshjul in SVG.
#include "calendar_output/calendar_output.hpp"
#include "common/options.hpp"
#include "common/progress.hpp"

int main(int argc, char** argv) {
  using namespace arshjul;
  const std::string tool = "arshjul-calendar";
  const Lang lang = cli::language_of(argc, argv);
  CLI::App app{cli::say(lang, "Skriver årshjulet: varje obligatorisk rapports sista dag, och årets helgdagar.",
                        "Prints the annual cycle: every required report's due date, and the year's holidays."),
               tool};
  cli::CommonOptions common;
  cli::add_common_options(app, common, lang, false);
  int year = 0;
  std::string format = "text";
  bool holidays_only = false;
  std::optional<int> remind;
  std::vector<std::string> unit_ids;
  app.add_option("--year", year,
                 cli::say(lang, "året, när ingen organisationsfil ges (1990–2200)",
                          "the year, when no organisation file is given (1990-2200)"))
      ->check(CLI::Range(1990, 2200));
  app.add_option("--format", format,
                 cli::say(lang, "utdataformat: ", "output format: ") +
                     cli::joined(format_names(calendar_formats()), lang) +
                     cli::say(lang, " (standard: text)", " (default: text)"))
      ->check(cli::one_of(format_names(calendar_formats()), lang));
  app.add_flag("--holidays", holidays_only,
               cli::say(lang, "lista bara helgdagar och stängda dagar", "list only the holidays and closed days"));
  app.add_option("--remind", remind,
                 cli::say(lang, "ics: en påminnelse N arbetsdagar före varje sista dag (0: samma dag)",
                          "ics: a reminder N working days before each due date (0: on the day)"))
      ->type_name("N")
      ->check(CLI::Range(0, 250));
  app.add_option("--unit", unit_ids,
                 cli::say(lang, "bara den här enhetens sista dagar, med id (kan upprepas)",
                          "only this unit's deadlines, by id (repeatable)"))
      ->type_name("ID")
      ->allow_extra_args(false);  // one id each time, so that a path may follow
  cli::localise(app, lang,
                "  arshjul-calendar --as-of 2027-02-05 examples/\n"
                "  arshjul-calendar --format ics --remind 3 -o arshjul-2026.ics examples/organisation.yaml\n"
                "  arshjul-calendar --format svg --unit kulturnamnden -o kn.svg examples/\n"
                "  arshjul-calendar --year 2027 --holidays --format json\n");
  if (const auto code = cli::parse(app, argc, argv, lang)) return *code;

  auto setup = cli::resolve(tool, common);
  if (!setup) return cli::exit_usage;
  if (remind && format != "ics")
    return cli::usage_error(tool, lang, "--remind gäller bara --format ics", "--remind needs --format ics");
  if (!unit_ids.empty() && common.paths.empty())
    return cli::usage_error(tool, lang, "--unit behöver en datamängd med en organisationsfil",
                            "--unit needs a dataset with an organisation file");
  cli::Progress progress(tool, common.quiet, setup->lang);
  std::optional<Run> run;  // without paths, the year alone
  if (!common.paths.empty()) {
    RunRequest request = cli::run_request(common, *setup, progress.observer(), unit_ids);
    request.depth = Depth::rules;  // the calendar needs the organisation's rules, not the checks
    auto done = arshjul::run(request);
    if (!done) return cli::usage_error(tool, lang, done.error(), done.error());
    run = std::move(*done);
  }
  const Organisation* org = run && run->analysis.dataset.organisation && run->analysis.dataset.organisation->year != 0
                                ? &*run->analysis.dataset.organisation
                                : nullptr;
  if (!org && year == 0)
    return cli::usage_error(tool, lang, "ge en datamängd med en organisationsfil, eller --year ÅÅÅÅ",
                            "give a dataset with an organisation file, or --year YYYY");
  const AnnualCycle cycle = only_units(annual_cycle(org, run ? run->analysis.rules : default_rules(), year),
                                       run ? run->units : std::vector<int>{});

  const CalendarOutputOptions options{setup->lang, holidays_only, cli::creation_time(setup->as_of), setup->as_of,
                                      remind};
  const std::string output = common.output.empty() ? "-" : common.output;
  if (!cli::write(tool, lang, output, find_format(calendar_formats(), format)->write(cycle, options),
                  run ? run->inputs : std::vector<std::string>{}))
    return cli::exit_usage;
  return cli::exit_ok;
}
