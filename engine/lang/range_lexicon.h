// The words of number ranges of one language (rules/<lang>/ranges.yaml): the openers and connectors
// of two-bound ranges ("entre ... y ..."), comparisons before and after a number ("mayor que",
// "o más"), the words that join a lower and an upper comparison, minus signs and articles.
// Comparison hedges (hedges.yaml: "más de", "al menos") are not repeated here; the recognizer
// reads them from Language::hedges.
//
//   RangeLexicon lex;
//   if (Status s = LoadRangeLexicon("rules/es", normalizer, &lex); !s) { /* file:line:col */ }
//   lex.before.LongestAt(tokens, i, &m);  // static_cast<RangeBound>(m.id)
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"

namespace contraste {

class TextNormalizer;

// What one comparison says of the number it goes with.
enum class RangeBound { kAbove, kAtLeast, kBelow, kAtMost, kEqual };

struct RangeLexicon {
  PhraseTable openers;                  // "entre"; id indexes `connectors`
  std::vector<PhraseTable> connectors;  // per opener: the words between its two numbers ("y", "e")
  PhraseTable dashes;                   // "20-30"
  bool span_upper_open = true;          // notation of a two-bound range's upper bound: [20,30)
  PhraseTable before;                   // "mayor que"; id = RangeBound
  PhraseTable after;                    // "o más"; id = RangeBound (at_least or at_most)
  PhraseTable or_equal;                 // "o igual": a strict comparison includes its number
  PhraseTable joins;                    // "y", "pero", ","
  PhraseTable negatives;                // "menos", "-"
  PhraseTable articles;                 // "el", "la"
  // Between the two numbers of a ratio ("ocho de cada diez", "one in five", "three out of four"):
  // a share, never a count of the second number's noun.
  PhraseTable ratios;
  // The cardinal words of numbers.yaml, filled by the language loader: a word outside it starts no
  // number, so the recognizer parses only where one may start (it runs on every token).
  PhraseTable number_words;
};

// Reads `dir`/ranges.yaml; a missing file leaves `out` empty (the language has no ranges).
Status LoadRangeLexicon(const std::string& dir, TextNormalizer& norm, RangeLexicon* out);

}  // namespace contraste
