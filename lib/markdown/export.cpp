#include "markdown/export.hpp"

#include <fmt/format.h>

#include "checks/analyse.hpp"
#include "checks/checks.hpp"
#include "io/output.hpp"

namespace arshjul::markdown {

std::variant<ExportResult, std::string> export_markdown(const ExportRequest& request) {
  Template tmpl = default_template();
  if (request.template_path) {
    auto loaded = load_template(*request.template_path);
    if (auto* error = std::get_if<std::string>(&loaded)) return "template error: " + *error;
    tmpl = std::move(std::get<Template>(loaded));
  }
  auto dataset = read_dataset(request.paths, request.read, row_checks());
  if (auto* error = std::get_if<PathError>(&dataset))
    return fmt::format("cannot read '{}': {}", error->path, error->reason);
  std::vector<std::string> inputs;
  for (const InputFile& f : std::get<Dataset>(dataset).files) inputs.push_back(f.fs_path);
  const Analysis analysis = analyse(std::move(std::get<Dataset>(dataset)), request.as_of);

  const auto selected = select_units(analysis.dataset, request.unit_ids);
  if (auto* error = std::get_if<std::string>(&selected)) return *error;
  const std::vector<int>& units = std::get<std::vector<int>>(selected);
  const Summary summary = summarise(analysis, SummaryOptions{request.period, units});
  const auto rendered = render(tmpl, build_view(summary, request.lang));
  if (rendered.index() == 1) return "template error: " + std::get<1>(rendered);
  if (auto error = refuse_output_path(request.output, inputs)) return *error;
  if (auto error = write_atomically(request.output, std::get<0>(rendered))) return *error;
  return ExportResult{summary.findings};
}

}  // namespace arshjul::markdown
