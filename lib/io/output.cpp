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
  if (target.kind != OutputTarget::Kind::regular)
    return write_in_place(target, shown, [&](int fd) { return write_all(fd, content); });
  auto temporary = Temporary::create(target, shown);
  if (!temporary) return Unexpected{temporary.error()};
  if (!write_all(temporary->fd(), content))
    return Unexpected{fmt::format("cannot write '{}': {}", shown, std::strerror(errno))};
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
