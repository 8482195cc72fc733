// The only translation unit that sees mstch (and so Boost): the view becomes
// mstch nodes here.
#include <mstch/mstch.hpp>

#include "markdown/template.hpp"

namespace arshjul::markdown {

namespace {
mstch::node to_node(const View& v) {
  struct Visitor {
    mstch::node operator()(const std::string& s) const { return s; }
    mstch::node operator()(bool b) const { return b; }
    mstch::node operator()(const ViewList& list) const {
      mstch::array out;
      out.reserve(list.size());
      for (const View& item : list) out.push_back(to_node(item));
      return out;
    }
    mstch::node operator()(const ViewMap& map) const {
      mstch::map out;
      for (const auto& [key, value] : map) out.emplace(key, to_node(value));
      return out;
    }
  };
  return std::visit(Visitor{}, v.value);
}
}  // namespace

Expected<std::string, std::string> render(const Template& tmpl, const View& view) {
  // Values arrive escaped for Markdown; Mustache's HTML escaping would stack on top.
  mstch::config::escape = [](const std::string& s) { return s; };
  try {
    return mstch::render(tmpl.text, to_node(view), tmpl.partials);
  } catch (const std::exception& e) {  // a template the engine cannot take must not end the program
    return Unexpected{tmpl.name + ": the template cannot be rendered (" + e.what() + ")"};
  }
}

Expected<std::string, std::string> render_summary(const Template& tmpl, const Summary& summary, Lang lang) {
  auto rendered = render(tmpl, build_view(summary, lang));
  if (!rendered) return Unexpected{"template error: " + rendered.error()};
  return rendered;
}

}  // namespace arshjul::markdown
