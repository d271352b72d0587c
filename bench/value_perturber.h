// Replacement text for one editable span of a seed article: a perturbed number, another hedge,
// another number or ordinal word of the same group. Replacements are valid UTF-8 (they are ASCII
// digits or whole words from the rule files) and keep a capital first letter.
//
//   SplitMix64 rng(7);
//   PerturbDigits("10.000", rng);   // e.g. "13.412": same thousands grouping
//   PerturbDigits("2024", rng);     // a year stays a nearby year: "2022"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "split_mix.h"
#include "variation_vocabulary.h"

namespace contraste::bench {

// A year (4 digits, 1900-2100) moves by up to 3; a day-sized number (<= 31) stays in 1..31;
// other numbers are scaled by 0.5-1.6 and keep their thousands grouping; decimals change digits.
std::string PerturbDigits(std::string_view digits, SplitMix64& rng);

// Another hedge phrase of the vocabulary followed by a space, or (sometimes) nothing.
std::string SwapHedge(std::string_view original, const VariationVocabulary& vocabulary, SplitMix64& rng);

// Another word of `words` in the same group as `word` (possibly the same one).
std::string SwapWord(std::string_view original, const VocabularyWord& word,
                     const std::vector<VocabularyWord>& words, SplitMix64& rng);

}  // namespace contraste::bench
