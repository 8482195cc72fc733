// Where an output goes, and the temporary file it is written to first
// (docs/reliability.md): the complete new file or the untouched old one.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <string_view>

#include "base/expected.hpp"

namespace arshjul {

/// An output path resolved: standard output ("-"), something written in place
/// and never replaced (a device, a FIFO, /dev/stdout and anything else in /dev
/// or /proc), or a regular file (a link's target) replaced atomically.
struct OutputTarget {
  enum class Kind : std::uint8_t { standard_output, in_place, regular };
  Kind kind = Kind::regular;
  std::string path;     // as given for in_place; the file a link leads to for regular
  bool exists = false;  // regular: a file is there to be replaced
  mode_t mode = 0;      // regular and existing: its permissions, which the new file takes
};

/// The error names the path: a folder, a link loop, a folder that does not exist.
[[nodiscard]] Expected<OutputTarget, std::string> resolve_output(const std::string& path);

/// A temporary file for an output, created exclusively beside a regular target
/// (else in $TMPDIR or /tmp) as ".NAME.arshjul-partial-RANDOM": unique across
/// hosts and PID namespaces, and named for what it is if a killed run leaves it.
/// Removed by the destructor and on SIGINT, SIGTERM and SIGHUP unless committed.
class Temporary {
 public:
  [[nodiscard]] static Expected<Temporary, std::string> create(const OutputTarget& target, const std::string& shown);
  Temporary(Temporary&& other) noexcept;
  Temporary& operator=(Temporary&&) = delete;
  Temporary(const Temporary&) = delete;
  ~Temporary();

  const std::string& path() const { return path_; }
  /// The folder of the temporary file, for a library's own temporary files.
  std::string folder() const;
  /// An open descriptor of the file (closed by commit and the destructor).
  int fd() const { return fd_; }
  /// Synced and renamed onto the target with the target's permissions, or
  /// copied into standard output or the device; the temporary file is gone after.
  [[nodiscard]] Status commit();

 private:
  Temporary(OutputTarget target, std::string shown, std::string path, int fd);
  OutputTarget target_;
  std::string shown_;  // the output path as the user gave it, for messages
  std::string path_;
  int fd_ = -1;
  int slot_ = -1;  // in the registry the signal handler empties
};

/// Writes all of `data` to the descriptor, through EINTR and short writes; false with errno set.
[[nodiscard]] bool write_all(int fd, std::string_view data);

/// Writes into standard output or the device of an in-place target: `write`
/// gets the descriptor and says whether all went well (errno set where not).
[[nodiscard]] Status write_in_place(const OutputTarget& target, const std::string& shown,
                                    const std::function<bool(int fd)>& write);

/// Installs the signal handlers that remove registered temporary files and
/// then end the process as the signal would have. Tools call it once.
void remove_temporaries_on_interrupt();

}  // namespace arshjul
