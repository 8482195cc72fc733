// The fast YAML parser against yaml-cpp: wherever the fast parser accepts a
// text, yaml-cpp must accept it too and build the same tree.
#include <cstdint>
#include <cstdio>
#include <string>

#include "../support/tree_diff.hpp"
#include "yaml/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arshjul;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto fast = yaml::parse_plain_block(text);
  if (!fast) return 0;
  try {
    const yaml::Tree full = yaml::parse_yaml_cpp(text);
    const std::string diff = test::tree_diff(fast->root(), full.root());
    if (diff.empty()) return 0;
    std::fprintf(stderr, "fast parser differs from yaml-cpp at %s\n", diff.c_str());
  } catch (const yaml::SyntaxError& e) {
    std::fprintf(stderr, "fast parser accepted what yaml-cpp refuses: %s\n", e.message.c_str());
  }
  __builtin_trap();
}
