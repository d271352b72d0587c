// The words the corpus generator may swap, read from a language's rule files so that no word of
// any language is written in C++: hedge phrases (hedges.yaml), cardinal number words by role and
// ordinal words (numbers.yaml), each in print form and folded for matching.
//
//   auto vocab = LoadVariationVocabulary("rules/es", engine.normalizer());
//   if (!vocab) { std::cerr << vocab.error().ToString() << "\n"; }   // file:line:col: message
//   const VocabularyWord* w = vocab->FindNumberWord(normalizer.Fold("dos"));
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "text/normalizer.h"

namespace contraste::bench {

struct VocabularyWord {
  std::string print;   // as written in the rule file ("dieciséis")
  std::string folded;  // as the normalizer folds it ("dieciseis")
  int group = 0;       // words of one group may replace each other (number role, ordinal ending)
};

struct VariationVocabulary {
  std::vector<std::string> hedge_phrases;           // every hedge phrase, print form, file order
  std::vector<std::string> hedge_phrases_folded;    // same order
  std::vector<VocabularyWord> number_words;         // cardinals of the unit, teen and tens roles
  std::vector<VocabularyWord> ordinal_words;

  // The number word or ordinal whose folded form is `folded`, or nullptr.
  const VocabularyWord* FindNumberWord(const std::string& folded) const;
  const VocabularyWord* FindOrdinalWord(const std::string& folded) const;
  // Every word of `words` in the same group as `w` (w included).
  static std::vector<const VocabularyWord*> SameGroup(const std::vector<VocabularyWord>& words,
                                                      const VocabularyWord& w);

  std::unordered_map<std::string, size_t> number_index;   // folded -> index in number_words
  std::unordered_map<std::string, size_t> ordinal_index;  // folded -> index in ordinal_words
};

// Reads <lang_dir>/hedges.yaml and <lang_dir>/numbers.yaml. Missing keys are errors with file:line:col.
Result<VariationVocabulary> LoadVariationVocabulary(const std::string& lang_dir, TextNormalizer& normalizer);

}  // namespace contraste::bench
