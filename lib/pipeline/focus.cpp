#include "pipeline/focus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace arshjul {

namespace fs = std::filesystem;

namespace {

fs::path canonical_or_self(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p : c;
}

// The nearest organisation file upward from `start`, written relative as `start` is.
std::optional<fs::path> organisation_upward(const fs::path& start) {
  fs::path folder = start.empty() ? fs::path(".") : start;
  for (;;) {
    for (const char* name : {"organisation.yaml", "organisation.yml"}) {
      std::error_code ec;
      if (fs::is_regular_file(folder / name, ec)) return (folder / name).lexically_normal();
    }
    const fs::path up = folder / "..";
    if (canonical_or_self(up) == canonical_or_self(folder)) return std::nullopt;  // the root
    folder = up;
  }
}

bool inside(const fs::path& folder, const fs::path& file) {
  const fs::path f = canonical_or_self(folder), p = canonical_or_self(file);
  auto [a, b] = std::mismatch(f.begin(), f.end(), p.begin(), p.end());
  return a == f.end();
}

}  // namespace

Expected<Focus, std::string> dataset_around(const std::vector<std::string>& files, const std::string& organisation) {
  Focus focus;
  std::optional<fs::path> org;
  if (!organisation.empty()) {
    std::error_code ec;
    if (!fs::is_regular_file(organisation, ec))
      return Unexpected{fmt::format("cannot read '{}': no such file or folder", organisation)};
    org = organisation;
    focus.checked = files;
  } else {
    for (const std::string& f : files) {
      const auto found = organisation_upward(fs::path(f).parent_path());
      if (!found) continue;  // no dataset's file (a CI configuration, say)
      if (!org) org = found;
      focus.checked.push_back(f);
    }
    if (!org) return focus;
  }
  fs::path folder = org->parent_path();
  if (folder.empty()) folder = ".";
  focus.read.push_back(folder.lexically_normal().string());
  for (const std::string& f : focus.checked)
    if (!inside(folder, f)) focus.read.push_back(f);
  if (!inside(folder, *org)) focus.read.push_back(org->string());
  return focus;
}

void keep_findings_in(Analysis& analysis, const std::vector<std::string>& files) {
  std::map<fs::path, std::string> wanted;  // the file, and how it was given
  for (const std::string& f : files) wanted.emplace(canonical_or_self(f), f);
  Dataset& ds = analysis.dataset;
  std::vector<bool> given(ds.files.size(), false);
  for (std::size_t i = 0; i < ds.files.size(); ++i)
    if (const auto it = wanted.find(canonical_or_self(ds.files[i].fs_path)); it != wanted.end()) {
      given[i] = true;
      ds.files[i].path = it->second;  // findings name the file as it was given, not as found in the folder
    }
  std::erase_if(analysis.findings,
                [&](const Finding& f) { return f.where.file >= ds.files.size() || !given[f.where.file]; });
}

}  // namespace arshjul
