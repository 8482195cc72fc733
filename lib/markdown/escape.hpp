// Text from the data made safe for GitHub-Flavored Markdown, in a table cell
// and inline alike: it never starts a heading, list, quote, code, emphasis,
// link or HTML, never breaks a table, and line breaks become <br>.
#pragma once

#include <string>
#include <string_view>

namespace arshjul::markdown {

std::string escape(std::string_view text);

}  // namespace arshjul::markdown
