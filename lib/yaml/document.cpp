#include "yaml/document.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "values/text.hpp"

namespace arshjul::yaml {

namespace {
// yaml-cpp recurses once per nesting level; deeper input is refused before
// it can exhaust the stack.
constexpr int max_flow_depth = 200;
constexpr std::size_t max_document_bytes = std::size_t{16} << 20;

// The deepest nesting of flow collections and the position where it exceeds the limit.
std::optional<std::size_t> too_deep(std::string_view text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '[' || c == '{') {
      if (++depth > max_flow_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

// Indentation nests block collections: limit it too.
std::optional<std::size_t> too_indented(std::string_view text) {
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    std::size_t i = line_start;
    while (i < text.size() && (text[i] == ' ' || (text[i] == '-' && i + 1 < text.size() && text[i + 1] == ' '))) ++i;
    if (i - line_start > 2 * max_flow_depth) return line_start;
    const std::size_t eol = text.find('\n', line_start);
    if (eol == std::string_view::npos) break;
    line_start = eol + 1;
  }
  return std::nullopt;
}
}  // namespace

Location Source::at(const YAML::Mark& mark) const {
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text_.size())
    return {file_, static_cast<std::uint32_t>(std::max(mark.line, 0) + 1),
            static_cast<std::uint32_t>(std::max(mark.column, 0) + 1)};
  const std::size_t pos = static_cast<std::size_t>(mark.pos);
  const std::size_t nl = pos == 0 ? std::string::npos : text_.rfind('\n', pos - 1);
  const std::size_t line_start = nl == std::string::npos ? 0 : nl + 1;
  std::string_view prefix{text_.data() + line_start, pos - line_start};
  if (line_start == 0 && prefix.starts_with("\xEF\xBB\xBF")) prefix.remove_prefix(3);
  return {file_, static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(count_code_points(prefix) + 1)};
}

Loaded load(const Source& source, FindingList& findings) {
  const std::string& text = source.text();
  const auto refuse = [&](std::size_t pos, std::string sv, std::string en) {
    const auto line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
    YAML::Mark mark;
    mark.pos = static_cast<int>(pos);
    mark.line = line;
    findings.add(Code::ars101, source.at(mark), {std::move(sv), std::move(en)});
    return Loaded{};
  };
  if (text.size() > max_document_bytes)
    return refuse(0, fmt::format("YAML-filen är större än gränsen på {} MiB; dela upp den", max_document_bytes >> 20),
                  fmt::format("the YAML file is larger than the limit of {} MiB; split it", max_document_bytes >> 20));
  if (const auto at = too_deep(text))
    return refuse(*at, fmt::format("YAML-strukturen är nästlad djupare än {} nivåer", max_flow_depth),
                  fmt::format("the YAML structure nests deeper than {} levels", max_flow_depth));
  if (const auto at = too_indented(text))
    return refuse(*at, fmt::format("YAML-strukturen är indragen djupare än {} nivåer", max_flow_depth),
                  fmt::format("the YAML structure is indented deeper than {} levels", max_flow_depth));
  // YAML allows no C0 control character but TAB, LF and CR: such a byte
  // means a binary, UTF-16 or truncated file, which yaml-cpp would accept.
  const auto control = std::find_if(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F;
  });
  if (control != text.end()) {
    const auto pos = static_cast<std::size_t>(control - text.begin());
    const auto byte = static_cast<unsigned>(static_cast<unsigned char>(*control));
    return refuse(pos,
                  fmt::format("filen innehåller tecknet 0x{:02X}, som YAML inte tillåter; är den binär, UTF-16 "
                              "eller avkortad?",
                              byte),
                  fmt::format("the file holds the control character 0x{:02X}, which YAML does not allow; is it "
                              "binary, UTF-16 or truncated?",
                              byte));
  }
  try {
    return {YAML::Load(text), true};
  } catch (const YAML::Exception& e) {
    findings.add(Code::ars101, source.at(e.mark),
                 {fmt::format("YAML-syntaxfel: {}", e.msg), fmt::format("YAML syntax error: {}", e.msg)});
  }
  return {};
}

bool is_empty(const YAML::Node& node) {
  return !node.IsDefined() || node.IsNull() || (node.IsScalar() && node.Tag() == "?" && trim(node.Scalar()).empty());
}

