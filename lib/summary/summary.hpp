// The summary shared by every report writer (workbook, Markdown): compliance
// grid, economy of one period, key figures, assignments and findings. Writers
// format it; they compute nothing.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/expected.hpp"
#include "checks/analyse.hpp"

namespace arshjul {

struct GridCell {
  bool used = false;  // blank when the month is neither required nor submitted
  ReportState state{};
  bool voluntary = false;
  int working_days_late = 0;
};

struct GridRow {
  int unit = -1;
  ReportKind kind{};
  std::array<GridCell, 12> months;
};

/// A share as an exact fraction; absent where the denominator is 0.
struct Share {
  Wide numerator = 0;
  Wide denominator = 1;  // > 0
  /// Rounded to a tenth of a percent, as a fraction, never a signed zero.
  double rounded() const;
};

struct EconomyLineSummary {
  int unit = -1;  // -1: a subtotal
  UnitType type = UnitType::namnd;
  std::string measures;  // as the picked source states them
  bool has_data = false;
  FactSource source{};
  Wide budget = 0, outcome = 0, forecast = 0, deviation = 0;  // öre; deviation = budget − forecast
  std::optional<Share> deviation_share;                       // of |budget|
  // The unit's books (docs/data-format.md "Bookkeeping"): the booked outcome to
  // date at the period where its SIE file is usable, complete and covers it;
  // the difference outcome − booked where the row has an outcome too.
  std::optional<Wide> booked, booked_difference;  // öre
  bool reconciliation_finding = false;            // ARS701 for this unit and period
};

// A unit's year (docs/reports.md "Following the year"): D(M) = budget − forecast
// of each month's picked economy, the final outcome and the interim accuracy.
struct ForecastRow {
  int unit = -1;  // -1: a subtotal
  UnitType type = UnitType::namnd;
  std::array<std::optional<Wide>, 12> deviation;  // öre; months up to the period, empty without an economy
  std::optional<Wide> final_outcome;              // December's outcome
  std::optional<Period> interim_period;           // of the first submitted delårsrapport
  std::optional<Wide> interim_error;              // E = forecast − final outcome there
  std::optional<Share> interim_share;             // of |budget| there; absent when it is 0
};

// A picked volume row of the period (docs/reports.md "Volymer").
struct VolumeSummary {
  int unit = -1;
  UnitType type = UnitType::namnd;
  std::string id, name, measure_unit;  // name: the id where none is given
  Decimal budget, outcome, forecast;
  Decimal deviation;                     // forecast − budget
  std::optional<Share> deviation_share;  // of the budget; absent when it is 0
  std::optional<Amount> unit_cost;
  std::optional<std::int64_t> effect;  // öre; with a unit cost
};

struct KpiSummary {
  int unit = -1;
  std::string id;
  std::string name;  // the name, or the id where none is given
  std::optional<Decimal> value, target;
  std::optional<Direction> direction;
  std::string measure_unit;
  std::optional<KpiStatus> status;  // computed where it can be, else as given
  bool critical = false;
};

struct AssignmentSummary {
  const AssignmentRow* row = nullptr;  // the current state
  bool ars301 = false;
  bool ars302 = false;
};

struct AnalysisSummary {
  int unit = -1;
  ReportKind kind{};  // the report it stands in
  std::string text;
};

struct StatusCounts {
  std::size_t on_time = 0, late = 0, missing = 0, pending = 0;
};

struct Summary {
  std::string municipality;
  int year = 0;
  Date as_of;
  std::optional<Period> period;  // the month shown; absent without economy data
  std::vector<int> units;        // shown, in organisation order
  const Organisation* organisation = nullptr;
  std::vector<GridRow> grid;
  // One per shown unit, the committees (nämnder) first, then the companies
  // (bolag), each in organisation order; and a subtotal per unit type, never
  // one total of both (docs/reports.md).
  std::vector<EconomyLineSummary> economy;
  std::array<EconomyLineSummary, 2> economy_subtotals;  // by UnitType; has_data when any unit of it has
  bool has_economy = false;
  bool has_books = false;  // a shown unit has usable books: the economy table shows the booked columns
  // The year: units with any economy in it, by type as `economy`; a subtotal
  // per type whose month is empty where no unit of the type has an economy.
  std::vector<ForecastRow> forecast;
  std::array<ForecastRow, 2> forecast_subtotals;
  std::array<bool, 12> forecast_months{};  // the months up to the period with any economy
  bool has_final_outcome = false;
  // The period's volumes, by type as `economy`, and each type's sum of volume effects.
  std::vector<VolumeSummary> volumes;
  std::array<std::optional<Wide>, 2> volume_effect_subtotals;  // öre
  bool shows_volumes = false;  // the units have volume rows or include a volume-based unit
  std::vector<KpiSummary> kpis;
  std::vector<AssignmentSummary> assignments;
  // Each shown unit's analysis for the period, from the first source in precedence order.
  std::vector<AnalysisSummary> analyses;
  std::vector<Finding> findings;  // of the shown units, and those that concern no unit
  Tally finding_counts;
  const Dataset* dataset = nullptr;
  StatusCounts status_counts;

  const Unit& unit(int index) const { return organisation->units[static_cast<std::size_t>(index)]; }
  const std::string& path_of(std::uint32_t file) const { return dataset->path_of(file); }
};

struct SummaryOptions {
  std::optional<Period> period;  // default: docs/reports.md "Which month"
  std::vector<int> units;        // empty: all
};

/// `analysis` must outlive the summary. With units chosen, findings and reports
/// of other units are left out.
Summary summarise(const Analysis& analysis, const SummaryOptions& options);

/// A --period outside the organisation's year is a command-line error.
[[nodiscard]] Expected<void, Message> check_period(const Analysis& analysis, std::optional<Period> period);

/// The indices of the units chosen by id with --unit (empty: every unit), or
/// the error for the command line (no organisation file, an unknown id).
[[nodiscard]] Expected<std::vector<int>, std::string> select_units(const Dataset& dataset,
                                                                   const std::vector<std::string>& ids);

}  // namespace arshjul
