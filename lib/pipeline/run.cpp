#include "pipeline/run.hpp"

#include <fmt/format.h>

#include "checks/checks.hpp"
#include "summary/summary.hpp"

namespace arshjul {

Expected<Run, std::string> run(const RunRequest& request) {
  auto read = read_dataset(request.paths, request.read, row_checks());
  if (!read) return Unexpected{fmt::format("cannot read '{}': {}", read.error().path, read.error().reason)};
  Dataset& dataset = *read;
  std::vector<std::string> inputs;
  inputs.reserve(dataset.files.size());
  for (const InputFile& f : dataset.files) inputs.push_back(f.fs_path);
  Analysis analysis = analyse(std::move(dataset), request.as_of, request.depth);
  auto selected = select_units(analysis.dataset, request.unit_ids);
  if (!selected) return Unexpected{selected.error()};
  return Run{std::move(analysis), std::move(*selected), std::move(inputs)};
}

}  // namespace arshjul
