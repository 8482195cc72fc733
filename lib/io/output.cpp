#include "io/output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace arshjul {

namespace fs = std::filesystem;

namespace {
Status write_resolved(const OutputTarget& target, const std::string& shown, std::string_view content) {
  const auto fail = [&] {
    return Status{Unexpected{fmt::format("cannot write '{}': {}", shown, std::strerror(errno))}};
  };
  switch (target.kind) {
    case OutputTarget::Kind::standard_output:
      if (std::fwrite(content.data(), 1, content.size(), stdout) != content.size() || std::fflush(stdout) != 0)
        return Unexpected{fmt::format("cannot write to standard output: {}", std::strerror(errno))};
      return {};
    case OutputTarget::Kind::in_place: {
      const int fd = ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
      if (fd < 0) return fail();
      const bool written = write_all(fd, content);
      const int saved = errno;
      if (::close(fd) != 0 || !written) {
        if (!written) errno = saved;
        return fail();
      }
      return {};
    }
    case OutputTarget::Kind::regular: break;
  }
  auto temporary = Temporary::create(target, shown);
  if (!temporary) return Unexpected{temporary.error()};
  if (!write_all(temporary->fd(), content)) return fail();
  return temporary->commit();
}
}  // namespace

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

Status write_output(const std::string& path, std::string_view content, const std::vector<std::string>& inputs) {
  if (Status refused = refuse_output_path(path, inputs); !refused) return refused;
  auto target = resolve_output(path);
  if (!target) return Unexpected{target.error()};
  return write_resolved(*target, path, content);
}

}  // namespace arshjul
