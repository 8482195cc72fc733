// Every output is written to a temporary file in the target folder and
// renamed into place when complete (docs/reliability.md): never half a file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arshjul {

/// The error as a lower-case English sentence naming the path, or nullopt.
/// "-" writes to standard output.
std::optional<std::string> write_atomically(const std::string& path, std::string_view content);

/// An output path that would overwrite one of the inputs, or a folder: the error, or nullopt.
std::optional<std::string> refuse_output_path(const std::string& path, const std::vector<std::string>& inputs);

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

/// Whether a file can be created in the folder of `path`: the error, or nullopt.
std::optional<std::string> check_writable_folder(const std::string& path);

/// Renames the finished temporary file into place; removes it on failure.
std::optional<std::string> commit_temporary(const std::string& temporary, const std::string& path);

}  // namespace arshjul
