// yaml-cpp's event parser feeding our tree: no yaml-cpp Node is built, and an
// alias points at the node its anchor names, as in yaml-cpp's own loader.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

#include "yaml/parse.hpp"

namespace arshjul::yaml {

namespace {

Mark mark_of(const YAML::Mark& m) {
  return {static_cast<std::size_t>(std::max(m.pos, 0)), static_cast<std::uint32_t>(std::max(m.line, 0))};
}

class Events : public YAML::EventHandler {
 public:
  explicit Events(TreeBuilder& builder) : builder_(builder) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { name(anchor, builder_.null(mark_of(mark))); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor == YAML::NullAnchor || anchor > anchors_.size()) throw SyntaxError{"unknown anchor", mark_of(mark)};
    builder_.alias(anchors_[anchor - 1]);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    name(anchor, builder_.scalar(mark_of(mark), tag == "?", value));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    name(anchor, builder_.open(NodeKind::sequence, mark_of(mark)));
  }
  void OnSequenceEnd() override { builder_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    name(anchor, builder_.open(NodeKind::mapping, mark_of(mark)));
  }
  void OnMapEnd() override { builder_.close(); }

 private:
  // yaml-cpp numbers anchors 1, 2, 3 ... in the order they are defined.
  void name(YAML::anchor_t anchor, std::uint32_t index) {
    if (anchor == YAML::NullAnchor) return;
    if (anchors_.size() < anchor) anchors_.resize(anchor);
    anchors_[anchor - 1] = index;
  }

  TreeBuilder& builder_;
  std::vector<std::uint32_t> anchors_;
};

}  // namespace

Tree parse_yaml_cpp(const std::string& text) {
  std::istringstream in(text);
  TreeBuilder builder;
  Events events(builder);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(events);
  } catch (const YAML::Exception& e) {
    throw SyntaxError{e.msg, mark_of(e.mark)};
  }
  return builder.finish();
}

}  // namespace arshjul::yaml
