// lib/findings: the code table (codes.def) against docs/checks.md, and the order of findings.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "findings/finding.hpp"

using namespace arshjul;

namespace {
std::string checks_doc() {
  std::ifstream in(std::string(ARSHJUL_SOURCE_DIR) + "/docs/checks.md");
  REQUIRE(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("docs/checks.md has a row for every code, with its default severity, in the table's order") {
  const std::string doc = checks_doc();
  const std::regex row(R"re(\| <a id="ars(\d+)"></a>ARS(\d+) \| ([^|]+) \|)re");
  std::vector<std::pair<unsigned, std::string>> rows;
  for (auto it = std::sregex_iterator(doc.begin(), doc.end(), row); it != std::sregex_iterator(); ++it) {
    CHECK((*it)[1] == (*it)[2]);
    rows.emplace_back(std::stoul((*it)[1]), (*it)[3]);
  }
  REQUIRE(rows.size() == all_codes().size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const CodeInfo& code = all_codes()[i];
    INFO(code_name(code.code));
    CHECK(rows[i].first == static_cast<unsigned>(code.code));
    // "error", "warning", or "error if critical, else warning": the last word is the default.
    std::string severity = rows[i].second;
    while (!severity.empty() && severity.back() == ' ') severity.pop_back();
    CHECK(severity.substr(severity.find_last_of(' ') + 1) == name(code.severity));
  }
}

TEST_CASE("docs/checks.md names the codes that rules: cannot change") {
  const std::string doc = checks_doc();
  std::smatch m;
  REQUIRE(std::regex_search(doc, m, std::regex(R"(\(not (ARS\d+(, ARS\d+)*)\))")));
  std::string listed;
  for (const CodeInfo& code : all_codes())
    if (code.fixed) listed += (listed.empty() ? "" : ", ") + code_name(code.code);
  CHECK(m[1].str() == listed);
}

TEST_CASE("codes by name, and each one's description in both languages") {
  CHECK(code_name(Code::ars203) == "ARS203");
  CHECK(parse_code("ARS504") == Code::ars504);
  CHECK_FALSE(parse_code("ARS999"));
  CHECK_FALSE(parse_code("ars101"));
  for (const CodeInfo& code : all_codes()) {
    CHECK(!describe(code.code, Lang::sv).empty());
    CHECK(!describe(code.code, Lang::en).empty());
    CHECK(describe(code.code, Lang::sv) != describe(code.code, Lang::en));
  }
}

TEST_CASE("findings sort by path, line, column and code") {
  std::vector<Finding> f{{Code::ars203, Severity::warning, {1, 2, 1}, {"b", "b"}, {}, {}},
                         {Code::ars101, Severity::error, {1, 2, 1}, {"a", "a"}, {}, {}},
                         {Code::ars105, Severity::error, {0, 9, 1}, {"c", "c"}, {}, {}}};
  sort_findings(f, [](std::uint32_t file) -> std::string_view { return file == 0 ? "a.yaml" : "b.yaml"; });
  CHECK(f[0].code == Code::ars105);
  CHECK(f[1].code == Code::ars101);
  CHECK(f[2].code == Code::ars203);
}
