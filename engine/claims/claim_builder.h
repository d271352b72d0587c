// Turns the mentions of one document into claims: attaches each value to the nearest trigger of a
// frame that accepts its slot, and finds the event's participants in the sentence or before it. A
// trigger that refers back to an occasion already named ("la anterior visita": Language::
// back_references) and whose clause names nobody takes the participants of the nearest earlier
// trigger of its frame ("Es la segunda visita del secretario ... La anterior visita fue el 21 de
// marzo, en la que Shoigú representó ... a Putin": Shoigú, not Putin).
#pragma once

#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/analyzed_text.h"

namespace contraste {

struct SentenceMentions {
  size_t sentence = 0;
  std::vector<Mention> mentions;
};

// `mentions[k]` holds the mentions of text.sentences[k]. Claims come out in text order.
std::vector<Claim> BuildClaims(const Language& lang, const Document& doc, size_t doc_index,
                               const AnalyzedText& text,
                               const std::vector<std::vector<Mention>>& mentions);

}  // namespace contraste
