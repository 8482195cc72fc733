// The YAML module: libfyaml's events build the tree the readers walk, with
// 0-based code-point marks; errors and limits are values, several documents
// are ARS109, and syntax errors are explained by cause.
#include <doctest/doctest.h>

#include <string>

#include "yaml/document.hpp"
#include "yaml/parse.hpp"
#include "yaml/syntax_error.hpp"

using namespace arshjul;
using namespace arshjul::yaml;

namespace {

Tree one(const std::string& text) {
  auto stream = parse(text);
  REQUIRE_MESSAGE(stream.has_value(), text << ": " << stream.error().detail);
  REQUIRE(stream->documents.size() == 1);
  return std::move(stream->documents.front());
}

ParseError error_of(const std::string& text) {
  auto stream = parse(text);
  REQUIRE_MESSAGE(!stream.has_value(), text);
  return stream.error();
}

std::vector<Finding> findings_of(const std::string& text) {
  const yaml::FileText source(text, 0);
  FindingList findings;
  (void)load(source, findings);
  return findings.items();
}

}  // namespace

TEST_CASE("scalars: text, plainness, tags and core-schema nulls") {
  const Tree tree = one("a: 1\nb: 'q'\nc: |\n  x\n  y\nd:\ne: ~\nf: !!str null\ng: !!int 42\nh: \"t\\tu\"\n");
  const Node root = tree.root();
  REQUIRE(root.is_mapping());
  REQUIRE(root.size() == 8);
  CHECK(root.value(0).scalar() == "1");
  CHECK(root.value(0).plain());
  CHECK(root.value(1).scalar() == "q");
  CHECK_FALSE(root.value(1).plain());
  CHECK(root.value(2).scalar() == "x\ny\n");
  CHECK(root.value(3).is_null());
  CHECK(root.value(4).is_null());
  CHECK(root.value(5).is_scalar());
  CHECK(root.value(5).scalar() == "null");
  CHECK(root.value(5).tag() == ScalarTag::str);
  CHECK(root.value(6).tag() == ScalarTag::integer);
  CHECK_FALSE(root.value(6).plain());
  CHECK(root.value(7).scalar() == "t\tu");
}

TEST_CASE("collections, flow and block, and aliases that point at their anchor's node") {
  const Tree tree = one("a: &x [1, {k: v}]\nb: *x\nc:\n  - 1\n  - - 2\n");
  const Node root = tree.root();
  CHECK(root.value(0).is_sequence());
  CHECK(root.value(0).size() == 2);
  CHECK(root.value(0).item(1).find("k")->scalar() == "v");
  CHECK(root.value(0).same(root.value(1)));
  CHECK(root.value(2).item(1).item(0).scalar() == "2");
}

TEST_CASE("marks are 0-based lines and code-point columns; a byte-order mark takes no column") {
  for (const std::string bom : {"", "\xEF\xBB\xBF"}) {
    const Tree tree = one(bom + "unit: å\nnämnd: x y\nlist:\n  - a\n");
    const Node root = tree.root();
    CHECK(root.mark().line == 0);
    CHECK(root.mark().column == 0);
    CHECK(root.value(0).mark().column == 6);
    CHECK(root.value(1).mark().line == 1);
    CHECK(root.value(1).mark().column == 7);  // "nämnd: " is 7 code points, 8 bytes
    CHECK(root.value(2).mark().line == 3);
    CHECK(root.value(2).mark().column == 2);
    CHECK(root.value(1).mark().pos == bom.size() + 17);
  }
}

TEST_CASE("Node::find takes the first pair with the key") {
  const Tree tree = one("a: 1\nb: 2\na: 3\n");
  REQUIRE(tree.root().find("a"));
  CHECK(tree.root().find("a")->scalar() == "1");
  CHECK_FALSE(tree.root().find("c"));
  CHECK_FALSE(tree.root().value(0).find("a"));
}

TEST_CASE("a stream: every document with its start; an empty text has none") {
  auto stream = parse("a: 1\n---\nb: 2\n");
  REQUIRE(stream.has_value());
  CHECK(stream->documents.size() == 2);
  CHECK(stream->starts[1].line == 1);
  CHECK(parse("")->documents.empty());
  CHECK(parse("# only a comment\n")->documents.empty());
}

TEST_CASE("errors are values at libfyaml's position, and nesting is limited") {
  const ParseError e = error_of("a: 1\nb: [1, 2\n");
  CHECK(e.problem == ParseProblem::syntax);
  CHECK_FALSE(e.detail.empty());
  const ParseError q = error_of("a: 1\nåå: \"open\nc: 2\n");
  CHECK(q.at.line == 1);
  CHECK(q.at.column == 4);
  CHECK(q.at.pos == 11);  // "åå" is 4 bytes
  const ParseError deep =
      error_of("a: " + std::string(max_nesting_depth + 1, '[') + std::string(max_nesting_depth + 1, ']'));
  CHECK(deep.problem == ParseProblem::too_deep);
  CHECK(parse("a: " + std::string(max_nesting_depth - 1, '[') + std::string(max_nesting_depth - 1, ']')).has_value());
  CHECK(error_of("a: *nothing\n").problem == ParseProblem::syntax);
}

