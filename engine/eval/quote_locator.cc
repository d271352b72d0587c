#include "eval/quote_locator.h"

#include <fmt/format.h>

namespace contraste {

LineColumn LineColumnAt(std::string_view bytes, size_t offset) {
  LineColumn at;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  }
  at.column = static_cast<int>(offset - line_start) + 1;
  return at;
}

bool Overlaps(ByteSpan a, ByteSpan b) {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

size_t CountOccurrences(std::string_view bytes, std::string_view needle) {
  size_t n = 0;
  if (needle.empty()) return n;
  for (size_t pos = bytes.find(needle); pos != std::string_view::npos; pos = bytes.find(needle, pos + 1)) ++n;
  return n;
}

Result<ByteSpan> LocateQuote(std::string_view bytes, const GoldQuote& quote, const std::string& gold_path,
                             const std::string& article_path) {
  auto fail = [&](const std::string& message) {
    return MakeFileError(ErrorCode::kBadGold, gold_path, quote.line, quote.column, message);
  };
  const size_t count = CountOccurrences(bytes, quote.quote);
  if (count == 0) return fail(fmt::format("quote \"{}\" not found in {}", quote.quote, article_path));
  if (quote.occurrence == 0 && count > 1) {
    return fail(fmt::format("quote \"{}\" occurs {} times in {}: add occurrence: N or quote more text", quote.quote,
                            count, article_path));
  }
  const size_t wanted = quote.occurrence == 0 ? 1 : static_cast<size_t>(quote.occurrence);
  if (wanted > count) {
    return fail(fmt::format("occurrence {} of quote \"{}\" asked, but {} holds it {} time{}", wanted, quote.quote,
                            article_path, count, count == 1 ? "" : "s"));
  }
  size_t pos = bytes.find(quote.quote);
  for (size_t k = 1; k < wanted; ++k) pos = bytes.find(quote.quote, pos + 1);
  return ByteSpan{pos, quote.quote.size()};
}

}  // namespace contraste
