// Markdown escaping and template checking.
#include <doctest/doctest.h>

#include "markdown/escape.hpp"
#include "markdown/template.hpp"

using arshjul::markdown::escape;
using arshjul::markdown::validate_template;

TEST_CASE("escaping keeps tables and inline text intact") {
  CHECK(escape("a | b") == "a \\| b");
  CHECK(escape("rad 1\nrad 2") == "rad 1<br>rad 2");
  CHECK(escape("rad 1\r\nrad 2") == "rad 1<br>rad 2");
  CHECK(escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(escape("*fet* _kursiv_ `kod` ~~x~~") == "\\*fet\\* \\_kursiv\\_ \\`kod\\` \\~\\~x\\~\\~");
  CHECK(escape("[länk](x)") == "\\[länk\\](x)");
  CHECK(escape("a\\b") == "a\\\\b");
  CHECK(escape("&amp;") == "\\&amp;");
}

TEST_CASE("line starts that would open a block are escaped") {
  CHECK(escape("# rubrik") == "\\# rubrik");
  CHECK(escape("- punkt") == "\\- punkt");
  CHECK(escape("+ punkt") == "\\+ punkt");
  CHECK(escape("> citat") == "\\> citat");
  CHECK(escape("1. först") == "1\\. först");
  CHECK(escape("12) tolv") == "12\\) tolv");
  CHECK(escape("    kod") == "&#32;&#32;&#32;&#32;kod");
  CHECK(escape("x\n# y") == "x<br>\\# y");
  CHECK(escape("a - b # c 1. d") == "a - b # c 1. d");  // only at the start of a line
  CHECK(escape("2026") == "2026");
}

TEST_CASE("no autolinks from the data") {
  CHECK(escape("https://example.invalid") == "https\\://example.invalid");
  CHECK(escape("se www.boras.se") == "se www\\.boras.se");
  CHECK(escape("a@b.se") == "a\\@b.se");
}

TEST_CASE("Swedish text passes unchanged") {
  CHECK(escape("Förskolenämnden – Årsredovisning") == "Förskolenämnden – Årsredovisning");
}

TEST_CASE("template validation names the line") {
  CHECK(validate_template("t", "{{#a}}x{{/a}} {{^b}}y{{/b}} {{{raw}}} {{! note }} {{> part}}"));
  CHECK(validate_template("t", "a\n{{#a}}\n{{/b}}\n").error() ==
        "t:3: '{{/b}}' closes the section 'a' opened on line 2");
  CHECK(validate_template("t", "{{#a}}\n\n").error() == "t:1: the section 'a' is never closed");
  CHECK(validate_template("t", "x\n{{/a}}").error() == "t:2: '{{/a}}' closes no section");
  CHECK(validate_template("t", "x {{name").error() == "t:1: the tag opened here is never closed with '}}'");
  CHECK(validate_template("t", "{{{raw}}").error() == "t:1: the tag opened here is never closed with '}}}'");
  CHECK(validate_template("t", "{{=<% %>=}}<%#a%>x<%/a%>"));
  CHECK(validate_template("t", "{{=<% %>=}}<%#a%>").error() == "t:1: the section 'a' is never closed");
}

TEST_CASE("a template the engine cannot take is an error, not a crash (found by fuzzing)") {
  using namespace arshjul::markdown;
  CHECK(validate_template("t", "{{{a\nb}} {{ }}}").error() == "t:1: a tag name may not hold braces or line breaks");
  const auto out = render(Template{"t", "{{#a}}x{{/a}}", {}}, View(ViewMap{{"a", true}}));
  CHECK(*out == "x");
}
