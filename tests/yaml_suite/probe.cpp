// The YAML test suite's view of arshjul: for each file, the codes that
// loading it gives (yaml::load, the readers' path) and every document's tree
// as JSON, for run.py to hold against the suite.
//   yaml_suite_probe FILE...   one JSON object a line
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "escape/escape.hpp"
#include "yaml/document.hpp"
#include "yaml/parse.hpp"

namespace {

using namespace arshjul;

const char* tag_name(yaml::ScalarTag t) {
  switch (t) {
    case yaml::ScalarTag::none: return "";
    case yaml::ScalarTag::str: return "str";
    case yaml::ScalarTag::null: return "null";
    case yaml::ScalarTag::boolean: return "bool";
    case yaml::ScalarTag::integer: return "int";
    case yaml::ScalarTag::floating: return "float";
    case yaml::ScalarTag::other: return "other";
  }
  return "";
}

// A node as JSON: null, {"s": text, "plain": b, "tag": t}, [items], {"map": [[k, v], ...]}.
void dump(const yaml::Node& n, std::string& out, int depth) {
  if (depth > 1000) {
    out += "\"<too deep>\"";
    return;
  }
  switch (n.kind()) {
    case yaml::NodeKind::null: out += "null"; break;
    case yaml::NodeKind::scalar:
      out += fmt::format("{{\"s\":{},\"plain\":{},\"tag\":\"{}\"}}", json_string(n.scalar()), n.plain(),
                         tag_name(n.tag()));
      break;
    case yaml::NodeKind::sequence:
      out += '[';
      for (std::size_t i = 0; i < n.size(); ++i) {
        if (i) out += ',';
        dump(n.item(i), out, depth + 1);
      }
      out += ']';
      break;
    case yaml::NodeKind::mapping:
      out += "{\"map\":[";
      for (std::size_t i = 0; i < n.size(); ++i) {
        if (i) out += ',';
        out += '[';
        dump(n.key(i), out, depth + 1);
        out += ',';
        dump(n.value(i), out, depth + 1);
        out += ']';
      }
      out += "]}";
      break;
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    const yaml::FileText source(std::move(buf).str(), 0);
    FindingList findings;
    (void)yaml::load(source, findings);
    std::string line = fmt::format("{{\"file\":{},\"codes\":[", json_string(argv[i]));
    for (std::size_t k = 0; k < findings.items().size(); ++k)
      line += fmt::format("{}\"{}\"", k ? "," : "", code_name(findings.items()[k].code));
    line += "],\"documents\":";
    const auto stream = yaml::parse(source.text());
    if (!stream) {
      line += "null";
    } else {
      line += '[';
      for (std::size_t d = 0; d < stream->documents.size(); ++d) {
        if (d) line += ',';
        dump(stream->documents[d].root(), line, 0);
      }
      line += ']';
    }
    line += "}\n";
    std::fputs(line.c_str(), stdout);
  }
  return 0;
}
