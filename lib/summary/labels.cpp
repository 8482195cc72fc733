#include "summary/labels.hpp"

#include <fmt/format.h>

#include <array>

#include "values/format.hpp"

namespace arshjul {

namespace {
template <std::size_t N>
std::string_view pick(std::size_t i, Lang lang, const std::array<std::string_view, N>& sv,
                      const std::array<std::string_view, N>& en) {
  return (lang == Lang::sv ? sv : en)[i];
}
}  // namespace

std::string cell_words(const GridCell& c, Lang lang) {
  if (!c.used) return {};
  const bool sv = lang == Lang::sv;
  std::string words;
  switch (c.state) {
    case ReportState::on_time: words = sv ? "i tid" : "on time"; break;
    case ReportState::late:
      words =
          sv ? fmt::format("sen ({} {})", c.working_days_late, c.working_days_late == 1 ? "arbetsdag" : "arbetsdagar")
             : fmt::format("late ({} {})", c.working_days_late,
                           c.working_days_late == 1 ? "working day" : "working days");
      break;
    case ReportState::missing: words = sv ? "saknas" : "missing"; break;
    case ReportState::pending: words = sv ? "väntar" : "pending"; break;
  }
  if (c.voluntary) words += sv ? " (frivillig)" : " (voluntary)";
  return words;
}

std::string_view kpi_status_word(KpiStatus s, Lang lang) {
  return pick<4>(static_cast<std::size_t>(s), lang, {"grön", "gul", "röd", "saknas"},
                 {"green", "yellow", "red", "missing"});
}

std::string_view direction_word(Direction d, Lang lang) {
  return pick<2>(static_cast<std::size_t>(d), lang, {"högre", "lägre"}, {"higher", "lower"});
}

std::string_view assignment_status_word(AssignmentStatus s, Lang lang) {
  return pick<4>(static_cast<std::size_t>(s), lang, {"ej påbörjat", "pågår", "klart", "avbrutet"},
                 {"not started", "ongoing", "done", "cancelled"});
}

std::string_view origin_word(AssignmentOrigin o, Lang lang) {
  return pick<3>(static_cast<std::size_t>(o), lang, {"KF:s budget", "KF-beslut", "nämnden"},
                 {"council budget", "council decision", "committee"});
}

std::string report_word(ReportKind k, Lang lang) {
  std::string word(display_name(k, lang));
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

std::string source_word(FactSource s, Lang lang) {
  if (s == FactSource::ledger) return lang == Lang::sv ? "Huvudbok" : "Ledger";
  return report_word(static_cast<ReportKind>(s), lang);
}

std::string_view yes_no(bool value, Lang lang) {
  return lang == Lang::sv ? (value ? "ja" : "nej") : (value ? "yes" : "no");
}

std::string month_abbreviation(int month, Lang lang) {
  std::string m(month_name(month, lang).substr(0, 3));
  return m;
}

std::string assignment_flags(const AssignmentSummary& a) {
  if (a.ars301 && a.ars302) return "ARS301, ARS302";
  if (a.ars301) return "ARS301";
  if (a.ars302) return "ARS302";
  return {};
}

std::string_view severity_word(Severity s, Lang lang) {
  if (lang == Lang::en) return name(s);
  return s == Severity::error ? "fel" : "varning";
}

std::string_view subtotal_label(UnitType type, Lang lang) {
  const bool sv = lang == Lang::sv;
  return type == UnitType::namnd ? (sv ? "Summa nämnder" : "Total committees")
                                 : (sv ? "Summa bolag" : "Total companies");
}

}  // namespace arshjul
