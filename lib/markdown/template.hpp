// Mustache templates for arshjul-md: the built-in default, or a file whose
// partials resolve relative to it. Errors name the template file and line.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "markdown/view.hpp"

namespace arshjul::markdown {

struct Template {
  std::string name;  // the path, or "<built-in>"
  std::string text;
  std::map<std::string, std::string> partials;  // by the name used in {{> name}}
};

/// The default template of templates/, built into the binary.
Template default_template();

/// A template file and every partial it reaches ({{> name}} reads
/// name.mustache, or name, beside the file that uses it); the error is
/// "FILE:LINE: what is wrong".
[[nodiscard]] Expected<Template, std::string> load_template(const std::string& path);

/// Mustache syntax: every tag closed, sections closed in order. The error is
/// "NAME:LINE: what is wrong".
[[nodiscard]] Status validate_template(const std::string& name, std::string_view text);

/// Renders with Mustache's HTML escaping replaced: every value of the view is
/// already escaped for Markdown, so {{x}} and {{{x}}} give the same. What the
/// engine cannot render is the error "NAME: what is wrong".
[[nodiscard]] Expected<std::string, std::string> render(const Template& tmpl, const View& view);

/// The summary in the template, in `lang`: what arshjul-md writes. The error
/// is "template error: …".
[[nodiscard]] Expected<std::string, std::string> render_summary(const Template& tmpl, const Summary& summary,
                                                                Lang lang);

}  // namespace arshjul::markdown
