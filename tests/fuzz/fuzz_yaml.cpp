// The YAML readers on arbitrary text: loading with the limits, then the
// organisation reader and the submission reader on whatever parsed.
#include <cstdint>
#include <string>

#include "yaml/organisation.hpp"
#include "yaml/submission.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arshjul;
  const yaml::Source source(std::string(reinterpret_cast<const char*>(data), size), 0);
  FindingList findings;
  const yaml::Loaded loaded = yaml::load(source, findings);
  if (!loaded.ok || !loaded.root().is_mapping()) return 0;
  (void)yaml::read_organisation(source, loaded.root(), findings);
  (void)yaml::read_submission(source, loaded.root(), findings);
  for (const Finding& f : findings.items())
    if (f.where.line == 0 || f.where.column == 0) __builtin_trap();  // every finding has a place
  return 0;
}
