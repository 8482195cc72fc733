#include "xlsx/export.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "checks/analyse.hpp"
#include "checks/checks.hpp"
#include "io/output.hpp"

namespace arshjul::xlsx {

namespace fs = std::filesystem;

namespace {

using Opened = std::variant<std::unique_ptr<WorkbookExport>, std::string>;

// Workbooks by unit id ("" for the single workbook), opened on first use.
class Outputs {
 public:
  explicit Outputs(const ExportRequest& r) : request_(r) {}

  std::string path_for(const std::string& unit_id) const {
    return request_.split_by_unit ? (fs::path(request_.output) / (unit_id + ".xlsx")).string() : request_.output;
  }
  WorkbookExport* get(const std::string& unit_id) {
    auto it = open_.find(unit_id);
    if (it != open_.end()) return it->second.get();
    Opened opened = WorkbookExport::open(path_for(unit_id), request_.workbook);
    if (auto* error = std::get_if<std::string>(&opened)) {
      if (!error_) error_ = *error;
      return nullptr;
    }
    return open_.emplace(unit_id, std::move(std::get<0>(opened))).first->second.get();
  }
  bool wanted(std::string_view unit_id) const {
    return request_.unit_ids.empty() ||
           std::find(request_.unit_ids.begin(), request_.unit_ids.end(), unit_id) != request_.unit_ids.end();
  }
  std::optional<std::string>& error() { return error_; }

 private:
  const ExportRequest& request_;
  std::map<std::string, std::unique_ptr<WorkbookExport>> open_;
  std::optional<std::string> error_;
};

std::optional<std::string> check_output(const ExportRequest& r) {
  std::error_code ec;
  if (r.split_by_unit) {
    if (fs::exists(r.output, ec) && !fs::is_directory(r.output, ec))
      return fmt::format(
          "cannot write into '{}': it is not a folder; --split-by unit writes one workbook per unit "
          "into a folder",
          r.output);
    fs::create_directories(r.output, ec);
    if (ec) return fmt::format("cannot create the folder '{}': {}", r.output, ec.message());
    return std::nullopt;
  }
  if (fs::is_directory(r.output, ec))
    return fmt::format("cannot write '{}': it is a folder; name a file, or use --split-by unit", r.output);
  const fs::path parent = fs::path(r.output).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec))
    return fmt::format("cannot write '{}': the folder '{}' does not exist", r.output, parent.string());
  return std::nullopt;
}

}  // namespace

std::variant<ExportResult, std::string> export_workbooks(const ExportRequest& request) {
  if (auto error = check_output(request)) return *error;
  Outputs outputs(request);
  ReadOptions read = request.read;
  if (request.workbook.include_ledger)
    read.ledger = [&](const LedgerRow& row) {
      if (!outputs.wanted(row.unit)) return;
      if (WorkbookExport* w = outputs.get(request.split_by_unit ? std::string(row.unit) : std::string{}))
        w->add_ledger_row(row);
    };
  auto dataset = read_dataset(request.paths, read, row_checks());
  if (auto* error = std::get_if<PathError>(&dataset))
    return fmt::format("cannot read '{}': {}", error->path, error->reason);
  if (outputs.error()) return *outputs.error();
  const Analysis analysis = analyse(std::move(std::get<Dataset>(dataset)), request.as_of);

  const auto selected = select_units(analysis.dataset, request.unit_ids);
  if (auto* error = std::get_if<std::string>(&selected)) return *error;
  const std::vector<int>& units = std::get<std::vector<int>>(selected);
  for (const InputFile& f : analysis.dataset.files) {
    std::error_code ec;
    for (const std::string& target : {request.output})
      if (!request.split_by_unit && fs::weakly_canonical(f.fs_path, ec) == fs::weakly_canonical(target, ec))
        return fmt::format("cannot write '{}': it is one of the input files; choose another output path", target);
  }

  // One summary per workbook: all units, the chosen ones, or each unit alone.
  std::vector<std::pair<std::string, std::vector<int>>> jobs;
  if (!request.split_by_unit) {
    jobs.emplace_back("", units);
  } else if (analysis.dataset.organisation) {
    const auto& all = analysis.dataset.organisation->units;
    for (std::size_t u = 0; u < all.size(); ++u)
      if (units.empty() || std::find(units.begin(), units.end(), static_cast<int>(u)) != units.end())
        jobs.emplace_back(all[u].id, std::vector<int>{static_cast<int>(u)});
  }
  ExportResult result;
  std::vector<bool> shown(analysis.findings.size(), false);
  for (const auto& [unit_id, job_units] : jobs) {
    WorkbookExport* workbook = outputs.get(unit_id);
    if (!workbook) return *outputs.error();
    const Summary summary = summarise(analysis, SummaryOptions{request.period, job_units});
    if (request.read.progress) request.read.progress({0, 0, 0, ReadProgress::Stage::writing});
    auto error = workbook->finish(summary);
    if (request.read.progress) request.read.progress({0, 0, 0, ReadProgress::Stage::written});
    if (error) return *error;
    const auto warnings = workbook->warnings();
    result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());
    result.written.push_back(outputs.path_for(unit_id));
    for (std::size_t i = 0; i < analysis.findings.size(); ++i) {
      const int u = analysis.findings[i].about.unit;
      shown[i] =
          shown[i] || job_units.empty() || u < 0 || std::find(job_units.begin(), job_units.end(), u) != job_units.end();
    }
  }
  for (std::size_t i = 0; i < shown.size(); ++i)
    if (shown[i]) result.findings.push_back(analysis.findings[i]);
  return result;
}

}  // namespace arshjul::xlsx
