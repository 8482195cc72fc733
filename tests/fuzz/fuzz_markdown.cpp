// Markdown escaping of arbitrary text, and templates: validation, then
// rendering of every template that validates, over a view holding the text.
#include <cstdint>
#include <string>

#include "markdown/escape.hpp"
#include "markdown/template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace arshjul::markdown;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string e = escape(text);
  // Escaped text never breaks a table row or a line, never opens HTML.
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e[i] == '\n' || e[i] == '\r') __builtin_trap();
    if ((e[i] == '|' || e[i] == '`' || e[i] == '*') && (i == 0 || e[i - 1] != '\\')) __builtin_trap();
    if (e[i] == '<' && e.compare(i, 4, "<br>") != 0 && (i == 0 || e[i - 1] != '\\')) __builtin_trap();
  }
  if (size > 4096 || !validate_template("fuzz", text)) return 0;
  const View view = ViewMap{{"text", e},
                            {"flag", true},
                            {"list", ViewList{ViewMap{{"x", e}}, ViewMap{{"x", "y"}}}},
                            {"map", ViewMap{{"a", e}}}};
  (void)render(Template{"fuzz", std::string(text), {}}, view);  // never throws, never crashes
  return 0;
}
