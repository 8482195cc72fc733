// Internals of the Markdown view.
#pragma once

#include "markdown/view.hpp"

namespace arshjul::markdown::detail {

/// The year's variables (docs/templates.md "The year"): forecast development,
/// forecast accuracy, volumes.
void add_year_view(ViewMap& root, const Summary& s, Lang lang);

}  // namespace arshjul::markdown::detail
