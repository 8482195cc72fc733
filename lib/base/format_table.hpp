// A table of output formats: each one's word for --format and its writer.
// A tool's formats are one such table; adding a format is a row and its writer.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace arshjul {

template <class Input, class Options>
struct OutputFormat {
  std::string_view name;
  std::string (*write)(const Input&, const Options&);
};

/// The format named `name`, or nullptr.
template <class Input, class Options>
const OutputFormat<Input, Options>* find_format(std::span<const OutputFormat<Input, Options>> table,
                                                std::string_view name) {
  for (const auto& format : table)
    if (format.name == name) return &format;
  return nullptr;
}

/// The words, in the table's order (for the command line's allowed values).
template <class Input, class Options>
std::vector<std::string> format_names(std::span<const OutputFormat<Input, Options>> table) {
  std::vector<std::string> out;
  for (const auto& format : table) out.emplace_back(format.name);
  return out;
}

}  // namespace arshjul
