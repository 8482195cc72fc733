// Internals of the summary.
#pragma once

#include "summary/summary.hpp"

namespace arshjul::detail {

/// The forecast development, the accuracy and the volumes of `s.units` (docs/reports.md).
void summarise_year(const Analysis& analysis, Summary& s);

}  // namespace arshjul::detail
