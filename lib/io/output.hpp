// The output step of every tool (docs/reliability.md): never half a file,
// never a damaged old one, never a device replaced.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"
#include "io/temporary.hpp"

namespace arshjul {

/// Refused where it would replace one of the inputs or is a folder, else
/// written: "-" to standard output, a device or FIFO in place, a regular file
/// (or a link's target) through a temporary file renamed into place.
/// Errors are lower-case English sentences naming the path.
[[nodiscard]] Status write_output(const std::string& path, std::string_view content,
                                  const std::vector<std::string>& inputs);

/// An output path that would overwrite one of the inputs, or a folder.
[[nodiscard]] Status refuse_output_path(const std::string& path, const std::vector<std::string>& inputs);

}  // namespace arshjul
