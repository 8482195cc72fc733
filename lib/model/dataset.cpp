#include "model/dataset.hpp"

namespace arshjul {

const std::string& Dataset::path_of(std::uint32_t file) const {
  static const std::string none;
  if (file != no_file) return files[file].path;
  return given_paths.empty() ? none : given_paths.front();
}

}  // namespace arshjul
