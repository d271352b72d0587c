// Temporal expressions as mentions: recognized per sentence (no document needed), then resolved
// per document against its publication date with the tense of their clause.
//
//   std::vector<Mention> ms = ...;                 // numbers, entities, triggers of a sentence
//   AddDateMentions(lang, tokens, &ms);            // + kDate; numbers inside dates are dropped
//   ResolveDateMentions(lang, doc, text, &per_sentence);  // interval in days, normalized value
#pragma once

#include <vector>

#include "extract/mention.h"
#include "extract/numbers/sentence_numbers.h"
#include "lang/language.h"
#include "text/analyzed_text.h"

namespace contraste {

// Appends a kDate mention per temporal expression of `text` and removes the number, year, day,
// duration and quantity mentions that lie inside one ("hace dos meses" is not a duration).
void AddDateMentions(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions);
// The same, reading numbers through the sentence's parses (over `text`), none parsed again.
void AddDateMentions(const Language& lang, const TokenRange& text, const SentenceNumbers& numbers,
                     std::vector<Mention>* mentions);

// Resolves every kDate mention against doc.published: sets interval (days since 1970-01-01, both
// ends included), normalized ("2024-06-19"; empty when unresolved) and unit (the granularity).
void ResolveDateMentions(const Language& lang, const Document& doc, const AnalyzedText& text,
                         std::vector<std::vector<Mention>>* per_sentence);

// True when the clause around tokens [begin, end) of `sentence` points forward in time: a forward
// word, or a verb with a future ending in the original spelling.
bool ClauseLooksForward(const Language& lang, const Document& doc, const AnalyzedText& text,
                        const TokenRange& sentence, size_t begin, size_t end);

}  // namespace contraste
