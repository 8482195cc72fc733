// A place in an input file, the one every reader, check and output shares.
#pragma once

#include <cstdint>
#include <limits>

namespace arshjul {

inline constexpr std::uint32_t no_file = std::numeric_limits<std::uint32_t>::max();

/// A place in an input file: 1-based line, 1-based column in code points.
struct Location {
  std::uint32_t file = no_file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

}  // namespace arshjul
