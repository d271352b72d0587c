// Two quantities of one unit given as the bounds of a span: "entre 41,8 % y 44,1 %", "de 3 km a
// 5 km", "between 20% and 25%". The bounds are one quantity over the span (both stated bounds
// included), like "entre 20 y 30 muertos", never two figures each of which could be compared.
//
//   std::vector<Mention> ms = ...;        // a sentence's mentions, sorted by first token
//   JoinQuantitySpans(lang, tokens, &ms);  // "entre 41,8 % y 44,1 %" = one [41.8, 44.1] por ciento
#pragma once

#include <vector>

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// Joins each quantity preceded by a span opener of ranges.yaml `spans` ("entre") and followed by
// one of that opener's connectors ("y") and a quantity of the same unit with a greater amount,
// neither hedged, into one quantity from the opener to the second quantity's end. `mentions` stay
// sorted by first token.
void JoinQuantitySpans(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions);

}  // namespace contraste
