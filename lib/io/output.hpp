// Every output is written to a temporary file in the target folder and
// renamed into place when complete (docs/reliability.md): never half a file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"

namespace arshjul {

/// The output step of every tool: refused where it would replace one of the
/// inputs or is a folder, else written atomically. "-" is standard output.
/// Errors are lower-case English sentences naming the path.
[[nodiscard]] Status write_output(const std::string& path, std::string_view content,
                                  const std::vector<std::string>& inputs);

[[nodiscard]] Status write_atomically(const std::string& path, std::string_view content);

/// An output path that would overwrite one of the inputs, or a folder.
[[nodiscard]] Status refuse_output_path(const std::string& path, const std::vector<std::string>& inputs);

/// A temporary path beside `path`, unique to this process.
std::string temporary_path_for(const std::string& path);

/// While alive, `path` is removed if the process is interrupted (SIGINT,
/// SIGTERM, SIGHUP), once remove_temporaries_on_interrupt() is installed.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& path);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

 private:
  int slot_ = -1;
};

/// Installs the signal handlers that remove registered temporary files and
/// then end the process as the signal would have. Tools call it once.
void remove_temporaries_on_interrupt();

/// Whether a file can be created in the folder of `path`.
[[nodiscard]] Status check_writable_folder(const std::string& path);

/// Renames the finished temporary file into place; removes it on failure.
[[nodiscard]] Status commit_temporary(const std::string& temporary, const std::string& path);

}  // namespace arshjul
