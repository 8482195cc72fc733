#include "yaml/keys.hpp"

#include <algorithm>
#include <string>

#include "values/text.hpp"

namespace arshjul::yaml {

std::span<const SwedishKey> swedish_keys() {
  static constexpr SwedishKey keys[]{
      {"enhet", "unit"},
      {"nämnd", "unit"},
      {"rapport", "report"},
      {"inlämnad", "submitted"},
      {"beslutad", "decided"},
      {"ekonomi", "economy"},
      {"nyckeltal", "kpis"},
      {"uppdrag", "assignments"},
      {"volymer", "volumes"},
      {"analys", "analysis"},
      {"rad", "line"},
      {"post", "line"},
      {"utfall", "outcome"},
      {"prognos", "forecast"},
      {"åtgärder", "measures"},
      {"namn", "name"},
      {"värde", "value"},
      {"mål", "target"},
      {"målvärde", "target"},
      {"riktning", "direction"},
      {"tolerans", "tolerance"},
      {"måttenhet", "measure_unit"},
      {"verksamhetskritisk", "critical"},
      {"titel", "title"},
      {"källa", "source"},
      {"inom_budget", "within_budget"},
      {"resurser", "resources"},
      {"slutdatum", "due"},
      {"styckkostnad", "unit_cost"},
      {"à-pris", "unit_cost"},
      {"a-pris", "unit_cost"},
  };
  return keys;
}

std::optional<std::string_view> english_key(std::string_view written, std::span<const std::string_view> known) {
  const auto is_known = [&](std::string_view k) { return std::find(known.begin(), known.end(), k) != known.end(); };
  if (is_known(written)) return written;
  for (const SwedishKey& k : swedish_keys()) {
    // Exactly the word, or the word without its diacritics (fold_word of a lower-case word).
    if ((written == k.swedish || written == fold_word(k.swedish)) && is_known(k.english)) return k.english;
  }
  return std::nullopt;
}

}  // namespace arshjul::yaml
