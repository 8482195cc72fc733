// A parsed YAML document as the readers see it: null, scalar, sequence and
// mapping nodes with the position where each starts. The parser
// (yaml/parse.hpp) builds it from libfyaml's events; the readers never see
// libfyaml.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arshjul::yaml {

/// Where a node starts, as libfyaml counts: 0-based byte offset into the
/// text, 0-based line and 0-based column in code points (a byte-order mark
/// takes no column).
struct Mark {
  std::size_t pos = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Mark&, const Mark&) = default;
};

enum class NodeKind : std::uint8_t { null, scalar, sequence, mapping };

/// The tag written on a scalar, where it is one of YAML 1.2's core schema
/// (`!!str`, ...); `other` is any other tag, `!` included.
enum class ScalarTag : std::uint8_t { none, str, null, boolean, integer, floating, other };

namespace detail {
struct NodeData {
  NodeKind kind = NodeKind::null;
  bool plain = false;
  ScalarTag tag = ScalarTag::none;
  Mark mark;
  std::uint32_t begin = 0;  // scalars: into TreeData::text; collections: into TreeData::children
  std::uint32_t count = 0;  // bytes of text, or children (a mapping's are key, value, key, value ...)
};
struct TreeData {
  std::vector<NodeData> nodes;
  std::vector<std::uint32_t> children;
  std::string text;
  std::uint32_t root = 0;
};
}  // namespace detail

/// A node of a Tree; valid while the tree lives. Aliases make the tree a
/// graph: a node may be reached twice, so nothing walks it blindly.
class Node {
 public:
  Node(const detail::TreeData* data, std::uint32_t index) : data_(data), index_(index) {}

  NodeKind kind() const { return get().kind; }
  bool is_null() const { return kind() == NodeKind::null; }
  bool is_scalar() const { return kind() == NodeKind::scalar; }
  bool is_sequence() const { return kind() == NodeKind::sequence; }
  bool is_mapping() const { return kind() == NodeKind::mapping; }
  /// A scalar written without quotes or a block indicator (and without a tag).
  bool plain() const { return get().plain; }
  ScalarTag tag() const { return get().tag; }
  /// A scalar's text; empty for other nodes.
  std::string_view scalar() const {
    const auto& d = get();
    return d.kind == NodeKind::scalar ? std::string_view(data_->text).substr(d.begin, d.count) : std::string_view{};
  }
  Mark mark() const { return get().mark; }

  /// Items of a sequence, pairs of a mapping, 0 otherwise.
  std::size_t size() const;
  Node item(std::size_t i) const { return child(i); }
  Node key(std::size_t i) const { return child(2 * i); }
  Node value(std::size_t i) const { return child(2 * i + 1); }
  /// A sequence's items in order.
  std::vector<Node> items() const;
  /// The value of a mapping's first pair whose key is the scalar `k`.
  std::optional<Node> find(std::string_view k) const;
  /// The same node of the same tree (how aliases are recognised).
  bool same(const Node& other) const { return data_ == other.data_ && index_ == other.index_; }

 private:
  const detail::NodeData& get() const { return data_->nodes[index_]; }
  Node child(std::size_t i) const { return {data_, data_->children[get().begin + i]}; }

  const detail::TreeData* data_;
  std::uint32_t index_;
};

/// A whole document. Moving it keeps its nodes valid.
class Tree {
 public:
  Tree();
  explicit Tree(std::unique_ptr<detail::TreeData> data) : data_(std::move(data)) {}
  Node root() const { return {data_.get(), data_->root}; }

 private:
  std::unique_ptr<detail::TreeData> data_;
};

/// Builds a Tree from parse events in document order.
class TreeBuilder {
 public:
  TreeBuilder();
  std::uint32_t null(Mark at);
  std::uint32_t scalar(Mark at, bool plain, std::string_view text, ScalarTag tag = ScalarTag::none);
  /// Collections open now (the nesting depth of the next node).
  std::size_t depth() const { return open_.size(); }
  /// Opens a sequence or a mapping; its index is valid at once (an alias may
  /// point into a collection that is still open).
  std::uint32_t open(NodeKind kind, Mark at);
  void close();
  /// Adds a node that already exists (an alias) where the next node goes.
  void alias(std::uint32_t index) { attach(index); }
  Tree finish();

 private:
  std::uint32_t add(detail::NodeData node);
  void attach(std::uint32_t index);

  std::unique_ptr<detail::TreeData> data_;
  std::vector<std::uint32_t> open_;         // collections not yet closed
  std::vector<std::size_t> pending_start_;  // where each open collection's children start in pending_
  std::vector<std::uint32_t> pending_;      // children of open collections
  bool has_root_ = false;
};

}  // namespace arshjul::yaml
