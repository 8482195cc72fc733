// Dataset discovery: the paths of the command line to a sorted list of files.
#pragma once

#include <string>
#include <vector>

#include "base/expected.hpp"
#include "model/dataset.hpp"

namespace arshjul {

/// A given path that cannot be read: the command line is wrong (exit 2).
struct PathError {
  std::string path;
  std::string reason;  // English, lower case
};

/// Files and folders, folders read recursively for *.yaml, *.yml and *.csv;
/// hidden names inside folders skipped; each file once; byte order of path.
[[nodiscard]] Expected<std::vector<InputFile>, PathError> discover(const std::vector<std::string>& paths);

/// The kind of a file from its name (docs/data-format.md).
FileKind kind_from_name(std::string_view file_name);

}  // namespace arshjul
