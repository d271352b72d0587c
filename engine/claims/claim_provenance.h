// Where a claim comes from: a Claim whose quote, offsets, sentence and line:column are those of
// tokens [first_token, end_token) of `sentence`, cut from the document's original bytes.
#pragma once

#include "claims/claim.h"
#include "text/analyzed_text.h"

namespace contraste {

Claim ClaimFromTokens(const Document& doc, size_t doc_index, const AnalyzedText& text, const Sentence& sentence,
                      size_t first_token, size_t end_token);

}  // namespace contraste
