#include "input/discover.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <unordered_set>

#include "input/csv_rows.hpp"
#include "sie/reader.hpp"
#include "values/text.hpp"

namespace arshjul {

namespace fs = std::filesystem;

namespace {
enum class Extension { yaml, csv, sie, other };

Extension extension_of(const fs::path& p) {
  const std::string ext = fold_word(p.extension().string());
  if (ext == ".yaml" || ext == ".yml") return Extension::yaml;
  if (ext == ".csv") return Extension::csv;
  if (ext == ".se" || ext == ".si" || ext == ".sie") return Extension::sie;
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
    case Extension::sie: return FileKind::sie;
    case Extension::other: return FileKind::other;
    case Extension::csv: break;
  }
  return detail::table_kind_of_name(fold_word(p.filename().string())).value_or(FileKind::csv_unknown);
}

Expected<std::vector<InputFile>, PathError> discover(const std::vector<std::string>& paths) {
  std::vector<InputFile> files;
  // A file is known by its device and inode, however it is reached (links,
  // `..`, twice on the command line): one stat, where a canonical path costs
  // a readlink for every component. Folders too, so that links between
  // folders are followed and a loop of them read once.
  // (A file that cannot be read is exit 2 when it is read: read_dataset.)
  struct InodeHash {
    std::size_t operator()(const std::pair<dev_t, ino_t>& id) const {
      return std::hash<ino_t>{}(id.second) ^ (std::hash<dev_t>{}(id.first) << 1);
    }
  };
  std::unordered_set<std::pair<dev_t, ino_t>, InodeHash> seen, folders;
  const auto unreadable = [](std::string shown) {
    return Unexpected{PathError{std::move(shown), fmt::format("cannot read the path: {}", std::strerror(errno))}};
  };
  for (const std::string& given : paths) {
    struct stat st {};
    if (::stat(given.c_str(), &st) != 0) {
      if (errno == ENOENT) return Unexpected{PathError{given, "no such file or folder"}};
      return unreadable(given);
    }
    if (S_ISREG(st.st_mode)) {
      if (seen.insert({st.st_dev, st.st_ino}).second) {
        FileKind kind = kind_from_name(given);
        if (kind == FileKind::other) {  // named with another extension: SIE when it starts with #FLAGGA
          char head[64] = {};
          if (std::FILE* f = std::fopen(given.c_str(), "rb")) {
            const std::size_t n = std::fread(head, 1, sizeof head, f);
            std::fclose(f);
            if (sie::starts_like_sie(std::string_view(head, n))) kind = FileKind::sie;
          }
        }
        files.push_back({given, given, kind});
      }
      continue;
    }
    if (!S_ISDIR(st.st_mode)) return Unexpected{PathError{given, "not a file or a folder"}};
    if (!folders.insert({st.st_dev, st.st_ino}).second) continue;
    std::error_code ec;
    fs::recursive_directory_iterator it(given, fs::directory_options::follow_directory_symlink, ec);
    if (ec) return Unexpected{PathError{given, "cannot read the folder: " + ec.message()}};
    for (const fs::recursive_directory_iterator end; it != end;) {
      const fs::path p = it->path();
      const auto shown = [&](const fs::path& q) { return join(given, q.lexically_relative(given).generic_string()); };
      const bool hidden = p.filename().string().starts_with('.');
      const bool found = ::stat(p.c_str(), &st) == 0;
      const bool folder = found && S_ISDIR(st.st_mode);
      if (folder) {
        if (hidden || !folders.insert({st.st_dev, st.st_ino}).second) it.disable_recursion_pending();
      } else if (hidden || (found && S_ISREG(st.st_mode) && extension_of(p) == Extension::other)) {
        // not part of the dataset
      } else if (!found) {
        // A dangling link or a loop of links where a dataset file would be.
        if (extension_of(p) != Extension::other) return unreadable(shown(p));
      } else if (seen.insert({st.st_dev, st.st_ino}).second) {
        // A FIFO, device or socket is never opened.
        files.push_back(
            {shown(p), p.string(), S_ISREG(st.st_mode) ? kind_from_name(p.filename().string()) : FileKind::special});
      }
      it.increment(ec);
      if (ec)
        return Unexpected{PathError{shown(folder ? p : p.parent_path()), "cannot read the folder: " + ec.message()}};
    }
  }
  std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace arshjul
