#include "io/output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>

namespace arshjul {

namespace fs = std::filesystem;

std::string temporary_path_for(const std::string& path) {
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  return (dir / fmt::format(".{}.tmp-{}", p.filename().string(), ::getpid())).string();
}

std::optional<std::string> commit_temporary(const std::string& temporary, const std::string& path) {
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    return fmt::format("cannot write '{}': {}", path, reason);
  }
  return std::nullopt;
}

std::optional<std::string> refuse_output_path(const std::string& path, const std::vector<std::string>& inputs) {
  if (path == "-") return std::nullopt;
  std::error_code ec;
  if (fs::is_directory(path, ec)) return fmt::format("cannot write '{}': it is a folder; name a file", path);
  const fs::path target = fs::weakly_canonical(path, ec);
  for (const std::string& input : inputs) {
    std::error_code ec2;
    if (fs::weakly_canonical(input, ec2) == target && !ec && !ec2)
      return fmt::format("cannot write '{}': it is one of the input files; choose another output path", path);
  }
  return std::nullopt;
}

std::optional<std::string> write_atomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() || std::fflush(stdout) != 0)
      return fmt::format("cannot write to standard output: {}", std::strerror(errno));
    return std::nullopt;
  }
  const std::string temporary = temporary_path_for(path);
  std::FILE* f = std::fopen(temporary.c_str(), "wb");
  if (!f) return fmt::format("cannot write '{}': {}", path, std::strerror(errno));
  const bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  const bool flushed = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
  const bool closed = std::fclose(f) == 0;
  if (!written || !flushed || !closed) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    return fmt::format("cannot write '{}': {}", path, reason);
  }
  return commit_temporary(temporary, path);
}

}  // namespace arshjul
