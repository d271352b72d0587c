// Escaping for article text placed in Markdown: everything Markdown (and HTML inside it) would
// otherwise interpret is escaped, and line breaks become spaces so a quote stays on its line.
#pragma once

#include <string>
#include <string_view>

namespace contraste {

std::string MarkdownEscape(std::string_view text);

}  // namespace contraste
