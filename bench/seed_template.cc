#include "seed_template.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "core/ascii_digits.h"

namespace contraste::bench {

namespace {

// Paragraphs are lines (seed articles put one paragraph on a line, some with blank lines between);
// the blank lines after a paragraph belong to it; the last one runs to the end of the body.
std::vector<Paragraph> SplitParagraphs(std::string_view body) {
  std::vector<Paragraph> out;
  size_t start = 0, i = 0;
  while (i < body.size()) {
    if (body[i] != '\n') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < body.size() && (body[j] == '\n' || body[j] == '\r' || body[j] == ' ' || body[j] == '\t')) ++j;
    out.push_back({start, j});
    start = j;
    i = j;
  }
  if (start < body.size()) out.push_back({start, body.size()});
  return out;
}

void AddDigitRuns(std::string_view body, std::vector<Edit>* out) {
  size_t i = 0;
  while (i < body.size()) {
    if (!IsAsciiDigit(body[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < body.size() &&
           (IsAsciiDigit(body[j]) || ((body[j] == '.' || body[j] == ',') && j + 1 < body.size() && IsAsciiDigit(body[j + 1])))) {
      ++j;
    }
    out->push_back({i, j, EditKind::kDigits, nullptr});
    i = j;
  }
}

// Bytes of the longest hedge phrase that starts `quote` and is followed by a space, or 0.
size_t HedgeLength(std::string_view quote, const VariationVocabulary& v, TextNormalizer& normalizer) {
  size_t best = 0;
  for (size_t k = 0; k < v.hedge_phrases.size(); ++k) {
    size_t len = v.hedge_phrases[k].size();
    if (len <= best || len >= quote.size() || quote[len] != ' ') continue;
    if (normalizer.Fold(quote.substr(0, len)) == v.hedge_phrases_folded[k]) best = len;
  }
  return best;
}

// Hedge, number-word and ordinal-word edits inside one claim's quote at body offset `at`.
void AddQuoteEdits(std::string_view quote, size_t at, const VariationVocabulary& v, TextNormalizer& normalizer,
                   std::vector<Edit>* out) {
  size_t start = 0;
  if (size_t hedge = HedgeLength(quote, v, normalizer); hedge > 0) {
    out->push_back({at, at + hedge + 1, EditKind::kHedge, nullptr});
    start = hedge + 1;
  }
  while (start < quote.size()) {
    size_t end = quote.find(' ', start);
    if (end == std::string_view::npos) end = quote.size();
    std::string folded = normalizer.Fold(quote.substr(start, end - start));
    if (const VocabularyWord* w = v.FindNumberWord(folded)) {
      out->push_back({at + start, at + end, EditKind::kNumberWord, w});
    } else if (const VocabularyWord* o = v.FindOrdinalWord(folded)) {
      out->push_back({at + start, at + end, EditKind::kOrdinalWord, o});
    }
    start = end + 1;
  }
}

// Sorted by start (longer first on ties); an edit overlapping an earlier one is dropped.
std::vector<Edit> WithoutOverlaps(std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Edit> out;
  for (const Edit& e : edits) {
    if (out.empty() || e.begin >= out.back().end) out.push_back(e);
  }
  return out;
}

}  // namespace

Result<SeedTemplate> BuildSeedTemplate(Engine& engine, const Document& seed, const VariationVocabulary& vocabulary) {
  auto claims = engine.ExtractClaims(seed, 0);
  if (!claims) return claims.error();
  if (claims->empty()) {
    return MakeError(ErrorCode::kBadMetadata, fmt::format("{}: seed article without claims", seed.path));
  }
  SeedTemplate t;
  t.seed_id = seed.id;
  t.language = seed.language;
  t.published_year = seed.published ? seed.published->year : 0;
  t.body = seed.bytes.substr(seed.body_offset);
  t.paragraphs = SplitParagraphs(t.body);
  std::vector<Edit> edits;
  for (const Claim& c : *claims) {
    AddQuoteEdits(c.quote, c.offset - seed.body_offset, vocabulary, engine.normalizer(), &edits);
  }
  AddDigitRuns(t.body, &edits);
  t.edits = WithoutOverlaps(std::move(edits));
  return t;
}

}  // namespace contraste::bench
