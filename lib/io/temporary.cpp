#include "io/temporary.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>

namespace arshjul {

namespace fs = std::filesystem;

namespace {
// Async-signal-safe registry: fixed slots, written before they are marked used.
constexpr int slot_count = 16;
constexpr std::size_t slot_size = PATH_MAX;
char slot_paths[slot_count][slot_size];
volatile std::sig_atomic_t slot_used[slot_count];

extern "C" void on_interrupt(int signal) {
  for (int i = 0; i < slot_count; ++i)
    if (slot_used[i]) ::unlink(slot_paths[i]);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

int register_path(const std::string& path) {
  if (path.size() >= slot_size) return -1;
  for (int i = 0; i < slot_count; ++i) {
    if (slot_used[i]) continue;
    std::memcpy(slot_paths[i], path.c_str(), path.size() + 1);
    slot_used[i] = 1;
    return i;
  }
  return -1;
}

std::string reason() { return std::strerror(errno); }

// Under /dev or /proc nothing is ever replaced: /dev/stdout, /dev/fd/N, devices.
bool system_path(const std::string& path) {
  std::error_code ec;
  const std::string absolute = fs::absolute(path, ec).lexically_normal().string();
  return absolute.starts_with("/dev/") || absolute.starts_with("/proc/");
}

// A name of at most NAME_MAX bytes: the output's name cut at a character boundary.
std::string temporary_name(const std::string& file_name, const std::string& random) {
  const std::string suffix = ".arshjul-partial-" + random;
  std::string base = file_name;
  const std::size_t room = NAME_MAX - 1 - suffix.size();
  if (base.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && (static_cast<unsigned char>(base[cut]) & 0xC0) == 0x80) --cut;
    base.resize(cut);
  }
  return "." + base + suffix;
}
}  // namespace

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

Status write_in_place(const OutputTarget& target, const std::string& shown, const std::function<bool(int)>& write) {
  const bool to_stdout = target.kind == OutputTarget::Kind::standard_output;
  const auto fail = [&] {
    return Status{Unexpected{to_stdout ? fmt::format("cannot write to standard output: {}", reason())
                                       : fmt::format("cannot write '{}': {}", shown, reason())}};
  };
  if (to_stdout && std::fflush(stdout) != 0) return fail();
  const int out = to_stdout ? STDOUT_FILENO : ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (out < 0) return fail();
  bool ok = write(out);
  const int saved = errno;
  if (!to_stdout && ::close(out) != 0) return fail();
  errno = saved;
  return ok ? Status{} : fail();
}

void remove_temporaries_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal, &action, nullptr);
}

Expected<OutputTarget, std::string> resolve_output(const std::string& path) {
  if (path == "-") return OutputTarget{OutputTarget::Kind::standard_output, path, false, 0};
  if (system_path(path)) return OutputTarget{OutputTarget::Kind::in_place, path, true, 0};
  // A link is written through: follow it to the file it names, which may not exist yet.
  std::string p = path;
  for (int hops = 0;; ++hops) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0) {
      if (errno != ENOENT) return Unexpected{fmt::format("cannot write '{}': {}", path, reason())};
      const fs::path parent = fs::path(p).parent_path();
      std::error_code ec;
      if (!parent.empty() && !fs::is_directory(parent, ec))
        return Unexpected{fmt::format("cannot write '{}': the folder '{}' does not exist", path, parent.string())};
      return OutputTarget{OutputTarget::Kind::regular, p, false, 0};
    }
    if (S_ISLNK(st.st_mode)) {
      if (hops >= 40) return Unexpected{fmt::format("cannot write '{}': too many levels of links", path)};
      std::error_code ec;
      const fs::path to = fs::read_symlink(p, ec);
      if (ec) return Unexpected{fmt::format("cannot write '{}': {}", path, ec.message())};
      p = (to.is_absolute() ? to : fs::path(p).parent_path() / to).string();
      if (system_path(p)) return OutputTarget{OutputTarget::Kind::in_place, path, true, 0};
      continue;
    }
    if (S_ISDIR(st.st_mode)) return Unexpected{fmt::format("cannot write '{}': it is a folder; name a file", path)};
    if (!S_ISREG(st.st_mode)) return OutputTarget{OutputTarget::Kind::in_place, p, true, 0};
    return OutputTarget{OutputTarget::Kind::regular, p, true, st.st_mode & 07777};
  }
}

Expected<Temporary, std::string> Temporary::create(const OutputTarget& target, const std::string& shown) {
  fs::path folder, name = "output";
  if (target.kind == OutputTarget::Kind::regular) {
    folder = fs::path(target.path).parent_path();
    name = fs::path(target.path).filename();
  } else {
    const char* tmpdir = std::getenv("TMPDIR");
    folder = tmpdir && *tmpdir ? tmpdir : "/tmp";
  }
  if (folder.empty()) folder = ".";
  for (int attempt = 0; attempt < 16; ++attempt) {
    unsigned char bytes[8];
    if (::getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes))
      return Unexpected{fmt::format("cannot write '{}': no random bytes for a temporary name", shown)};
    std::string random;
    for (unsigned char b : bytes) random += fmt::format("{:02x}", b);
    const std::string path = (folder / temporary_name(name.string(), random)).string();
    // 0666 less the umask, as for any new file; a replaced file's mode is set at commit.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return Temporary(target, shown, path, fd);
    if (errno != EEXIST) return Unexpected{fmt::format("cannot write '{}': {}", shown, reason())};
  }
  return Unexpected{fmt::format("cannot write '{}': no free temporary name in '{}'", shown, folder.string())};
}

Temporary::Temporary(OutputTarget target, std::string shown, std::string path, int fd)
    : target_(std::move(target)), shown_(std::move(shown)), path_(std::move(path)), fd_(fd) {
  slot_ = register_path(path_);
}

Temporary::Temporary(Temporary&& other) noexcept
    : target_(std::move(other.target_)),
      shown_(std::move(other.shown_)),
      path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      slot_(std::exchange(other.slot_, -1)) {
  other.path_.clear();
}

Temporary::~Temporary() {
  if (fd_ >= 0) ::close(fd_);
  if (!path_.empty()) ::unlink(path_.c_str());
  if (slot_ >= 0) slot_used[slot_] = 0;
}

std::string Temporary::folder() const {
  const fs::path parent = fs::path(path_).parent_path();
  return parent.empty() ? "." : parent.string();
}

Status Temporary::commit() {
  const auto fail = [&](const std::string& why) -> Status {
    return Unexpected{fmt::format("cannot write '{}': {}", shown_, why)};
  };
  if (target_.kind == OutputTarget::Kind::regular) {
    if (target_.exists && ::fchmod(fd_, target_.mode) != 0) return fail(reason());
    if (::fsync(fd_) != 0) return fail(reason());
    if (::close(std::exchange(fd_, -1)) != 0) return fail(reason());
    if (std::rename(path_.c_str(), target_.path.c_str()) != 0) return fail(reason());
    path_.clear();  // it is the output now
    return {};
  }
  // Standard output or a device: the bytes are copied in; nothing is replaced.
  return write_in_place(target_, shown_, [&](int out) {
    if (::lseek(fd_, 0, SEEK_SET) != 0) return false;
    char buf[65536];
    for (ssize_t n; (n = ::read(fd_, buf, sizeof buf)) != 0;) {
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 || !write_all(out, std::string_view(buf, static_cast<std::size_t>(n)))) return false;
    }
    return true;
  });
}

}  // namespace arshjul
