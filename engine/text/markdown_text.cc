#include "text/markdown_text.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace contraste {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offsets of the body's lines, to turn cmark's 1-based line:column (in bytes) into offsets.
class BodyLines {
 public:
  BodyLines(std::string_view bytes, size_t body_offset) : bytes_(bytes) {
    starts_.push_back(body_offset);
    for (size_t i = body_offset; i < bytes.size(); ++i) {
      if (bytes[i] == '\n') starts_.push_back(i + 1);
    }
  }
  // The offset of line:column, clamped to its line; npos for a position cmark did not set.
  size_t Offset(int line, int column) const {
    if (line < 1 || column < 1 || static_cast<size_t>(line) > starts_.size()) return std::string_view::npos;
    const size_t start = starts_[static_cast<size_t>(line) - 1];
    const size_t next = static_cast<size_t>(line) < starts_.size() ? starts_[static_cast<size_t>(line)] : bytes_.size();
    return std::min(start + static_cast<size_t>(column) - 1, next);
  }

 private:
  std::string_view bytes_;
  std::vector<size_t> starts_;
};

// Containers whose text is not the article's prose: an image's description, struck-out text stays
// (it is still written), but these go.
bool SkipsSubtree(cmark_node_type type) { return type == CMARK_NODE_IMAGE; }

// Leaves that are markup or code, never prose.
bool IsMarkupLeaf(cmark_node_type type) {
  return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_CODE_BLOCK ||
         type == CMARK_NODE_CUSTOM_BLOCK || type == CMARK_NODE_CUSTOM_INLINE;
}

// Blanks bare URLs ("https://..." up to the next space) inside kept text: their digits and slashes
// are no dates or figures of the article.
void BlankBareUrls(std::string* reading, size_t begin, size_t end) {
  static constexpr std::array<std::string_view, 3> kStarts = {"https://", "http://", "www."};
  for (size_t i = begin; i < end; ++i) {
    for (std::string_view s : kStarts) {
      if (std::string_view(*reading).substr(i, s.size()) != s) continue;
      if (i > begin && (*reading)[i - 1] != ' ' && (*reading)[i - 1] != '(' && (*reading)[i - 1] != '<') continue;
      size_t j = i;
      while (j < end && (*reading)[j] != ' ' && (*reading)[j] != '\n' && (*reading)[j] != '\t' && (*reading)[j] != ')' &&
             (*reading)[j] != '>') {
        (*reading)[j++] = ' ';
      }
      i = j;
      break;
    }
  }
}

std::string Collapsed(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

MarkdownText ReadMarkdown(std::string_view bytes, size_t body_offset) {
  MarkdownText out;
  out.reading.assign(bytes);
  body_offset = std::min(body_offset, bytes.size());
  for (size_t i = body_offset; i < bytes.size(); ++i) {
    if (out.reading[i] != '\n') out.reading[i] = ' ';
  }
  // Registered once, under the guard of a local static: documents are read on several threads.
  static const bool registered = (cmark_gfm_core_extensions_ensure_registered(), true);
  (void)registered;
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
  for (const char* name : {"table", "strikethrough"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  const std::string_view body = bytes.substr(body_offset);
  cmark_parser_feed(parser.get(), body.data(), body.size());
  std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
  if (!root) return out;
  const BodyLines lines(bytes, body_offset);
  std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root.get()));
  cmark_node* skipping = nullptr;   // a subtree being passed over (an image)
  cmark_node* heading = nullptr;    // the first heading, while inside it
  bool heading_done = false;
  std::string heading_text;
  bool soft_break = false;          // a soft line break since the last text kept
  size_t last_end = body_offset;    // end of the last text kept
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (skipping) {
      if (ev == CMARK_EVENT_EXIT && node == skipping) skipping = nullptr;
      continue;
    }
    if (type == CMARK_NODE_HEADING && !heading_done) {
      if (ev == CMARK_EVENT_ENTER) heading = node;
      if (ev == CMARK_EVENT_EXIT) {
        heading = nullptr;
        heading_done = true;
      }
      continue;
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    if (SkipsSubtree(type)) {
      skipping = node;
      continue;
    }
    if (type == CMARK_NODE_SOFTBREAK) {
      soft_break = true;
      if (heading) heading_text += ' ';
      continue;
    }
    if (IsMarkupLeaf(type) || (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE)) continue;
    if (heading) {
      if (const char* literal = cmark_node_get_literal(node)) heading_text += literal;
    }
    size_t begin = lines.Offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    size_t end = lines.Offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node));
    if (begin == std::string_view::npos || end == std::string_view::npos) continue;
    end = std::min(end + 1, bytes.size());  // cmark's end column is inclusive
    // Whole characters only, whatever the positions say.
    while (begin > body_offset && IsContinuationByte(bytes[begin])) --begin;
    while (end < bytes.size() && IsContinuationByte(bytes[end])) ++end;
    if (begin >= end) continue;
    if (soft_break) {
      for (size_t i = last_end; i < begin; ++i) {
        if (out.reading[i] == '\n') out.reading[i] = ' ';
      }
      soft_break = false;
    }
    std::copy(bytes.begin() + static_cast<std::ptrdiff_t>(begin), bytes.begin() + static_cast<std::ptrdiff_t>(end),
              out.reading.begin() + static_cast<std::ptrdiff_t>(begin));
    BlankBareUrls(&out.reading, begin, end);
    last_end = std::max(last_end, end);
  }
  out.heading = Collapsed(heading_text);
  return out;
}

}  // namespace contraste
