// Finds temporal expressions in the tokens of one sentence: numeric dates, day + month (+ year),
// month (+ year), years and lists of years, decades, weekdays, relative days and periods,
// "hace" + amount, with the "desde" and "principios de" prefixes. All words come from
// calendar.yaml and time.yaml through the Language.
//
//   for (const TemporalExpression& e : RecognizeTemporal(lang, text.SentenceTokens(s))) { ... }
#pragma once

#include <vector>

#include "extract/numbers/sentence_numbers.h"
#include "extract/time/temporal_expression.h"
#include "lang/language.h"

namespace contraste {

// Expressions in text order, never overlapping. Tokens whose word classes cannot start any
// reading (MayStartAt of both readers; most tokens of a sentence) are skipped after a few bit tests.
std::vector<TemporalExpression> RecognizeTemporal(const Language& lang, const TokenRange& text);
// The same, reading numbers through the sentence's parses (extract/sentence_numbers.h), which
// must be over `text`: what the mention extractor calls, so no number is parsed twice.
std::vector<TemporalExpression> RecognizeTemporal(const Language& lang, const TokenRange& text,
                                                  const SentenceNumbers& numbers);

// The same expressions, found by trying both readers at every token: the reference the tests hold
// RecognizeTemporal's skipping to. Several times slower.
std::vector<TemporalExpression> RecognizeTemporalAtEveryToken(const Language& lang, const TokenRange& text);

}  // namespace contraste
