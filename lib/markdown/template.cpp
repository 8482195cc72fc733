#include "markdown/template.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "values/text.hpp"

namespace arshjul::markdown {

namespace fs = std::filesystem;

namespace {

struct Tag {
  char kind;  // '#', '^', '/', '>', '!', '=', '&', '{' or 'v' (a variable)
  std::string name;
  std::size_t line;
};

std::size_t line_at(std::string_view text, std::size_t pos) {
  std::size_t n = 1;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) n += text[i] == '\n';
  return n;
}

// The tags of a template, or the first syntax error.
Expected<std::vector<Tag>, std::string> scan(const std::string& name, std::string_view text) {
  std::vector<Tag> tags;
  std::string open = "{{", close = "}}";
  std::size_t pos = 0;
  while ((pos = text.find(open, pos)) != std::string_view::npos) {
    const std::size_t line = line_at(text, pos);
    std::size_t start = pos + open.size();
    const bool triple = open == "{{" && start < text.size() && text[start] == '{';
    const std::string end_mark = triple ? "}" + close : close;
    const std::size_t end = text.find(end_mark, start);
    if (end == std::string_view::npos)
      return Unexpected{fmt::format("{}:{}: the tag opened here is never closed with '{}'", name, line, end_mark)};
    std::string_view body = trim(text.substr(start + (triple ? 1 : 0), end - start - (triple ? 1 : 0)));
    pos = end + end_mark.size();
    char kind = triple ? '{' : 'v';
    if (!triple && !body.empty() && std::string_view("#^/>!=&").find(body.front()) != std::string_view::npos) {
      kind = body.front();
      body = trim(body.substr(1));
    }
    if (kind == '=') {
      // {{=<% %>=}}: new delimiters for the rest of the template.
      if (!body.ends_with('='))
        return Unexpected{fmt::format("{}:{}: a delimiter change must end with '='", name, line)};
      body = trim(body.substr(0, body.size() - 1));
      const std::size_t space = body.find(' ');
      if (space == std::string_view::npos)
        return Unexpected{fmt::format("{}:{}: give two delimiters, e.g. {{{{=<% %>=}}}}", name, line)};
      open = std::string(trim(body.substr(0, space)));
      close = std::string(trim(body.substr(space + 1)));
      continue;
    }
    if (body.empty() && kind != '!') return Unexpected{fmt::format("{}:{}: an empty tag", name, line)};
    // Names with braces or line breaks tokenise differently in Mustache engines: refuse them.
    if (kind != '!' && body.find_first_of("{}\n\r") != std::string_view::npos)
      return Unexpected{fmt::format("{}:{}: a tag name may not hold braces or line breaks", name, line)};
    tags.push_back({kind, std::string(body), line});
  }
  return tags;
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

}  // namespace

Status validate_template(const std::string& name, std::string_view text) {
  auto scanned = scan(name, text);
  if (!scanned) return Unexpected{scanned.error()};
  std::vector<const Tag*> open;
  for (const Tag& t : *scanned) {
    if (t.kind == '#' || t.kind == '^') open.push_back(&t);
    if (t.kind != '/') continue;
    if (open.empty()) return Unexpected{fmt::format("{}:{}: '{{{{/{}}}}}' closes no section", name, t.line, t.name)};
    if (open.back()->name != t.name)
      return Unexpected{fmt::format("{}:{}: '{{{{/{}}}}}' closes the section '{}' opened on line {}", name, t.line,
                                    t.name, open.back()->name, open.back()->line)};
    open.pop_back();
  }
  if (!open.empty())
    return Unexpected{
        fmt::format("{}:{}: the section '{}' is never closed", name, open.back()->line, open.back()->name)};
  return {};
}

Expected<Template, std::string> load_template(const std::string& path) {
  const auto text = read_file(path);
  if (!text) return Unexpected{fmt::format("{}: cannot read the template", path)};
  Template t{path, *text, {}};
  // Partials of partials, each resolved beside the file that names it.
  std::vector<std::pair<fs::path, std::string>> todo{{fs::path(path), *text}};
  while (!todo.empty()) {
    auto [file, content] = std::move(todo.back());
    todo.pop_back();
    if (Status valid = validate_template(file.string(), content); !valid) return Unexpected{valid.error()};
    const auto scanned = scan(file.string(), content);  // valid: validate_template scanned it too
    for (const Tag& tag : *scanned) {
      if (tag.kind != '>' || t.partials.count(tag.name)) continue;
      const fs::path dir = file.parent_path();
      std::optional<std::string> partial;
      fs::path found;
      for (const fs::path& candidate : {dir / (tag.name + ".mustache"), dir / tag.name}) {
        if (fs::is_regular_file(candidate) && (partial = read_file(candidate))) {
          found = candidate;
          break;
        }
      }
      if (!partial)
        return Unexpected{fmt::format("{}:{}: the partial '{}' is not found (looked for {})", file.string(), tag.line,
                                      tag.name, (dir / (tag.name + ".mustache")).string())};
      t.partials.emplace(tag.name, *partial);
      todo.emplace_back(found, *partial);
    }
  }
  return t;
}

}  // namespace arshjul::markdown
