// The YAML module: both parsers build the same tree where the fast one
// accepts, the fast one declines what it does not know, and the readers'
// positions are 1-based code points.
#include <doctest/doctest.h>

#include <string>

#include "../support/tree_diff.hpp"
#include "yaml/document.hpp"
#include "yaml/parse.hpp"

using namespace arshjul;
using namespace arshjul::yaml;

namespace {

// The fast parser's tree, checked against yaml-cpp's.
Tree fast_and_same(const std::string& text) {
  auto fast = parse_plain_block(text);
  REQUIRE_MESSAGE(fast.has_value(), "the fast parser declined:\n" << text);
  const Tree full = parse_yaml_cpp(text);
  CHECK_MESSAGE(test::tree_diff(fast->root(), full.root()) == "", text);
  return std::move(*fast);
}

}  // namespace

TEST_CASE("the fast parser reads plain block YAML as yaml-cpp does") {
  const char* texts[] = {
      "unit: forskolenamnden\nreport: manadsuppfoljning\nperiod: 2026-02\n",
      "economy:\n  - line: Personalkostnader\n    budget: \"565 626 000,00\"\n  - line: Lokaler\n    budget: -5\n",
      "a: 1 # comment\n# whole line\n\nb: 'it''s' # after\nc: \"q \\\" \\\\ \\/ \\n \\t\"\n",
      "a:\nb:\n  c:\nd: ~\ne: null\nf: Null\ng: NULL\n",
      "list:\n  -\n    k: v\n  - k: w\n    l:\n  - x\n",
      "- a\n- b: 1\n  c: 2\n",
      "---\n# start\nk: v\n",
      "empty_list: []\nempty_map: {}\n",
      "time: 12:30\ntext: a - b, [c] {d} e:f\nurl: http://x\n",
      "ö: å\nnamn: Förskolenämnden – norr\n",
      "a: 1\r\nb:\r\n  - c\r\nd: |\r\n  x\r\n  y\r\n",
      "a: 1",
      "a:",
      "a:\n  b:\n",
      "k: v\n\n\n# end\n",
      "dup: 1\ndup: 2\n",
  };
  for (const char* t : texts) fast_and_same(t);
}

TEST_CASE("block scalars: literal and folded with every chomping") {
  const char* texts[] = {
      "a: |\n  one\n  two\nb: 1\n",
      "a: |-\n  one\n\n  two\n\n\nb: 1\n",
      "a: |+\n  one\n\n\nb: 1\n",
      "a: >\n  one\n  two\n\n  three\n\n\n  four\nb: 1\n",
      "a: >-\n  one\n  two\n",
      "a: |\n\n  after a blank line\n",
      "a: |\n  keeps  trailing spaces  \n  and # hashes\n",
      "a: | # comment\n    deeper\n      more indented\n",
      "- |\n  item\n- >\n  folded\n  item\n",
      "a:\n  - k: |\n      text\n    l: 1\n",
  };
  for (const char* t : texts) fast_and_same(t);

  const Tree tree = fast_and_same("a: >\n  one\n  two\n\n  three\nb: |-\n  x\n");
  CHECK(tree.root().value(0).scalar() == "one two\nthree\n");
  CHECK(tree.root().value(1).scalar() == "x");
  CHECK_FALSE(tree.root().value(0).plain());
}

TEST_CASE("marks: collections at their first key or dash, empty values at the next token") {
  const Tree tree = fast_and_same("a:\n  - x: 1\n    y:\n  - z\nb:\n# c\nc: \"q\"\n");
  const Node root = tree.root();
  CHECK(root.mark() == Mark{0, 0});
  const Node list = root.value(0);
  CHECK(list.mark() == Mark{5, 1});
  CHECK(list.item(0).mark() == Mark{7, 1});
  CHECK(list.item(0).value(1).is_null());
  CHECK(list.item(0).value(1).mark() == Mark{21, 3});  // the next dash
  CHECK(root.value(1).mark() == Mark{32, 6});          // the next key, after the comment
  CHECK(root.value(2).mark() == Mark{35, 6});          // the opening quote
  CHECK(fast_and_same("a:").root().value(0).mark() == Mark{2, 0});
}

