// Finds every typed mention in a sentence: entities, frame triggers, numbers, ordinals, years,
// day numbers, durations and quantities, with their hedges. Language-neutral: all words come
// from the Language tables.
//
//   std::vector<Mention> ms = ExtractMentions(lang, text.SentenceTokens(sentence));
#pragma once

#include <vector>

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// Mentions sorted by first token; entities and triggers may overlap value mentions.
std::vector<Mention> ExtractMentions(const Language& lang, const TokenRange& sentence);

}  // namespace contraste
