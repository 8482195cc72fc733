#include "input/discover.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "input/csv_rows.hpp"
#include "values/text.hpp"

namespace arshjul {

namespace fs = std::filesystem;

namespace {
enum class Extension { yaml, csv, other };

Extension extension_of(const fs::path& p) {
  const std::string ext = fold_word(p.extension().string());
  if (ext == ".yaml" || ext == ".yml") return Extension::yaml;
  if (ext == ".csv") return Extension::csv;
  return Extension::other;
}

std::string join(const std::string& folder, const std::string& inside) {
  if (folder.empty() || folder.back() == '/') return folder + inside;
  return folder + "/" + inside;
}
}  // namespace

FileKind kind_from_name(std::string_view file_name) {
  const fs::path p{std::string(file_name)};
  switch (extension_of(p)) {
    case Extension::yaml: return FileKind::yaml;
    case Extension::other: return FileKind::other;
    case Extension::csv: break;
  }
  return detail::table_kind_of_name(fold_word(p.filename().string())).value_or(FileKind::csv_unknown);
}

Expected<std::vector<InputFile>, PathError> discover(const std::vector<std::string>& paths) {
  std::vector<InputFile> files;
  // A file is known by its device and inode, however it is reached (links,
  // `..`, twice on the command line): one stat, where a canonical path costs
  // a readlink for every component.
  std::set<std::pair<dev_t, ino_t>> seen;
  std::set<fs::path> seen_unstatable;
  const auto add = [&](const fs::path& real, std::string shown) {
    struct stat st {};
    if (::stat(real.c_str(), &st) == 0) {
      if (!seen.insert({st.st_dev, st.st_ino}).second) return;
    } else if (!seen_unstatable.insert(real.lexically_normal()).second) {
      return;
    }
    files.push_back({std::move(shown), real.string(), kind_from_name(real.filename().string())});
  };
  for (const std::string& given : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(given, ec);
    if (ec || !fs::exists(st)) return Unexpected{PathError{given, "no such file or folder"}};
    if (fs::is_regular_file(st)) {
      add(given, given);
      continue;
    }
    if (!fs::is_directory(st)) return Unexpected{PathError{given, "not a file or a folder"}};
    fs::recursive_directory_iterator it(given, fs::directory_options::none, ec);
    if (ec) return Unexpected{PathError{given, "cannot read the folder: " + ec.message()}};
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Unexpected{PathError{given, "cannot read the folder: " + ec.message()}};
      const fs::path& p = it->path();
      if (p.filename().string().starts_with('.')) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec) || extension_of(p) == Extension::other) continue;
      add(p, join(given, p.lexically_relative(given).generic_string()));
    }
  }
  std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace arshjul
