// What the reader's two files share.
#pragma once

#include <cstddef>
#include <string_view>

namespace arshjul::csv::detail {

inline constexpr std::size_t chunk_size = 1 << 20;
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace arshjul::csv::detail
