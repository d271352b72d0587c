// Where a gold quote is in its article: the byte span of its `occurrence`-th appearance (exact
// bytes, front matter included, as the report's offsets are), and whether two spans overlap.
//
//   auto span = LocateQuote(doc.bytes, quote, "tests/gold/stories/x.yaml", doc.path);
//   if (!span) return span.error();   // file:line:col of the quote in the gold file
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"
#include "eval/gold_file.h"

namespace contraste {

struct ByteSpan {
  size_t offset = 0;
  size_t length = 0;
};

// 1-based line and column (in bytes, as the report's) of `offset` in `bytes`.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn LineColumnAt(std::string_view bytes, size_t offset);

// True when the spans share at least one byte.
bool Overlaps(ByteSpan a, ByteSpan b);

// How often `needle` occurs in `bytes` (overlapping occurrences counted).
size_t CountOccurrences(std::string_view bytes, std::string_view needle);

// The span of `quote` in `bytes`. Errors (kBadGold, at the quote's position in `gold_path`): the
// quote is not in the article; `occurrence` is beyond the number of occurrences; or no occurrence
// is given and the quote occurs more than once.
Result<ByteSpan> LocateQuote(std::string_view bytes, const GoldQuote& quote, const std::string& gold_path,
                             const std::string& article_path);

}  // namespace contraste
