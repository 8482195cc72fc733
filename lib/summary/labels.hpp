// The words people read in the summaries, in Swedish and English.
#pragma once

#include <string>
#include <string_view>

#include "summary/summary.hpp"

namespace arshjul {

/// "i tid", "sen (8 arbetsdagar)", "saknas", "väntar", with " (frivillig)" for a
/// voluntary report; empty for an unused cell.
std::string cell_words(const GridCell& cell, Lang lang);
std::string_view kpi_status_word(KpiStatus s, Lang lang);  // grön / green …
std::string_view direction_word(Direction d, Lang lang);   // högre / higher
std::string_view assignment_status_word(AssignmentStatus s, Lang lang);
std::string_view origin_word(AssignmentOrigin o, Lang lang);
std::string source_word(FactSource s, Lang lang);       // Månadsuppföljning / Monthly follow-up, Huvudbok / Ledger
std::string report_word(ReportKind k, Lang lang);       // capitalised display name
std::string_view yes_no(bool value, Lang lang);         // ja / nej
std::string_view severity_word(Severity s, Lang lang);  // fel / varning, error / warning
std::string month_abbreviation(int month, Lang lang);   // jan, feb … / Jan, Feb …
/// A unit type's subtotal row: "Summa nämnder" / "Total committees", "Summa bolag" / "Total companies".
std::string_view subtotal_label(UnitType type, Lang lang);
/// "ARS301, ARS302", or empty.
std::string assignment_flags(const AssignmentSummary& a);

}  // namespace arshjul
