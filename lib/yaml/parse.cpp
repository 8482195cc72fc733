// libfyaml's event parser into Trees (yaml/parse.hpp); the only file that includes libfyaml.
#include "yaml/parse.hpp"

#include <libfyaml.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "yaml/block_text.hpp"
#include "yaml/guards.hpp"
#include "yaml/quoted_text.hpp"

namespace arshjul::yaml {

namespace {

// Whatever libfyaml would print goes nowhere: errors are collected instead
// (fy_diag_set_collect_errors), which also keeps libfyaml 0.7.12 off its
// source-line display, where fuzzing found a stack buffer overflow
// (tests/fuzz/regressions/yaml/libfyaml-diag-display-overflow).
void discard(fy_diag* /*diag*/, void* /*user*/, const char* /*buf*/, std::size_t /*len*/) {}

struct DiagDeleter {
  void operator()(fy_diag* d) const { fy_diag_destroy(d); }
};
struct ParserDeleter {
  void operator()(fy_parser* p) const { fy_parser_destroy(p); }
};
struct EventFree {
  fy_parser* parser;
  void operator()(fy_event* e) const { fy_parser_event_free(parser, e); }
};

std::uint32_t to_u32(int v) { return v > 0 ? static_cast<std::uint32_t>(v) : 0; }

Mark mark_of(const fy_mark* m) {
  if (!m) return {};
  return {m->input_pos, to_u32(m->line), to_u32(m->column)};
}

// The mark of a byte offset a little before a known mark, counted back from
// it (linear in the distance, not in the offset).
Mark mark_before(std::string_view text, Mark known, std::size_t pos) {
  Mark m{pos, known.line, 0};
  for (std::size_t i = pos; i < known.pos && i < text.size(); ++i) m.line -= text[i] == '\n';
  const std::size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  const std::size_t from = nl == std::string_view::npos ? 0 : nl + 1;
  for (std::size_t i = from; i < pos; ++i) m.column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  if (from == 0 && pos >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") --m.column;
  return m;
}

// The mark of a byte offset, counted back from the end of the text (for
// refusals before parsing, once per text).
Mark end_mark_before(std::string_view text, std::size_t pos) {
  return mark_before(text, Mark{text.size(), static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n')), 0},
                     pos);
}

// The byte offset of a 0-based line and code-point column.
std::size_t offset_of(std::string_view text, std::uint32_t line, std::uint32_t column) {
  std::size_t pos = 0;
  for (std::uint32_t l = 0; l < line && pos < text.size(); ++l) {
    const std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return text.size();
    pos = nl + 1;
  }
  if (line == 0 && text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  for (std::uint32_t c = 0; c < column && pos < text.size() && text[pos] != '\n'; ++c) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  return pos;
}

// The first error libfyaml collected, with its position (1-based there).
ParseError first_error(fy_diag* diag, std::string_view text, Mark fallback) {
  void* iter = nullptr;
  const fy_diag_error* e = fy_diag_errors_iterate(diag, &iter);
  if (!e) return {ParseProblem::syntax, "invalid YAML", fallback};
  ParseError error{ParseProblem::syntax, e->msg ? std::string(e->msg) : std::string("invalid YAML"), fallback};
  if (e->line > 0 && e->column > 0) {
    error.at.line = to_u32(e->line - 1);
    error.at.column = to_u32(e->column - 1);
    error.at.pos = offset_of(text, error.at.line, error.at.column);
  }
  return error;
}

std::string_view token_text(fy_token* token) {
  if (!token) return {};
  std::size_t len = 0;
  const char* t = fy_token_get_text(token, &len);
  return t ? std::string_view(t, len) : std::string_view{};
}

ScalarTag tag_of(fy_token* tag) {
  if (!tag) return ScalarTag::none;
  const std::string_view name = token_text(tag);
  constexpr std::string_view core = "tag:yaml.org,2002:";
  if (!name.starts_with(core)) return ScalarTag::other;
  const std::string_view type = name.substr(core.size());
  if (type == "str") return ScalarTag::str;
  if (type == "null") return ScalarTag::null;
  if (type == "bool") return ScalarTag::boolean;
  if (type == "int") return ScalarTag::integer;
  if (type == "float") return ScalarTag::floating;
  return ScalarTag::other;
}

// YAML 1.2's core schema: these plain scalars are null.
bool is_null_word(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// The `|` or `>` that starts the header of a block scalar whose content
// starts at `content` (libfyaml's marks point at the content).
std::size_t block_indicator(std::string_view text, std::size_t content, fy_scalar_style style) {
  if (content == 0) return std::string_view::npos;
  const std::size_t at = text.find_last_of(style == FYSS_LITERAL ? '|' : '>', content - 1);
  return at < content ? at : std::string_view::npos;
}

// Where a node starts in the text: at its anchor or tag if it has one, at
// the opening quote of a quoted scalar and at the indicator of a block scalar
// (libfyaml's marks point at the content).
Mark start_of(std::string_view text, Mark at, fy_token* anchor, fy_token* tag, fy_scalar_style style) {
  const auto back_to = [&](char c) {
    if (at.pos > 0 && at.pos <= text.size() && text[at.pos - 1] == c) {
      --at.pos;
      if (at.column > 0) --at.column;
    }
  };
  if (style == FYSS_SINGLE_QUOTED) back_to('\'');
  if (style == FYSS_DOUBLE_QUOTED) back_to('"');
  if (style == FYSS_LITERAL || style == FYSS_FOLDED) {
    const std::size_t indicator = block_indicator(text, at.pos, style);
    if (indicator != std::string_view::npos) at = mark_before(text, at, indicator);
  }
  for (fy_token* property : {anchor, tag}) {
    if (!property) continue;
    Mark p = mark_of(fy_token_start_mark(property));
    if (property == anchor && p.pos > 0 && p.pos <= text.size() && text[p.pos - 1] == '&') {
      --p.pos;
      if (p.column > 0) --p.column;
    }
    if (p.pos < at.pos) at = p;
  }
  return at;
}

// One document's events into a Tree; anchors name the node they stand on.
class Documents {
 public:
  explicit Documents(std::string_view text) : text_(text) {}

  std::optional<ParseError> on(fy_event* e) {
    Mark at = mark_of(fy_event_start_mark(e));
    switch (e->type) {
      case FYET_DOCUMENT_START:
        builder_ = TreeBuilder();
        anchors_.clear();
        stream_.starts.push_back(at);
        break;
      case FYET_DOCUMENT_END: stream_.documents.push_back(builder_.finish()); break;
      case FYET_SCALAR: {
        const ScalarTag tag = tag_of(e->scalar.tag);
        const fy_scalar_style style = fy_token_scalar_style(e->scalar.value);
        const bool quoted = style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED;
        if (quoted)
          quoted_ = style == FYSS_SINGLE_QUOTED ? detail::single_quoted_text(source_of(e->scalar.value))
                                                : detail::double_quoted_text(source_of(e->scalar.value));
        const bool block = style == FYSS_LITERAL || style == FYSS_FOLDED;
        if (block) quoted_ = block_text(e->scalar.value, style);
        const std::string_view text = quoted || block ? std::string_view(quoted_) : token_text(e->scalar.value);
        const bool plain = tag == ScalarTag::none && style == FYSS_PLAIN;
        at = start_of(text_, at, e->scalar.anchor, e->scalar.tag, style);
        const std::uint32_t index = (plain && is_null_word(text)) || (tag == ScalarTag::null && is_null_word(text))
                                        ? builder_.null(at)
                                        : builder_.scalar(at, plain, text, tag);
        name(e->scalar.anchor, index);
        break;
      }
      case FYET_SEQUENCE_START:
      case FYET_MAPPING_START: {
        if (builder_.depth() >= max_nesting_depth) return ParseError{ParseProblem::too_deep, {}, at};
        const bool sequence = e->type == FYET_SEQUENCE_START;
        fy_token* anchor = sequence ? e->sequence_start.anchor : e->mapping_start.anchor;
        const bool flow = at.pos < text_.size() && (text_[at.pos] == '[' || text_[at.pos] == '{');
        open_flow_.push_back(flow ? std::optional<Mark>(at) : std::nullopt);
        indents_.push_back(static_cast<int>(at.column));
        at = start_of(text_, at, anchor, sequence ? e->sequence_start.tag : e->mapping_start.tag, FYSS_PLAIN);
        name(anchor, builder_.open(sequence ? NodeKind::sequence : NodeKind::mapping, at));
        break;
      }
      case FYET_SEQUENCE_END:
      case FYET_MAPPING_END:
        builder_.close();
        if (!open_flow_.empty()) open_flow_.pop_back();
        if (!indents_.empty()) indents_.pop_back();
        break;
      case FYET_ALIAS: {
        const auto found = anchors_.find(std::string(token_text(e->alias.anchor)));
        if (found == anchors_.end()) return ParseError{ParseProblem::syntax, "undefined alias", at};
        builder_.alias(found->second);
        break;
      }
      default: break;
    }
    return std::nullopt;
  }
  Stream take() { return std::move(stream_); }
  /// The opening bracket of the innermost flow collection still open.
  std::optional<Mark> open_flow() const {
    for (auto it = open_flow_.rbegin(); it != open_flow_.rend(); ++it)
      if (*it) return *it;
    return std::nullopt;
  }

 private:
  void name(fy_token* anchor, std::uint32_t index) {
    if (anchor) anchors_[std::string(token_text(anchor))] = index;  // a later anchor of the same name wins
  }

  // The text between a token's marks: for a quoted scalar, what stands between the quotes.
  std::string_view source_of(fy_token* token) const {
    const fy_mark* start = fy_token_start_mark(token);
    const fy_mark* end = fy_token_end_mark(token);
    if (!start || !end || end->input_pos < start->input_pos || end->input_pos > text_.size()) return {};
    return text_.substr(start->input_pos, end->input_pos - start->input_pos);
  }

  // A block scalar's text, from its header and content (the indentation of
  // its collection decides what an indentation indicator means).
  std::string block_text(fy_token* token, fy_scalar_style style) const {
    const fy_mark* start = fy_token_start_mark(token);
    const std::size_t indicator = start ? block_indicator(text_, start->input_pos, style) : std::string_view::npos;
    if (indicator == std::string_view::npos) return std::string(token_text(token));
    const detail::BlockHeader header = detail::block_header(text_.substr(indicator, 3));
    return detail::block_scalar_text(source_of(token), header, indents_.empty() ? -1 : indents_.back());
  }

  std::string_view text_;
  std::string quoted_;        // the text of the last quoted or block scalar
  std::vector<int> indents_;  // the column where each open collection starts
  Stream stream_;
  TreeBuilder builder_;
  std::vector<std::optional<Mark>> open_flow_;
  std::unordered_map<std::string, std::uint32_t> anchors_;
};

// One parser and its diagnostics for each thread: creating them costs more
// than parsing a small file. A parser is used again only after it read a
// whole stream without error; after an error or a stop half-way it is made
// anew (libfyaml's reset does not restore its error reporting), which also
// clears the errors it collected.
// A parser that stopped on an error in a text with an explicit key is never
// destroyed: libfyaml 0.7.12 may free memory twice in its clean-up then
// (found by fuzzing, tests/fuzz/regressions/yaml/libfyaml-*explicit-key*).
// It is kept here, reachable, until the process ends: a few kilobytes for
// each such broken file.
void keep_forever(std::unique_ptr<fy_parser, ParserDeleter>& parser, std::unique_ptr<fy_diag, DiagDeleter>& diag) {
  static std::mutex lock;
  static auto* kept = new std::vector<std::pair<fy_parser*, fy_diag*>>();
  const std::lock_guard<std::mutex> guard(lock);
  kept->emplace_back(parser.release(), diag.release());
}

struct ThreadParser {
  std::unique_ptr<fy_diag, DiagDeleter> diag;
  std::unique_ptr<fy_parser, ParserDeleter> parser;
  bool clean = false;
  bool unsafe = false;  // stopped on an error in a text with an explicit key

  void release() {
    if (unsafe) keep_forever(parser, diag);
    unsafe = false;
    parser.reset();
    diag.reset();
  }

  void make() {
    release();
    fy_diag_cfg dc;
    fy_diag_cfg_default(&dc);
    dc.fp = nullptr;
    dc.output_fn = &discard;
    dc.user = nullptr;
    dc.level = FYET_ERROR;
    dc.colorize = false;
    dc.show_source = false;
    dc.show_position = true;
    dc.show_type = false;
    dc.show_module = false;
    diag.reset(fy_diag_create(&dc));
    if (!diag) return;
    fy_diag_set_collect_errors(diag.get(), true);
    fy_parse_cfg pc{};
    pc.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_JSON_NONE |
                                               FYPCF_DISABLE_MMAP_OPT);
    pc.diag = diag.get();
    parser.reset(fy_parser_create(&pc));
    clean = parser != nullptr;
  }
  ~ThreadParser() { release(); }  // the parser before the diagnostics it refers to
};

// The thread's parser, ready for a new text; marked used until a stream ends cleanly.
fy_parser* thread_parser(ThreadParser& tp, std::string_view text) {
  if (!tp.clean || fy_parser_reset(tp.parser.get()) != 0) tp.make();
  if (!tp.parser || fy_parser_set_string(tp.parser.get(), text.data(), text.size()) != 0) {
    tp.clean = false;
    return nullptr;
  }
  tp.clean = false;
  return tp.parser.get();
}

}  // namespace

Expected<Stream, ParseError> parse(std::string_view text) {
  if (const auto at = detail::too_long_tag_or_directive(text))
    return Unexpected{ParseError{ParseProblem::too_long_tag, {}, end_mark_before(text, *at)}};
  if (const auto at = detail::too_deep_brackets(text))
    return Unexpected{ParseError{ParseProblem::too_deep, {}, end_mark_before(text, *at)}};
  if (const auto at = detail::overlong_yaml_version(text))
    return Unexpected{
        ParseError{ParseProblem::syntax, "invalid %YAML version (write %YAML 1.2)", end_mark_before(text, *at)}};
  if (const auto at = detail::tab_before_block_in_explicit_key(text))
    return Unexpected{ParseError{ParseProblem::syntax,
                                 "a tab used as indentation before a block node in an explicit key",
                                 end_mark_before(text, *at)}};
  thread_local ThreadParser tp;
  fy_parser* parser = thread_parser(tp, text);
  if (!parser) return Unexpected{ParseError{ParseProblem::syntax, "libfyaml could not start", {}}};

  Documents documents(text);
  Mark last;
  while (fy_event* raw = fy_parser_parse(parser)) {
    const std::unique_ptr<fy_event, EventFree> event(raw, EventFree{parser});
    if (const fy_mark* m = fy_event_end_mark(raw)) last = mark_of(m);
    if (auto error = documents.on(raw)) {
      tp.unsafe = detail::has_explicit_key(text);  // stopped half-way: treated as after an error
      return Unexpected{std::move(*error)};
    }
  }
  if (fy_parser_get_stream_error(parser)) {
    tp.unsafe = detail::has_explicit_key(text);
    ParseError error = first_error(tp.diag.get(), text, last);
    // A bracket left open is reported where it opened, not where the text ran out.
    const auto open = documents.open_flow();
    const bool at_end =
        error.at.pos >= text.size() || text.find_first_not_of(" \t\r\n", error.at.pos) == std::string_view::npos;
    if (open && (at_end || error.detail.find("without a closing") != std::string::npos)) {
      error.at = *open;
      error.unclosed_flow = true;
    }
    return Unexpected{std::move(error)};
  }
  tp.clean = true;
  return documents.take();
}

}  // namespace arshjul::yaml