TEST_CASE("the fast parser declines what it leaves to yaml-cpp") {
  const char* texts[] = {
      "",                    // empty document
      "# only a comment\n",  //
      "just a scalar\n",     // scalar root
      "  a: 1\n",            // indented root
      "a: [1, 2]\n",         // flow collections
      "a: {b: 1}\n",         //
      "a: &x 1\nb: *x\n",    // anchors and aliases
      "a: !!str 1\n",        // tags
      "a:\tb\n",             // tabs
      "\xEF\xBB\xBF"
      "a: 1\n",                  // byte-order mark
      "a: one\n  two\n",         // multi-line plain scalar
      "a: \"one\n  two\"\n",     // multi-line quoted scalar
      "a: \"\\x41\"\n",          // escapes beyond the common ones
      "key:\n- a\n",             // a sequence at its key's indent
      "- - a\n",                 // nested inline sequence
      "? a\n: b\n",              // complex key
      "\"a\": 1\n",              // quoted key
      "--- a\n",                 // content on the marker line
      "a: 1\n---\nb: 2\n",       // a second document
      "a: 1\n...\n",             // document end
      "%YAML 1.2\n---\na: 1\n",  // directives
      "a: |2\n  x\n",            // indentation indicator
      "a: |\n  x",               // block scalar without a final break
      "a: >+\n  one\n\n",        // folded and kept (yaml-cpp drops the blank line)
      "a: >\n  x\n    more\n",   // more-indented folded line
      "a: |\n",                  // empty block scalar
      "-\n- b\n",                // empty item
      "a: b: c\n",               // mapping on one line
      "a: 1\n b: 2\n",           // odd indentation
      "a\rb: 1\n",               // lone CR
      "a: \xC2\x85z\n",          // NEL
      "\xFE\xFF"
      "a: 1\n",     // what yaml-cpp takes for UTF-16
      "a: \xFF\n",  // invalid UTF-8
      "a: 1\n  # deeper comment\n  b: 2\n",
  };
  for (const char* t : texts) CHECK_MESSAGE(!parse_plain_block(t).has_value(), t);
}

TEST_CASE("yaml-cpp's tree: aliases point at their anchor's node; errors carry a mark") {
  const Tree tree = parse_yaml_cpp("a: &x [1, 2]\nb: *x\n");
  CHECK(tree.root().value(0).same(tree.root().value(1)));
  CHECK(tree.root().value(0).size() == 2);
  CHECK(parse_yaml_cpp("").root().is_null());
  try {
    (void)parse_yaml_cpp("a: [1\nb: 2\n");
    FAIL("no syntax error");
  } catch (const SyntaxError& e) {
    CHECK_FALSE(e.message.empty());
    CHECK(e.at.line >= 1);
  }
}

TEST_CASE("Node::find takes the first pair with the key") {
  const Tree tree = fast_and_same("a: 1\nb: 2\na: 3\n");
  REQUIRE(tree.root().find("a"));
  CHECK(tree.root().find("a")->scalar() == "1");
  CHECK_FALSE(tree.root().find("c"));
  CHECK_FALSE(tree.root().value(0).find("a"));
}

TEST_CASE("positions are 1-based code points, after a byte-order mark too") {
  for (const std::string bom : {"", "\xEF\xBB\xBF"}) {
    const yaml::Source source(bom + "unit: å\nnämnd: x y\n", 7);
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
    CHECK(second.column == 8);  // "nämnd: " is 7 code points, 8 bytes
  }
}

TEST_CASE("Mapping: duplicate and unknown keys are findings, the first value counts") {
  const yaml::Source source("unit: a\nunit: b\nextra: 1\n", 0);
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

TEST_CASE("syntax errors and refused documents are ARS101 at their place") {
  for (const char* text : {"a: [1\nb: 2\n", "a: 1\nb\x01: 2\n"}) {
    const yaml::Source source(text, 0);
    FindingList findings;
    CHECK_FALSE(load(source, findings).ok);
    REQUIRE(findings.items().size() == 1);
    CHECK(findings.items()[0].code == Code::ars101);
    CHECK(findings.items()[0].where.line == 2);
  }
}
