#include "xlsx/workbooks.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "io/output.hpp"

namespace arshjul::xlsx {

namespace fs = std::filesystem;

Expected<std::unique_ptr<Workbooks>, std::string> Workbooks::prepare(WorkbooksRequest r) {
  std::error_code ec;
  if (r.output == "-") {
    if (r.split_by_unit)
      return Unexpected{
          std::string("cannot write the workbooks to standard output: --split-by unit writes one "
                      "workbook per unit into a folder; name it with -o")};
    if (::isatty(STDOUT_FILENO))
      return Unexpected{
          std::string("cannot write a workbook to a terminal; redirect standard output, or name a "
                      "file with -o")};
    return std::unique_ptr<Workbooks>(new Workbooks(std::move(r)));
  }
  if (r.split_by_unit) {
    if (fs::exists(r.output, ec) && !fs::is_directory(r.output, ec))
      return Unexpected{fmt::format(
          "cannot write into '{}': it is not a folder; --split-by unit writes one workbook per unit into a folder",
          r.output)};
    fs::create_directories(r.output, ec);
    if (ec) return Unexpected{fmt::format("cannot create the folder '{}': {}", r.output, ec.message())};
  } else {
    if (fs::is_directory(r.output, ec))
      return Unexpected{
          fmt::format("cannot write '{}': it is a folder; name a file, or use --split-by unit", r.output)};
    const fs::path parent = fs::path(r.output).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
      return Unexpected{fmt::format("cannot write '{}': the folder '{}' does not exist", r.output, parent.string())};
  }
  return std::unique_ptr<Workbooks>(new Workbooks(std::move(r)));
}

std::string Workbooks::path_for(const std::string& unit_id) const {
  return request_.split_by_unit ? (fs::path(request_.output) / (unit_id + ".xlsx")).string() : request_.output;
}

Workbook* Workbooks::get(const std::string& unit_id) {
  if (auto it = open_.find(unit_id); it != open_.end()) return it->second.get();
  auto opened = Workbook::open(path_for(unit_id), request_.workbook);
  if (!opened) {
    if (!error_) error_ = opened.error();
    return nullptr;
  }
  return open_.emplace(unit_id, std::move(*opened)).first->second.get();
}

bool Workbooks::wanted(std::string_view unit_id) const {
  const auto& ids = request_.unit_ids;
  return ids.empty() || std::find(ids.begin(), ids.end(), unit_id) != ids.end();
}

LedgerObserver Workbooks::ledger_observer() {
  return [this](const LedgerRow& row) {
    if (!wanted(row.unit)) return;
    if (Workbook* w = get(request_.split_by_unit ? std::string(row.unit) : std::string{})) w->add_ledger_row(row);
  };
}

Expected<Written, std::string> Workbooks::write(const Run& run, const ProgressObserver& progress) {
  if (error_) return Unexpected{*error_};
  const Analysis& analysis = run.analysis;
  if (const auto period = check_period(analysis, request_.period); !period)
    return Unexpected{period.error().in(request_.workbook.lang)};
  if (!request_.split_by_unit)
    if (const Status refused = refuse_output_path(request_.output, run.inputs); !refused)
      return Unexpected{refused.error()};

  // One summary per workbook: all units, the chosen ones, or each unit alone.
  std::vector<std::pair<std::string, std::vector<int>>> jobs;
  if (!request_.split_by_unit) {
    jobs.emplace_back("", run.units);
  } else if (analysis.dataset.organisation) {
    const auto& all = analysis.dataset.organisation->units;
    for (std::size_t u = 0; u < all.size(); ++u)
      if (run.units.empty() || std::find(run.units.begin(), run.units.end(), static_cast<int>(u)) != run.units.end())
        jobs.emplace_back(all[u].id, std::vector<int>{static_cast<int>(u)});
  }
  Written result;
  std::vector<bool> shown(analysis.findings.size(), false);
  for (const auto& [unit_id, job_units] : jobs) {
    Workbook* workbook = get(unit_id);
    if (!workbook) return Unexpected{*error_};
    const Summary summary = summarise(analysis, SummaryOptions{request_.period, job_units});
    const Status finished = workbook->finish(summary, progress);
    if (progress) progress({0, 0, 0, ReadProgress::Stage::written});
    if (!finished) return Unexpected{finished.error()};
    finished_.push_back(workbook);
    const auto warnings = workbook->warnings();
    result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());
    result.paths.push_back(path_for(unit_id));
    result.tallies.push_back(summary.finding_counts);
    for (std::size_t i = 0; i < analysis.findings.size(); ++i) {
      const int u = analysis.findings[i].about.unit;
      shown[i] =
          shown[i] || job_units.empty() || u < 0 || std::find(job_units.begin(), job_units.end(), u) != job_units.end();
    }
  }
  // Every workbook is in place only when all are complete (--split-by unit).
  for (Workbook* workbook : finished_)
    if (const Status committed = workbook->commit(); !committed) return Unexpected{committed.error()};
  for (std::size_t i = 0; i < shown.size(); ++i)
    if (shown[i]) result.findings.push_back(analysis.findings[i]);
  return result;
}

}  // namespace arshjul::xlsx
