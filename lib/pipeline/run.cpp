#include "pipeline/run.hpp"

#include <fmt/format.h>

#include "checks/checks.hpp"
#include "summary/summary.hpp"

namespace arshjul {

Expected<Run, std::string> run(const RunRequest& request) {
  auto read = read_dataset(request.paths, request.read, row_checks());
  if (const auto* error = std::get_if<PathError>(&read))
    return Unexpected{fmt::format("cannot read '{}': {}", error->path, error->reason)};
  Dataset& dataset = std::get<Dataset>(read);
  std::vector<std::string> inputs;
  inputs.reserve(dataset.files.size());
  for (const InputFile& f : dataset.files) inputs.push_back(f.fs_path);
  Analysis analysis = analyse(std::move(dataset), request.as_of, request.depth);
  auto selected = select_units(analysis.dataset, request.unit_ids);
  if (const auto* error = std::get_if<std::string>(&selected)) return Unexpected{*error};
  return Run{std::move(analysis), std::move(std::get<std::vector<int>>(selected)), std::move(inputs)};
}

}  // namespace arshjul
