// Loading a YAML file into a Tree (yaml/parse.hpp) and reading it: positions
// in code points, duplicate keys (ARS110), unknown keys (ARS104), typed values
// with ARS102/ARS103, and limits against hostile input.
#pragma once

#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "findings/value_messages.hpp"
#include "values/parse.hpp"
#include "yaml/tree.hpp"

namespace arshjul::yaml {

/// The text of one YAML file and its index in the dataset.
class FileText {
 public:
  FileText(std::string text, std::uint32_t file) : text_(std::move(text)), file_(file) {}
  const std::string& text() const { return text_; }
  std::uint32_t file() const { return file_; }
  /// The 1-based line and code-point column of a mark.
  Location at(const Mark& mark) const;
  Location at(const Node& node) const { return at(node.mark()); }
  /// The same for a byte offset into text().
  Location at_byte(std::size_t pos) const;

 private:
  std::uint32_t column_at(std::size_t pos) const;

  std::string text_;
  std::uint32_t file_;
};

struct Loaded {
  Tree tree;
  bool ok = false;
  Node root() const { return tree.root(); }
};

/// Parses the text: invalid UTF-8 is ARS108; a syntax error or a reading
/// limit exceeded is ARS101; more than one document is ARS109.
Loaded load(const FileText& source, FindingList& findings);

/// Whether a mapping also takes the Swedish keys of yaml/keys.hpp.
enum class Keys : std::uint8_t { english, also_swedish };

/// One YAML mapping, walked once: repeated keys are ARS110 (the first is
/// used), keys outside `known` are ARS104 (an empty `known` admits any key)
/// with the closest known key suggested. A misspelt required key is one
/// ARS102 at the misspelling, not an ARS104 and an ARS102; a misspelling of
/// an optional key that is not asked for is reported when the mapping ends.
class Mapping {
 public:
  struct Entry {
    std::string key;  // the English key, whatever language it was written in
    std::string written;
    Node value;
    Node key_node;
    Location key_where;
    Location value_where;
  };

  Mapping(const Node& node, const FileText& source, FindingList& findings,
          std::initializer_list<std::string_view> known, Subject about = {}, Keys keys = Keys::english);
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  ~Mapping();

  bool has(std::string_view key) const { return find(key) != nullptr; }
  /// The value's position, or the key's where the value is empty.
  Location where(std::string_view key) const;
  Location key_where(std::string_view key) const;
  /// Where the mapping itself starts (for missing keys).
  Location self() const { return self_; }
  const Node* node(std::string_view key) const;

  /// A scalar's text; absent or empty: ARS102 when required. A list or
  /// mapping where a value belongs is ARS103.
  std::optional<std::string> text(std::string_view key, ValueKind kind, bool required);
  std::optional<Date> date(std::string_view key, bool required);
  std::optional<Period> period(std::string_view key, bool required);
  std::optional<Amount> amount(std::string_view key, bool required);
  std::optional<Decimal> number(std::string_view key, bool required);
  std::optional<long> integer(std::string_view key, bool required);
  std::optional<bool> boolean(std::string_view key, bool required);
  template <class E>
  std::optional<E> word(std::string_view key, bool required, Parsed<E> (*parse)(std::string_view),
                        std::string_view expected) {
    const auto t = text(key, ValueKind::word, required);
    if (!t) return std::nullopt;
    const auto parsed = parse(*t);
    if (parsed) return parsed.value;
    report_invalid(key, *t, ValueKind::word, parsed.problem, expected);
    return std::nullopt;
  }

  void report_invalid(std::string_view key, std::string_view text, ValueKind kind, Problem problem,
                      std::string_view expected = {});
  const Subject& about() const { return about_; }

  /// The first occurrence of every key, in document order.
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  const Entry* find(std::string_view key) const;
  /// A misspelling of `key` not yet reported, or nullptr.
  const Entry* misspelling_of(std::string_view key);
  void report_unknown(const Entry& e, std::string_view suggestion);
  template <class T>
  std::optional<T> typed(std::string_view key, bool required, ValueKind kind, Parsed<T> (*parse)(std::string_view));

  std::vector<Entry> entries_;
  struct Misspelt {
    Entry entry;
    std::string_view suggestion;  // the English key it is closest to
    bool reported = false;
  };
  std::vector<Misspelt> misspelt_;
  // The known keys (a mapping has a dozen at most: no allocation per mapping).
  std::array<std::string_view, 16> known_store_{};
  std::span<const std::string_view> known_;
  FindingList& findings_;
  Location self_;
  Subject about_;
};

/// The items of a sequence value; anything else where a list belongs is ARS103.
std::vector<Node> sequence(const Mapping& map, std::string_view key, FindingList& findings);

/// Whether a node is a scalar that says nothing (`~`, `null`, empty).
bool is_empty(const Node& node);

}  // namespace arshjul::yaml
