#include "findings/finding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace arshjul {

const std::vector<Code>& all_codes() {
  static const std::vector<Code> codes{
      Code::ars101, Code::ars102, Code::ars103, Code::ars104, Code::ars105, Code::ars106, Code::ars107,
      Code::ars108, Code::ars109, Code::ars110, Code::ars111, Code::ars201, Code::ars202, Code::ars203,
      Code::ars204, Code::ars205, Code::ars206, Code::ars207, Code::ars208, Code::ars301, Code::ars302,
      Code::ars401, Code::ars402, Code::ars501, Code::ars502, Code::ars503, Code::ars504};
  return codes;
}

std::string code_name(Code c) { return fmt::format("ARS{}", static_cast<unsigned>(c)); }

std::optional<Code> parse_code(std::string_view text) {
  for (Code c : all_codes())
    if (text == code_name(c)) return c;
  return std::nullopt;
}

std::string_view name(Severity s) { return s == Severity::error ? "error" : "warning"; }

Severity default_severity(Code c) {
  switch (c) {
    case Code::ars104:
    case Code::ars203:
    case Code::ars204:
    case Code::ars205:
    case Code::ars302:
    case Code::ars401:
    case Code::ars501:  // an error for a critical KPI: the check says so
    case Code::ars504: return Severity::warning;
    default: return Severity::error;
  }
}

bool severity_is_fixed(Code c) { return c == Code::ars101 || c == Code::ars108 || c == Code::ars109; }

std::string_view describe(Code c, Lang lang) {
  const bool sv = lang == Lang::sv;
  switch (c) {
    case Code::ars101: return sv ? "filen kan inte tolkas" : "the file cannot be parsed";
    case Code::ars102: return sv ? "en obligatorisk nyckel eller kolumn saknas" : "a required key or column is missing";
    case Code::ars103: return sv ? "ett ogiltigt värde" : "a value is invalid";
    case Code::ars104: return sv ? "en okänd nyckel" : "an unknown key in a YAML mapping";
    case Code::ars105: return sv ? "en dubblett" : "a duplicate";
    case Code::ars106:
      return sv ? "en enhet som organisationsfilen inte definierar"
                : "a unit that the organisation file does not define";
    case Code::ars107: return sv ? "en okänd rapporttyp" : "an unknown report kind";
    case Code::ars108: return sv ? "ogiltig UTF-8" : "the bytes are not valid UTF-8";
    case Code::ars109:
      return sv ? "en fil av okänd sort, eller ingen eller flera organisationsfiler"
                : "a file of no known kind; no or several organisation files";
    case Code::ars110: return sv ? "samma nyckel två gånger" : "the same key twice in one YAML mapping";
    case Code::ars111:
      return sv ? "en period eller ett datum utanför året" : "a period or date outside the organisation's year";
    case Code::ars201:
      return sv ? "obligatorisk april- eller augustiuppföljning saknas"
                : "a mandatory April or August monthly follow-up is missing";
    case Code::ars202: return sv ? "en obligatorisk rapport saknas" : "a required report is missing";
    case Code::ars203: return sv ? "en rapport lämnades in sent" : "a report was submitted late";
    case Code::ars204:
      return sv ? "en rapport lämnades in innan perioden slutat" : "a report was submitted before its period ended";
    case Code::ars205:
      return sv ? "monthly_reports utelämnar april eller augusti" : "monthly_reports leaves out April or August";
    case Code::ars206:
      return sv ? "organisationsfilens kalender är ogiltig" : "the organisation file's calendar is invalid";
    case Code::ars207: return sv ? "ett datum efter utvärderingsdagen" : "a date after the as-of date";
    case Code::ars208:
      return sv ? "en delårsrapports period slutar inte mellan 30 juni och 31 augusti"
                : "an interim report's period does not end between 30 June and 31 August";
    case Code::ars301:
      return sv ? "ett uppdrag utanför budgetprocessen anger inte sina resurser"
                : "an assignment outside the budget process does not state its resources";
    case Code::ars302: return sv ? "ett uppdrag är försenat" : "an assignment is past its due date";
    case Code::ars401:
      return sv ? "negativ budgetavvikelse utan åtgärder" : "a negative budget deviation without measures";
    case Code::ars402: return sv ? "en rapport saknar ekonomi" : "a report has no economy lines";
    case Code::ars501: return sv ? "ett nyckeltal saknar värde" : "a key figure has no value";
    case Code::ars502:
      return sv ? "angiven status stämmer inte med den beräknade" : "a given status differs from the computed one";
    case Code::ars503:
      return sv ? "målvärde utan riktning, eller negativ tolerans"
                : "a target without a direction, or a negative tolerance";
    case Code::ars504: return sv ? "ett procentvärde utanför 0–100" : "a percentage outside 0..100";
  }
  return {};
}

Finding& FindingList::add(Code code, Location where, Message message, Subject about) {
  return items_.emplace_back(Finding{code, default_severity(code), where, std::move(message), std::move(about)});
}

void FindingList::append(FindingList&& other) {
  if (items_.empty()) {
    items_ = std::move(other.items_);
    return;
  }
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
}

void apply_overrides(std::vector<Finding>& findings, const RuleOverrides& overrides) {
  if (overrides.empty()) return;
  std::erase_if(findings, [&](Finding& f) {
    const auto it = overrides.find(f.code);
    if (it == overrides.end() || severity_is_fixed(f.code)) return false;
    if (it->second.off) return true;
    f.severity = it->second.severity;
    return false;
  });
}

void sort_findings(std::vector<Finding>& findings, const std::function<std::string_view(std::uint32_t)>& path_of) {
  const auto key = [&](const Finding& f) {
    return std::tuple{path_of(f.where.file),
                      f.where.line,
                      f.where.column,
                      static_cast<unsigned>(f.code),
                      f.about.unit,
                      f.about.report.has_value(),
                      f.about.report ? static_cast<int>(*f.about.report) : 0,
                      f.about.period.value_or(Period{}),
                      std::string_view{f.about.kpi},
                      std::string_view{f.about.assignment},
                      std::string_view{f.message.en}};
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

Tally tally(const std::vector<Finding>& findings) {
  Tally t;
  for (const auto& f : findings) (f.severity == Severity::error ? t.errors : t.warnings)++;
  return t;
}

}  // namespace arshjul
