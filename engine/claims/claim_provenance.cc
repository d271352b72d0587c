#include "claims/claim_provenance.h"

namespace contraste {

Claim ClaimFromTokens(const Document& doc, size_t doc_index, const AnalyzedText& text, const Sentence& sentence,
                      size_t first_token, size_t end_token) {
  Claim c;
  c.doc = doc_index;
  c.offset = text.OrigBegin(first_token);
  c.length = text.OrigEnd(end_token - 1) - c.offset;
  c.quote = doc.bytes.substr(c.offset, c.length);
  c.sentence_offset = sentence.begin;
  c.sentence_length = sentence.end - sentence.begin;
  auto [line, col] = text.LineColumn(c.offset);
  c.line = line;
  c.column = col;
  return c;
}

}  // namespace contraste
