// The template variables: the summary as strings already formatted for the
// language and escaped for Markdown, booleans for sections, lists for loops.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "summary/summary.hpp"

namespace arshjul::markdown {

struct View;
using ViewList = std::vector<View>;
using ViewMap = std::vector<std::pair<std::string, View>>;

struct View {
  std::variant<std::string, bool, ViewList, ViewMap> value;

  View() : value(std::string{}) {}
  View(std::string s) : value(std::move(s)) {}  // NOLINT: a view is built from plain values
  View(const char* s) : value(std::string(s)) {}
  View(bool b) : value(b) {}
  View(ViewList l) : value(std::move(l)) {}
  View(ViewMap m) : value(std::move(m)) {}
};

/// Every variable documented in docs/templates.md.
View build_view(const Summary& summary, Lang lang);

}  // namespace arshjul::markdown