Mapping::Mapping(const YAML::Node& node, const Source& source, FindingList& findings,
                 std::initializer_list<std::string_view> known, Subject about)
    : source_(source), findings_(findings), self_(source.at(node)), about_(std::move(about)) {
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    const YAML::Node value = it->second;
    Entry e{key.IsScalar() ? key.Scalar() : std::string{}, value, key, source.at(key), {}};
    e.value_where = is_empty(value) ? e.key_where : source.at(value);
    if (const Entry* first = find(e.key)) {
      findings_.add(Code::ars110, e.key_where,
                    {fmt::format("nyckeln '{}' förekommer två gånger; den första på rad {} gäller, ta bort den andra",
                                 e.key, first->key_where.line),
                     fmt::format("key '{}' appears twice; the first, on line {}, is used: remove the other", e.key,
                                 first->key_where.line)},
                    about_);
      continue;
    }
    if (known.size() > 0 && std::find(known.begin(), known.end(), e.key) == known.end()) {
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      findings_.add(Code::ars104, e.key_where,
                    {fmt::format("okänd nyckel '{}' ignoreras; kända nycklar här: {}", shorten(e.key, 60), list),
                     fmt::format("unknown key '{}' is ignored; known keys here: {}", shorten(e.key, 60), list)},
                    about_);
      continue;
    }
    entries_.push_back(std::move(e));
  }
}

const Mapping::Entry* Mapping::find(std::string_view key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return &e;
  return nullptr;
}

Location Mapping::where(std::string_view key) const {
  const Entry* e = find(key);
  return e ? e->value_where : self_;
}

Location Mapping::key_where(std::string_view key) const {
  const Entry* e = find(key);
  return e ? e->key_where : self_;
}

const YAML::Node* Mapping::node(std::string_view key) const {
  const Entry* e = find(key);
  return e ? &e->value : nullptr;
}

void Mapping::report_invalid(std::string_view key, std::string_view text, ValueKind kind, Problem problem,
                             std::string_view expected) {
  findings_.add(Code::ars103, where(key), invalid_value(key, text, kind, problem, expected), about_);
}

std::optional<std::string> Mapping::text(std::string_view key, ValueKind kind, bool required) {
  const Entry* e = find(key);
  if (!e || is_empty(e->value)) {
    if (required) findings_.add(Code::ars102, e ? e->key_where : self_, missing_key(key, kind), about_);
    return std::nullopt;
  }
  if (!e->value.IsScalar()) {
    findings_.add(
        Code::ars103, e->value_where,
        {fmt::format("'{}' ska vara ett enkelt värde ({}), inte en lista eller mappning", key,
                     value_syntax(kind, Lang::sv)),
         fmt::format("'{}' must be a single value ({}), not a list or mapping", key, value_syntax(kind, Lang::en))},
        about_);
    return std::nullopt;
  }
  return e->value.Scalar();
}

template <class T>
std::optional<T> Mapping::typed(std::string_view key, bool required, ValueKind kind,
                                Parsed<T> (*parse)(std::string_view)) {
  const auto t = text(key, kind, required);
  if (!t) return std::nullopt;
  const auto parsed = parse(*t);
  if (parsed) return parsed.value;
  report_invalid(key, *t, kind, parsed.problem);
  return std::nullopt;
}

std::optional<Date> Mapping::date(std::string_view key, bool required) {
  return typed(key, required, ValueKind::date, &parse_date);
}
std::optional<Period> Mapping::period(std::string_view key, bool required) {
  return typed(key, required, ValueKind::period, &parse_period);
}
std::optional<Amount> Mapping::amount(std::string_view key, bool required) {
  return typed(key, required, ValueKind::amount, &parse_amount);
}
std::optional<Decimal> Mapping::number(std::string_view key, bool required) {
  return typed(key, required, ValueKind::number, &parse_number);
}
std::optional<long> Mapping::integer(std::string_view key, bool required) {
  return typed(key, required, ValueKind::integer, &parse_integer);
}
std::optional<bool> Mapping::boolean(std::string_view key, bool required) {
  return typed(key, required, ValueKind::boolean, &parse_boolean);
}

std::vector<YAML::Node> sequence(const Mapping& map, std::string_view key, FindingList& findings) {
  const YAML::Node* n = map.node(key);
  if (!n || is_empty(*n)) return {};
  if (!n->IsSequence()) {
    findings.add(Code::ars103, map.where(key),
                 {fmt::format("'{}' ska vara en lista", key), fmt::format("'{}' must be a list", key)}, map.about());
    return {};
  }
  return {n->begin(), n->end()};
}

}  // namespace arshjul::yaml
