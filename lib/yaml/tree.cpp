#include "yaml/tree.hpp"

#include <stdexcept>

namespace arshjul::yaml {

std::size_t Node::size() const {
  const auto& d = get();
  if (d.kind == NodeKind::sequence) return d.count;
  if (d.kind == NodeKind::mapping) return d.count / 2;
  return 0;
}

std::vector<Node> Node::items() const {
  std::vector<Node> out;
  if (!is_sequence()) return out;
  const std::size_t n = size();
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(item(i));
  return out;
}

std::optional<Node> Node::find(std::string_view k) const {
  if (!is_mapping()) return std::nullopt;
  for (std::size_t i = 0, n = size(); i < n; ++i) {
    const Node key_node = key(i);
    if (key_node.is_scalar() && key_node.scalar() == k) return value(i);
  }
  return std::nullopt;
}

// An empty document is one null node.
Tree::Tree() : data_(std::make_unique<detail::TreeData>()) { data_->nodes.push_back({}); }

TreeBuilder::TreeBuilder() : data_(std::make_unique<detail::TreeData>()) {}

std::uint32_t TreeBuilder::add(detail::NodeData node) {
  if (data_->nodes.size() >= UINT32_MAX) throw std::length_error("YAML document has too many nodes");
  data_->nodes.push_back(node);
  return static_cast<std::uint32_t>(data_->nodes.size() - 1);
}

void TreeBuilder::attach(std::uint32_t index) {
  if (!open_.empty()) {
    pending_.push_back(index);
  } else if (!has_root_) {
    data_->root = index;
    has_root_ = true;
  }
}

std::uint32_t TreeBuilder::null(Mark at) {
  const std::uint32_t index = add({NodeKind::null, false, ScalarTag::none, at, 0, 0});
  attach(index);
  return index;
}

std::uint32_t TreeBuilder::scalar(Mark at, bool plain, std::string_view text, ScalarTag tag) {
  if (data_->text.size() + text.size() >= UINT32_MAX) throw std::length_error("YAML document has too much text");
  const auto begin = static_cast<std::uint32_t>(data_->text.size());
  data_->text.append(text);
  const std::uint32_t index = add({NodeKind::scalar, plain, tag, at, begin, static_cast<std::uint32_t>(text.size())});
  attach(index);
  return index;
}

std::uint32_t TreeBuilder::open(NodeKind kind, Mark at) {
  const std::uint32_t index = add({kind, false, ScalarTag::none, at, 0, 0});
  open_.push_back(index);
  pending_start_.push_back(pending_.size());
  return index;
}

void TreeBuilder::close() {
  const std::uint32_t index = open_.back();
  const std::size_t start = pending_start_.back();
  auto& node = data_->nodes[index];
  node.begin = static_cast<std::uint32_t>(data_->children.size());
  node.count = static_cast<std::uint32_t>(pending_.size() - start);
  data_->children.insert(data_->children.end(), pending_.begin() + static_cast<long>(start), pending_.end());
  pending_.resize(start);
  open_.pop_back();
  pending_start_.pop_back();
  attach(index);
}

Tree TreeBuilder::finish() {
  if (!has_root_) return Tree();
  return Tree(std::move(data_));
}

}  // namespace arshjul::yaml
