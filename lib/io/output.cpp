#include "io/output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace arshjul {

namespace fs = std::filesystem;

namespace {
// Async-signal-safe registry: fixed slots, written before they are marked used.
constexpr int slot_count = 16;
constexpr std::size_t slot_size = 4096;
char slot_paths[slot_count][slot_size];
volatile std::sig_atomic_t slot_used[slot_count];

extern "C" void on_interrupt(int signal) {
  for (int i = 0; i < slot_count; ++i)
    if (slot_used[i]) ::unlink(slot_paths[i]);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}
}  // namespace

TemporaryFile::TemporaryFile(const std::string& path) {
  if (path.size() >= slot_size) return;
  for (int i = 0; i < slot_count; ++i) {
    if (slot_used[i]) continue;
    std::memcpy(slot_paths[i], path.c_str(), path.size() + 1);
    slot_used[i] = 1;
    slot_ = i;
    return;
  }
}

TemporaryFile::~TemporaryFile() {
  if (slot_ >= 0) slot_used[slot_] = 0;
}

void remove_temporaries_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal, &action, nullptr);
}

Status check_writable_folder(const std::string& path) {
  const std::string probe = temporary_path_for(path);
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return Unexpected{fmt::format("cannot write '{}': {}", path, std::strerror(errno))};
  ::close(fd);
  ::unlink(probe.c_str());
  return {};
}

std::string temporary_path_for(const std::string& path) {
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  return (dir / fmt::format(".{}.tmp-{}", p.filename().string(), ::getpid())).string();
}

Status commit_temporary(const std::string& temporary, const std::string& path) {
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    return Unexpected{fmt::format("cannot write '{}': {}", path, reason)};
  }
  return {};
}

Status refuse_output_path(const std::string& path, const std::vector<std::string>& inputs) {
  if (path == "-") return {};
  std::error_code ec;
  if (fs::is_directory(path, ec))
    return Unexpected{fmt::format("cannot write '{}': it is a folder; name a file", path)};
  const fs::path target = fs::weakly_canonical(path, ec);
  for (const std::string& input : inputs) {
    std::error_code ec2;
    if (fs::weakly_canonical(input, ec2) == target && !ec && !ec2)
      return Unexpected{
          fmt::format("cannot write '{}': it is one of the input files; choose another output path", path)};
  }
  return {};
}

Status write_atomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() || std::fflush(stdout) != 0)
      return Unexpected{fmt::format("cannot write to standard output: {}", std::strerror(errno))};
    return {};
  }
  const std::string temporary = temporary_path_for(path);
  const TemporaryFile guard(temporary);
  std::FILE* f = std::fopen(temporary.c_str(), "wb");
  if (!f) return Unexpected{fmt::format("cannot write '{}': {}", path, std::strerror(errno))};
  const bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  const bool flushed = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
  const bool closed = std::fclose(f) == 0;
  if (!written || !flushed || !closed) {
    const std::string reason = std::strerror(errno);
    std::remove(temporary.c_str());
    return Unexpected{fmt::format("cannot write '{}': {}", path, reason)};
  }
  return commit_temporary(temporary, path);
}

Status write_output(const std::string& path, std::string_view content, const std::vector<std::string>& inputs) {
  if (Status refused = refuse_output_path(path, inputs); !refused) return refused;
  return write_atomically(path, content);
}

}  // namespace arshjul
