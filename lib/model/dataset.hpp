// The facts of a dataset after reading: what every check and summary works on.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings/finding.hpp"
#include "model/organisation.hpp"

namespace arshjul {

enum class FileKind : std::uint8_t {
  yaml,  // organisation or submission, decided by its keys
  csv_submissions,
  csv_economy,
  csv_kpis,
  csv_assignments,
  csv_volumes,
  csv_unknown,
  sie,      // a company's books (docs/data-format.md "Bookkeeping")
  other,    // named on the command line, neither YAML nor CSV
  special,  // a FIFO, device or socket found in a folder: never opened
};

struct InputFile {
  std::string path;     // as shown in findings: as given, or folder as given + path inside it
  std::string fs_path;  // what to open
  FileKind kind = FileKind::yaml;
};

/// One submitted report (a YAML submission file or a CSV `submissions` row).
struct Submission {
  int unit = -1;
  ReportKind kind{};
  Period period;
  Date submitted;
  std::optional<Date> decided;
  Location unit_where, report_where, period_where, submitted_where, decided_where;
  bool duplicate = false;  // a later copy of the same unit, kind and period (ARS105)
  // Its file gave economy lines that were not used: their own findings say why, so no ARS402.
  bool economy_rejected = false;
  std::string analysis;  // plain text; the summaries show it quoted
};

/// One economy line as read, before it is summed.
struct EconomyLine {
  std::string label;
  Amount budget, outcome, forecast;
  std::string measures;
  Location where;
};

/// The economy of a unit and period from one source, summed exactly.
struct EconomyTotals {
  Wide budget = 0;
  Wide outcome = 0;
  Wide forecast = 0;
  bool has_measures = false;
  std::string measures;  // the distinct measures stated, joined by "; " (bounded)
  std::size_t lines = 0;
  Location first;  // the first line of this source
};

struct EconomyKey {
  int unit = -1;
  Period period;
  FactSource source{};
  friend auto operator<=>(const EconomyKey&, const EconomyKey&) = default;
};

struct KpiRow {
  int unit = -1;
  Period period;
  FactSource source{};
  std::string id;
  std::string name;
  std::optional<Decimal> value, target, tolerance;
  bool value_invalid = false;  // given but not a number (ARS103 already): not ARS501
  std::optional<Direction> direction;
  bool direction_invalid = false;  // given but not a direction word (ARS103 already)
  std::string measure_unit;
  bool critical = false;
  std::optional<KpiStatus> status;
  Location id_where, value_where, status_where, tolerance_where, target_where;
};

/// One volume of a unit in a period (docs/data-format.md, "Volumes"): budgeted, to date and forecast.
struct VolumeRow {
  int unit = -1;
  Period period;
  FactSource source{};
  std::string id;
  std::string name;
  Decimal budget, outcome, forecast;  // never negative
  std::string measure_unit;
  std::optional<Amount> unit_cost;
  Location id_where, forecast_where, unit_cost_where;
};

/// A volume row's volume effect, (budget − forecast) × unit cost, in öre,
/// rounded half away from zero to whole öre (docs/data-format.md "Volumes");
/// nullopt beyond the amount range.
std::optional<std::int64_t> volume_effect(const Decimal& budget, const Decimal& forecast, Amount unit_cost);

struct AssignmentRow {
  int unit = -1;
  std::optional<Period> period;  // absent in CSV: reported at the as-of date
  FactSource source{};
  std::string id;
  std::string title;
  std::optional<AssignmentOrigin> origin;
  std::optional<bool> within_budget;
  std::string resources;
  std::optional<Date> due;
  std::optional<AssignmentStatus> status;
  Location id_where, within_budget_where, due_where;
};

/// The checks that look at one KPI or assignment row alone (lib/checks). They
/// run as each row is read, so that a row that no later check or summary looks
/// at (a duplicate's) is not kept.
struct RowChecks {
  void (*kpi)(const KpiRow&, FindingList&) = nullptr;
  void (*assignment)(const AssignmentRow&, FindingList&) = nullptr;
};

/// What one SIE file's books say (docs/data-format.md "Bookkeeping").
struct Books {
  std::uint32_t file = no_file;
  std::string org_number;         // the last ten digits of #ORGNR; empty without one
  Location orgnr_where;           // the #ORGNR record, or line 1
  int unit = -1;                  // the unit whose org_number it is
  bool usable = false;            // read whole, the organisation's year, outcome by period, checksum right
  bool complete = true;           // no record dropped for an invalid field (ARS103)
  int covered = 0;                // months 1..covered of the year have a booked outcome
  std::array<Wide, 12> booked{};  // öre, the booked outcome to date at the end of each month
  std::optional<Wide> budget;     // öre, the year's #PBUDGET
};

struct Dataset {
  std::vector<std::string> given_paths;  // the command line's paths
  std::vector<InputFile> files;          // every input file, in byte order of path
  std::optional<Organisation> organisation;
  std::vector<Submission> submissions;
  std::map<EconomyKey, EconomyTotals> economy;
  std::vector<KpiRow> kpis;                // rows of known units, duplicates (ARS105) left out
  std::vector<VolumeRow> volumes;          // likewise
  std::vector<AssignmentRow> assignments;  // the same
  std::vector<Books> books;                // one per SIE file read, in path order
  std::size_t economy_rows = 0;            // every economy line read
  FindingList findings;                    // findings of reading

  /// Paths by file index; a finding with no file takes the first given path.
  const std::string& path_of(std::uint32_t file) const;
};

}  // namespace arshjul
