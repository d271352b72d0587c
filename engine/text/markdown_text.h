// A Markdown article or draft read as text: the syntax that is not text (front matter is already
// cut by SplitFrontMatter; heading and list markers, emphasis, link targets, images, HTML, code
// blocks, table pipes, bare URLs) is blanked out, byte for byte, so that no claim is read from it
// while every offset still points into the file as it is on disk.
//
//   MarkdownText md = ReadMarkdown(doc.bytes, doc.body_offset);
//   // md.reading.size() == doc.bytes.size(); "# La **cumbre**" reads "  La   cumbre  "
//   // md.heading == "La cumbre": the first heading's text, the title when no metadata gives one
//
// Parsed with cmark-gfm (GitHub Flavored Markdown: tables and strikethrough too). Soft line breaks
// inside a paragraph read as spaces (a hard-wrapped paragraph is one run of sentences); block ends
// stay line breaks, which end sentences as they do in plain text.
#pragma once

#include <string>
#include <string_view>

namespace contraste {

struct MarkdownText {
  std::string reading;  // the same size as the input; markup bytes are spaces (line breaks kept)
  std::string heading;  // the text of the first heading, whitespace collapsed; empty when none
};

MarkdownText ReadMarkdown(std::string_view bytes, size_t body_offset);

}  // namespace contraste
