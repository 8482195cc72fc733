// arshjul-md's job: read, check, summarise, render the template, write safely.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "input/read_dataset.hpp"
#include "markdown/template.hpp"

namespace arshjul::markdown {

struct ExportRequest {
  std::vector<std::string> paths;
  ReadOptions read;
  Date as_of;
  Lang lang = Lang::sv;
  std::string output = "-";
  std::optional<std::string> template_path;  // absent: the built-in default
  std::optional<Period> period;
  std::vector<std::string> unit_ids;
};

struct ExportResult {
  std::vector<Finding> findings;  // those shown
};

/// The error is a sentence for standard error (exit 2).
std::variant<ExportResult, std::string> export_markdown(const ExportRequest& request);

}  // namespace arshjul::markdown