TEST_CASE("syntax errors are explained by their cause, on the right line") {
  struct Case {
    const char* text;
    SyntaxCause cause;
    std::uint32_t line;
  };
  const Case cases[] = {
      {"unit: x\ntitle: \"Utred budget\nmore: 1\n", SyntaxCause::unclosed_quote, 2},
      {"a:\n  - id: 1\n    title: 'Utred\n    more: 1\n", SyntaxCause::unclosed_quote, 3},
      {"a:\n  b: 1\n\tc: 2\n", SyntaxCause::tab_indentation, 3},
      {"a: 1\nb\nc: 2\n", SyntaxCause::missing_colon, 2},
      {"a:\n  b: 1\n c: 2\n", SyntaxCause::wrong_indentation, 3},
      {"a: [1, 2] x\n", SyntaxCause::after_flow_collection, 1},
      {"a: \"1\" x\n", SyntaxCause::after_closing_quote, 1},
      {"a: 1  b: 2\n", SyntaxCause::two_entries_on_a_line, 1},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const ParseError e = error_of(text);
    const Explained x = explain(e, text);
    CHECK_MESSAGE(x.cause == c.cause, text << " -> " << e.detail);
    CHECK_MESSAGE(x.line == c.line, text);
  }
  const std::string text = "unit: x\ntitle: \"Utred budget\nmore: 1\n";
  const Message m = syntax_message(error_of(text), text);
  CHECK(m.sv.find("öppnas på rad 2 stängs aldrig") != std::string::npos);
  CHECK(m.en.find("opened on line 2 is never closed") != std::string::npos);
  CHECK(m.en.find("(parser: ") != std::string::npos);
}

