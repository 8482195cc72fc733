// Compares two YAML trees node by node: kind, scalar text, plainness and
// mark. Used to hold the fast parser to yaml-cpp (unit tests and fuzzing).
#pragma once

#include <fmt/format.h>

#include <string>

#include "yaml/tree.hpp"

namespace arshjul::test {

inline const char* kind_name(yaml::NodeKind k) {
  switch (k) {
    case yaml::NodeKind::null: return "null";
    case yaml::NodeKind::scalar: return "scalar";
    case yaml::NodeKind::sequence: return "sequence";
    case yaml::NodeKind::mapping: return "mapping";
  }
  return "?";
}

/// The first difference between the trees, described; empty if they agree.
/// `a` must be free of aliases (the fast parser's), so the walk ends.
inline std::string tree_diff(const yaml::Node& a, const yaml::Node& b, const std::string& path = "/") {
  if (a.kind() != b.kind()) return fmt::format("{}: {} against {}", path, kind_name(a.kind()), kind_name(b.kind()));
  if (a.mark() != b.mark())
    return fmt::format("{}: mark {}:{} against {}:{}", path, a.mark().pos, a.mark().line, b.mark().pos, b.mark().line);
  if (a.is_scalar() && (a.scalar() != b.scalar() || a.plain() != b.plain()))
    return fmt::format("{}: scalar '{}'{} against '{}'{}", path, a.scalar(), a.plain() ? " plain" : "", b.scalar(),
                       b.plain() ? " plain" : "");
  if (a.size() != b.size()) return fmt::format("{}: {} children against {}", path, a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::string d = a.is_sequence() ? tree_diff(a.item(i), b.item(i), fmt::format("{}{}/", path, i))
                                    : tree_diff(a.key(i), b.key(i), fmt::format("{}key {}/", path, i));
    if (d.empty() && a.is_mapping())
      d = tree_diff(a.value(i), b.value(i), fmt::format("{}{}/", path, a.key(i).scalar()));
    if (!d.empty()) return d;
  }
  return {};
}

}  // namespace arshjul::test
