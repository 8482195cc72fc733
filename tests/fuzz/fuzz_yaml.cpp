// The YAML readers on arbitrary text: loading with the limits, then the
// organisation reader and the submission reader on whatever parsed. Every
// scalar of the tree must be valid UTF-8 (libfyaml 0.7.12's own scalar text
// was not always) and every finding must have a place.
#include <cstdint>
#include <string>
#include <vector>

#include "values/text.hpp"
#include "yaml/organisation.hpp"
#include "yaml/submission.hpp"

namespace {

// Visits at most `budget` nodes: aliases make the tree a graph.
void check_scalars(const arshjul::yaml::Node& root) {
  std::vector<arshjul::yaml::Node> todo{root};
  for (std::size_t budget = 100000; !todo.empty() && budget > 0; --budget) {
    const arshjul::yaml::Node n = todo.back();
    todo.pop_back();
    if (n.is_scalar() && arshjul::find_invalid_utf8(n.scalar()) != std::string::npos) __builtin_trap();
    if (n.is_sequence())
      for (std::size_t i = 0; i < n.size(); ++i) todo.push_back(n.item(i));
    if (n.is_mapping())
      for (std::size_t i = 0; i < n.size(); ++i) todo.push_back(n.key(i)), todo.push_back(n.value(i));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arshjul;
  const yaml::FileText source(std::string(reinterpret_cast<const char*>(data), size), 0);
  FindingList findings;
  const yaml::Loaded loaded = yaml::load(source, findings);
  if (loaded.ok) check_scalars(loaded.root());
  if (!loaded.ok || !loaded.root().is_mapping()) return 0;
  (void)yaml::read_organisation(source, loaded.root(), findings);
  (void)yaml::read_submission(source, loaded.root(), findings);
  for (const Finding& f : findings.items())
    if (f.where.line == 0 || f.where.column == 0) __builtin_trap();  // every finding has a place
  return 0;
}