TEST_CASE("load: ARS101 for syntax and limits, ARS108 for bytes, ARS109 for several documents") {
  auto f = findings_of("a: 1\nb: [1\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == Code::ars101);
  f = findings_of("a: 1\nb\x01: 2\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == Code::ars101);
  CHECK(f[0].where.line == 2);
  f = findings_of("a: \xC3\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == Code::ars108);
  f = findings_of("a: 1\n---\nb: 2\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == Code::ars109);
  CHECK(f[0].where.line == 2);
  f = findings_of("a: 1\n---\nb: [2\n");  // a syntax error wins over several documents
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == Code::ars101);
  CHECK(findings_of("").empty());
}

TEST_CASE("positions are 1-based code points, after a byte-order mark too") {
  for (const std::string bom : {"", "\xEF\xBB\xBF"}) {
    const yaml::FileText source(bom + "unit: å\nnämnd: x y\n", 7);
    FindingList findings;
    const Loaded loaded = load(source, findings);
    REQUIRE(loaded.ok);
    const Node root = loaded.root();
    const Location first = source.at(root.value(0));
    CHECK(first.file == 7);
    CHECK(first.line == 1);
    CHECK(first.column == 7);
    const Location second = source.at(root.value(1));
    CHECK(second.line == 2);
    CHECK(second.column == 8);
  }
}

TEST_CASE("Mapping: duplicate and unknown keys are findings, the first value counts") {
  const yaml::FileText source("unit: a\nunit: b\nextra: 1\n", 0);
  FindingList findings;
  const Loaded loaded = load(source, findings);
  REQUIRE(loaded.ok);
  Mapping m(loaded.root(), source, findings, {"unit"});
  CHECK(m.text("unit", ValueKind::text, true) == "a");
  REQUIRE(findings.items().size() == 2);
  CHECK(findings.items()[0].code == Code::ars110);
  CHECK(findings.items()[0].where.line == 2);
  CHECK(findings.items()[1].code == Code::ars104);
  CHECK(findings.items()[1].where.line == 3);
}

TEST_CASE("an unclosed quote or bracket is reported where it opened") {
  struct Case {
    const char* text;
    SyntaxCause cause;
    std::uint32_t line, column;  // 0-based, as marks count
  };
  const Case cases[] = {
      {"a: 1\nb: \"abc\n", SyntaxCause::unclosed_quote, 1, 3},
      {"a: 1\nb: 'abc", SyntaxCause::unclosed_quote, 1, 3},
      {"unit: x\ntitle: \"Utred budget\nmore: 1\n", SyntaxCause::unclosed_quote, 1, 7},
      {"unit: [kulturnamnden\nreport: x\n", SyntaxCause::unclosed_bracket, 0, 6},
      {"a: 1\nb: {x: 1\n", SyntaxCause::unclosed_bracket, 1, 3},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    const ParseError e = error_of(text);
    const Explained x = explain(e, text);
    CHECK_MESSAGE(x.cause == c.cause, text << " -> " << e.detail);
    CHECK_MESSAGE(x.at.line == c.line, text);
    CHECK_MESSAGE(x.at.column == c.column, text);
  }
}

TEST_CASE("a node starts at its anchor, tag, opening quote or block indicator") {
  const Tree tree = one("a: \"x\"\nb: |\n  lit\nc: &an x\nd: !!str y\ne: &s [1]\nf: >-\n  z\n");
  const Node root = tree.root();
  const std::uint32_t columns[] = {3, 3, 3, 3, 3, 3};
  const std::uint32_t lines[] = {0, 1, 3, 4, 5, 6};
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK_MESSAGE(root.value(i).mark().line == lines[i], i);
    CHECK_MESSAGE(root.value(i).mark().column == columns[i], i);
  }
}

TEST_CASE("tags and directives longer than the limit are refused before libfyaml sees them") {
  const std::string tag(max_tag_length, 'x');
  CHECK(parse("a: !" + tag.substr(1) + " b\n").has_value());
  const ParseError e = error_of("a: 1\nb: !<" + tag + "\n");
  CHECK(e.problem == ParseProblem::too_long_tag);
  CHECK(e.at.line == 1);
  CHECK(e.at.column == 3);
  CHECK(error_of("%" + tag + "\n--- a\n").problem == ParseProblem::too_long_tag);
  CHECK(parse("a: Bra jobbat!" + tag + "\n").has_value());  // a '!' inside a word starts no tag
  const auto f = findings_of("a: [!" + tag + "\n");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.en.find("longer than the limit of 1024 characters") != std::string::npos);
}

TEST_CASE("single-quoted scalars: escaped quotes, also side by side, and folded lines") {
  const Tree tree =
      one("a: 'a''''b'\nb: '''''x'\nc: 'Förvaltningens ''särskilda'' uppdrag'\n"
          "d: ' 1st non-empty\n\n 2nd non-empty \n \t3rd non-empty '\ne: 'x\r\n  y'\nf: ''\n");
  const Node root = tree.root();
  CHECK(root.value(0).scalar() == "a''b");  // libfyaml 0.7.12 says a'''
  CHECK(root.value(1).scalar() == "''x");
  CHECK(root.value(2).scalar() == "Förvaltningens 'särskilda' uppdrag");
  CHECK(root.value(3).scalar() == " 1st non-empty\n2nd non-empty 3rd non-empty ");  // YAML 1.2, example 7.9
  CHECK(root.value(4).scalar() == "x y");
  CHECK(root.value(5).is_scalar());
  CHECK(root.value(5).scalar().empty());
}

TEST_CASE("double-quoted scalars: escapes, folded and escaped line breaks") {
  const Tree tree =
      one("a: \"t\\tu\\\\ \\\"q\\\" \\x41\\u00e5\\U0001F600\\_\\N\"\n"
          "b: \"folded \n  to a space,\t\n \n  to a line feed, or \t\\\n  \\ \tnon-content\"\n"
          "c: \"\\\\\t\n  \\\\\"\n"
          "d: \"x\\\n\n  y\"\n");
  const Node root = tree.root();
  CHECK(root.value(0).scalar() == "t\tu\\ \"q\" A\xC3\xA5\xF0\x9F\x98\x80\xC2\xA0\xC2\x85");
  CHECK(root.value(1).scalar() == "folded to a space,\nto a line feed, or \t \tnon-content");  // YAML 1.2, example 7.5
  CHECK(root.value(2).scalar() == "\\ \\");  // libfyaml 0.7.12 says "\\\t "
  CHECK(root.value(3).scalar() == "x\ny");
}

TEST_CASE("block scalars: folding, more-indented lines, chomping, indentation indicators") {
  const Tree tree =
      one("a: >\n  a\n\n   more\n  \n  b\n"
          "b: |\n  x\n   \n"
          "c: >-\n  one\n  two\n\n\n"
          "d: |+\n  keep\n\n"
          "e:\n  - |1\n    two over\n"
          "f: >2\n  \ttab\n  \n  a\n");
  const Node root = tree.root();
  CHECK(root.value(0).scalar() == "a\n\n more\n\nb\n");  // libfyaml 0.7.12 writes "a\n more\n\nb\n\0"
  CHECK(root.value(1).scalar() == "x\n \n");
  CHECK(root.value(2).scalar() == "one two");
  CHECK(root.value(3).scalar() == "keep\n\n");
  CHECK(root.value(4).item(0).scalar() == " two over\n");  // the sequence is at column 2: content at 3
  CHECK(root.value(5).scalar() == "\ttab\n\na\n");
}

TEST_CASE("a tab before a block node inside an explicit key is refused before libfyaml sees it") {
  for (const char* text : {"? k:\t|\n", "? k: x\n  y:\t|\n", "x:\n- ? k:\t- a\n"}) {
    const ParseError e = error_of(text);
    CHECK(explain(e, text).cause == SyntaxCause::tab_indentation);
  }
  CHECK(parse("k:\t|\n  x\n").has_value());            // outside an explicit key a tab separates
  CHECK(parse("? a\n: b\nc:\t|\n  x\n").has_value());  // the key has ended
}

TEST_CASE("a block scalar's lines lose only spaces, also where libfyaml takes shallow lines as content") {
  const Tree tree = one(" : >\n \xC3\xA5: >\n \xC3\xA5\n");  // found by fuzzing: an empty key at column 1
  const Node value = tree.root().value(0);
  REQUIRE(value.is_scalar());
  CHECK(value.scalar() == "\xC3\xA5: > \xC3\xA5\n");
}
