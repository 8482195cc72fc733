#include "types/kinds.hpp"

namespace arshjul {

namespace {
template <class E, std::size_t N>
std::string_view pick(E e, const std::array<std::string_view, N>& words) {
  return words[static_cast<std::size_t>(e)];
}
}  // namespace

std::string_view name(UnitType t) { return pick(t, std::array<std::string_view, 2>{"nämnd", "bolag"}); }

std::string_view name(ReportKind k) {
  return pick(
      k, std::array<std::string_view, 4>{"tiodagarsrapport", "manadsuppfoljning", "delarsrapport", "arsredovisning"});
}

std::string_view name(FactSource s) {
  return pick(s, std::array<std::string_view, 5>{"tiodagarsrapport", "manadsuppfoljning", "delarsrapport",
                                                 "arsredovisning", "ledger"});
}

std::string_view name(Direction d) { return pick(d, std::array<std::string_view, 2>{"higher", "lower"}); }

std::string_view name(KpiStatus s) {
  return pick(s, std::array<std::string_view, 4>{"green", "yellow", "red", "missing"});
}

std::string_view name(AssignmentStatus s) {
  return pick(s, std::array<std::string_view, 4>{"not_started", "ongoing", "done", "cancelled"});
}

std::string_view name(AssignmentOrigin o) {
  return pick(o, std::array<std::string_view, 3>{"kf_budget", "kf_decision", "namnd"});
}

std::string_view display_name(ReportKind k, Lang lang) {
  if (lang == Lang::sv)
    return pick(
        k, std::array<std::string_view, 4>{"10-dagarsrapport", "Månadsuppföljning", "Delårsrapport", "Årsredovisning"});
  return pick(k,
              std::array<std::string_view, 4>{"10-day report", "monthly follow-up", "interim report", "annual report"});
}

std::string_view definite_name(ReportKind k, Lang lang) {
  if (lang == Lang::sv)
    return pick(k, std::array<std::string_view, 4>{"10-dagarsrapporten", "månadsuppföljningen", "delårsrapporten",
                                                   "årsredovisningen"});
  return pick(k, std::array<std::string_view, 4>{"the 10-day report", "the monthly follow-up", "the interim report",
                                                 "the annual report"});
}

}  // namespace arshjul
