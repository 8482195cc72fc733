// The enumerations of the domain and their canonical words.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace arshjul {

enum class Lang : std::uint8_t { sv, en };

enum class UnitType : std::uint8_t { namnd, bolag };

/// Report kinds in docs/calendar.md's table order (also the sort order of outputs).
enum class ReportKind : std::uint8_t { tiodagarsrapport, manadsuppfoljning, delarsrapport, arsredovisning };
inline constexpr std::array all_report_kinds{ReportKind::tiodagarsrapport, ReportKind::manadsuppfoljning,
                                             ReportKind::delarsrapport, ReportKind::arsredovisning};

/// Where a fact comes from, for precedence (docs/data-format.md): a report kind, or
/// the ledger (CSV rows without a report).
enum class FactSource : std::uint8_t { tiodagarsrapport, manadsuppfoljning, delarsrapport, arsredovisning, ledger };
inline constexpr FactSource source_of(ReportKind k) { return static_cast<FactSource>(k); }
/// Lower is preferred: årsredovisning, delårsrapport, månadsuppföljning, 10-dagarsrapport, ledger.
inline constexpr int precedence(FactSource s) {
  constexpr std::array<int, 5> rank{3, 2, 1, 0, 4};
  return rank[static_cast<std::size_t>(s)];
}

enum class Direction : std::uint8_t { higher, lower };
enum class KpiStatus : std::uint8_t { green, yellow, red, missing };
enum class AssignmentStatus : std::uint8_t { not_started, ongoing, done, cancelled };
enum class AssignmentOrigin : std::uint8_t { kf_budget, kf_decision, namnd };

std::string_view name(UnitType t);
std::string_view name(ReportKind k);  // the canonical word, e.g. "manadsuppfoljning"
std::string_view name(FactSource s);  // report word or "ledger"
std::string_view name(Direction d);
std::string_view name(KpiStatus s);
std::string_view name(AssignmentStatus s);
std::string_view name(AssignmentOrigin o);

/// Display names of report kinds: "Månadsuppföljning" / "monthly follow-up".
std::string_view display_name(ReportKind k, Lang lang);
/// In a sentence: "månadsuppföljningen" / "the monthly follow-up".
std::string_view definite_name(ReportKind k, Lang lang);

}  // namespace arshjul
