#include "yaml/document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

#include "values/text.hpp"
#include "yaml/keys.hpp"
#include "yaml/parse.hpp"
#include "yaml/syntax_error.hpp"

namespace arshjul::yaml {

namespace {
constexpr std::size_t max_document_bytes = std::size_t{16} << 20;
}  // namespace

Location FileText::at(const Mark& mark) const { return {file_, mark.line + 1, mark.column + 1}; }

Location FileText::at_byte(std::size_t pos) const {
  pos = std::min(pos, text_.size());
  const auto line = std::count(text_.begin(), text_.begin() + static_cast<long>(pos), '\n');
  return {file_, static_cast<std::uint32_t>(line + 1), column_at(pos)};
}

std::uint32_t FileText::column_at(std::size_t pos) const {
  const std::string_view before(text_.data(), pos);
  const std::size_t nl = before.rfind('\n');
  const std::size_t line_start = nl == std::string_view::npos ? 0 : nl + 1;
  std::string_view prefix = before.substr(line_start);
  if (line_start == 0 && prefix.starts_with("\xEF\xBB\xBF")) prefix.remove_prefix(3);
  return static_cast<std::uint32_t>(count_code_points(prefix) + 1);
}

Loaded load(const FileText& source, FindingList& findings) {
  const std::string& text = source.text();
  const auto refuse = [&](std::size_t pos, std::string sv, std::string en) {
    findings.add(Code::ars101, source.at_byte(pos), {std::move(sv), std::move(en)});
    return Loaded{};
  };
  if (text.size() > max_document_bytes)
    return refuse(0, fmt::format("YAML-filen är större än gränsen på {} MiB; dela upp den", max_document_bytes >> 20),
                  fmt::format("the YAML file is larger than the limit of {} MiB; split it", max_document_bytes >> 20));
  if (const auto bad = find_invalid_utf8(text); bad != std::string::npos) {
    findings.add(Code::ars108, source.at_byte(bad),
                 Message::format("ogiltig UTF-8 vid byte {}; YAML-filer ska sparas som UTF-8",
                                 "invalid UTF-8 at byte offset {}; save YAML files as UTF-8", bad));
    return {};
  }
  // YAML allows no C0 control character but TAB, LF and CR: such a byte
  // means a binary, UTF-16 or truncated file; said so in words.
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
  auto stream = parse(text);
  if (!stream) {
    const ParseError& e = stream.error();
    if (e.problem == ParseProblem::too_deep)
      findings.add(Code::ars101, source.at(e.at),
                   Message::format("YAML-strukturen är nästlad djupare än gränsen på {} nivåer",
                                   "the YAML structure nests deeper than the limit of {} levels", max_nesting_depth));
    else if (e.problem == ParseProblem::too_long_tag)
      findings.add(
          Code::ars101, source.at(e.at),
          Message::format("en tagg (!…) eller ett direktiv (%…) är längre än gränsen på {} tecken",
                          "a tag (!…) or directive (%…) is longer than the limit of {} characters", max_tag_length));
    else
      findings.add(Code::ars101, source.at(explain(e, text).at), syntax_message(e, text));
    return {};
  }
  if (stream->documents.size() > 1) {
    findings.add(
        Code::ars109, source.at(stream->starts[1]),
        Message::format("filen innehåller {} YAML-dokument; en fil ska innehålla ett (ta bort '---' mellan dem "
                        "eller dela upp filen)",
                        "the file holds {} YAML documents; a file must hold one (remove the '---' between them "
                        "or split the file)",
                        stream->documents.size()));
    return {};
  }
  if (stream->documents.empty()) return {Tree(), true};
  return {std::move(stream->documents.front()), true};
}

bool is_empty(const Node& node) {
  return node.is_null() || (node.is_scalar() && node.plain() && trim(node.scalar()).empty());
}

Mapping::Mapping(const Node& node, const FileText& source, FindingList& findings,
                 std::initializer_list<std::string_view> known, Subject about, Keys keys)
    : findings_(findings), self_(source.at(node)), about_(std::move(about)) {
  assert(known.size() <= known_store_.size());
  std::copy(known.begin(), known.end(), known_store_.begin());
  known_ = std::span<const std::string_view>(known_store_.data(), known.size());
  std::vector<Entry> unknown;
  for (std::size_t i = 0, n = node.size(); i < n; ++i) {
    const Node key = node.key(i);
    const Node value = node.value(i);
    const std::string written(key.scalar());
    // The English key this one stands for; an empty `known` admits any key as it is.
    std::optional<std::string_view> english;
    if (known_.empty() || std::find(known_.begin(), known_.end(), written) != known_.end())
      english = written;
    else if (keys == Keys::also_swedish)
      english = english_key(written, known_);
    Entry e{std::string(english.value_or(written)), written, value, key, source.at(key), {}};
    e.value_where = is_empty(value) ? e.key_where : source.at(value);
    if (const Entry* first = english ? find(e.key) : nullptr) {
      const std::string both = first->written == e.written
                                   ? fmt::format("'{}'", shorten(e.written, 60))
                                   : fmt::format("'{}' ('{}')", shorten(e.written, 60), first->written);
      findings_.add(Code::ars110, e.key_where,
                    Message::format("nyckeln {} förekommer två gånger; den första på rad {} gäller, ta bort den andra",
                                    "key {} appears twice; the first, on line {}, is used: remove the other", both,
                                    first->key_where.line),
                    about_);
      continue;
    }
    if (!english) {
      unknown.push_back(std::move(e));
      continue;
    }
    entries_.push_back(std::move(e));
  }
  if (unknown.empty()) return;
  // What an unknown key is compared with: the English keys first (a tie goes to them), then the Swedish.
  std::vector<std::string_view> candidates(known_.begin(), known_.end());
  if (keys == Keys::also_swedish)
    for (const SwedishKey& k : swedish_keys())
      if (std::find(known_.begin(), known_.end(), k.english) != known_.end()) candidates.push_back(k.swedish);
  for (Entry& e : unknown) {
    const std::string_view near = closest(e.written, candidates);
    const auto english = near.empty() ? std::nullopt : english_key(near, known_);
    if (english && !find(*english))
      misspelt_.push_back({std::move(e), *english});  // reported where the key is asked for
    else
      report_unknown(e, {});
  }
}

Mapping::~Mapping() {
  for (Misspelt& m : misspelt_)
    if (!m.reported) report_unknown(m.entry, m.suggestion);
}

void Mapping::report_unknown(const Entry& e, std::string_view suggestion) {
  if (!suggestion.empty()) {
    findings_.add(
        Code::ars104, e.key_where,
        Message::format("okänd nyckel '{}' ignoreras; menade du '{}'?",
                        "unknown key '{}' is ignored; did you mean '{}'?", shorten(e.written, 60), suggestion),
        about_);
    return;
  }
  std::string list;
  for (std::string_view k : known_) list += (list.empty() ? "" : ", ") + std::string(k);
  findings_.add(Code::ars104, e.key_where,
                Message::format("okänd nyckel '{}' ignoreras; kända nycklar här: {}",
                                "unknown key '{}' is ignored; known keys here: {}", shorten(e.written, 60), list),
                about_);
}

const Mapping::Entry* Mapping::misspelling_of(std::string_view key) {
  for (Misspelt& m : misspelt_)
    if (!m.reported && m.suggestion == key) {
      m.reported = true;
      return &m.entry;
    }
  return nullptr;
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

const Node* Mapping::node(std::string_view key) const {
  const Entry* e = find(key);
  return e ? &e->value : nullptr;
}

void Mapping::report_invalid(std::string_view key, std::string_view text, ValueKind kind, Problem problem,
                             std::string_view expected) {
  findings_.add(Code::ars103, where(key), invalid_value(key, text, kind, problem, expected), about_);
}

std::optional<std::string> Mapping::text(std::string_view key, ValueKind kind, bool required) {
  const Entry* e = find(key);
  if (!e) {
    if (const Entry* near = misspelling_of(key)) {
      if (required)
        findings_.add(Code::ars102, near->key_where,
                      {fmt::format("den obligatoriska nyckeln '{}' saknas; '{}' här är ingen nyckel: menade du '{}'? "
                                   "({})",
                                   key, shorten(near->written, 60), key, value_syntax(kind, Lang::sv)),
                       fmt::format("the required key '{}' is missing; '{}' here is not a key: did you mean '{}'? ({})",
                                   key, shorten(near->written, 60), key, value_syntax(kind, Lang::en))},
                      about_);
      else
        report_unknown(*near, key);
      return std::nullopt;
    }
  }
  if (!e || is_empty(e->value)) {
    if (required) findings_.add(Code::ars102, e ? e->key_where : self_, missing_key(key, kind), about_);
    return std::nullopt;
  }
  if (!e->value.is_scalar()) {
    findings_.add(
        Code::ars103, e->value_where,
        {fmt::format("'{}' ska vara ett enkelt värde ({}), inte en lista eller mappning", key,
                     value_syntax(kind, Lang::sv)),
         fmt::format("'{}' must be a single value ({}), not a list or mapping", key, value_syntax(kind, Lang::en))},
        about_);
    return std::nullopt;
  }
  return std::string(e->value.scalar());
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

std::vector<Node> sequence(const Mapping& map, std::string_view key, FindingList& findings) {
  const Node* n = map.node(key);
  if (!n || is_empty(*n)) return {};
  if (!n->is_sequence()) {
    findings.add(Code::ars103, map.where(key), Message::format("'{}' ska vara en lista", "'{}' must be a list", key),
                 map.about());
    return {};
  }
  return n->items();
}

}  // namespace arshjul::yaml
