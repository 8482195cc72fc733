// The Swedish keys a submission file may use (docs/data-format.md), one
// table: each Swedish word and the English key it stands for.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace arshjul::yaml {

struct SwedishKey {
  std::string_view swedish;  // as written in Swedish; also accepted without diacritics
  std::string_view english;
};

std::span<const SwedishKey> swedish_keys();

/// The English key a written key stands for where `known` holds it: the key
/// itself when English, else the Swedish word's; nullopt for neither.
std::optional<std::string_view> english_key(std::string_view written, std::span<const std::string_view> known);

}  // namespace arshjul::yaml
