// The organisation file (docs/data-format.md): units, calendar overrides, rules, thresholds.
#pragma once

#include "model/organisation.hpp"
#include "yaml/document.hpp"

namespace arshjul::yaml {

/// Reads a loaded organisation file. Semantic checks of the calendar (April
/// and August, applies_to) belong to the calendar module.
Organisation read_organisation(const FileText& source, const Node& root, FindingList& findings);

}  // namespace arshjul::yaml
