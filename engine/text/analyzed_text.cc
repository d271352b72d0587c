#include "text/analyzed_text.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace contraste {

std::pair<int, int> AnalyzedText::LineColumn(size_t orig_offset) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), orig_offset);
  size_t line = static_cast<size_t>(it - line_starts.begin());  // 1-based
  size_t col = orig_offset - line_starts[line - 1] + 1;
  return {static_cast<int>(line), static_cast<int>(col)};
}

AnalyzedText AnalyzeText(const Document& doc, TextNormalizer& normalizer, SentenceSplitter& splitter) {
  AnalyzedText a;
  a.line_starts.push_back(0);
  const char* bytes = doc.bytes.data();
  const size_t size = doc.bytes.size();
  for (const void* nl = std::memchr(bytes, '\n', size); nl;) {
    const size_t next = static_cast<size_t>(static_cast<const char*>(nl) - bytes) + 1;
    a.line_starts.push_back(next);
    nl = std::memchr(bytes + next, '\n', size - next);
  }
  // Markdown is read with its markup blanked (doc.reading, the same size as doc.bytes), so the
  // offsets are the file's either way.
  const std::string& text = doc.reading.empty() ? doc.bytes : doc.reading;
  a.norm = normalizer.Normalize(text, doc.body_offset);
  // to_orig holds offsets into doc.bytes; folded positions start at 0 for body_offset.
  std::vector<SentenceSpan> spans = splitter.Split(text, doc.body_offset, text.size());
  a.tokens.reserve(a.norm.folded.size() / 5);
  // Spans come in order, so each folded position is searched for from the previous one (a
  // galloping search: steps of 1, 2, 4... then a binary search), not over the whole map; the
  // result is NormalizedText::FoldedPos's.
  const std::vector<uint32_t>& to_orig = a.norm.to_orig;
  size_t from = 0;
  auto folded_pos = [&](size_t orig_pos) {
    const auto target = static_cast<uint32_t>(orig_pos);
    size_t lo = from, step = 1, hi = from;
    while (hi < to_orig.size() && to_orig[hi] < target) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    hi = std::min(hi, to_orig.size());
    from = static_cast<size_t>(std::lower_bound(to_orig.begin() + static_cast<std::ptrdiff_t>(lo),
                                                to_orig.begin() + static_cast<std::ptrdiff_t>(hi), target) -
                               to_orig.begin());
    return from;
  };
  for (const SentenceSpan& sp : spans) {
    Sentence s;
    s.begin = sp.begin;
    s.end = sp.end;
    size_t fb = folded_pos(sp.begin);
    size_t fe = folded_pos(sp.end);
    s.first_token = a.tokens.size();
    Tokenize(a.norm.folded, fb, fe, &a.tokens);
    s.end_token = a.tokens.size();
    if (s.end_token > s.first_token) a.sentences.push_back(s);
  }
  return a;
}

}  // namespace contraste
