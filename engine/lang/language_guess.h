// Which language a document is written in, when neither its manifest nor its front matter says:
// the language whose function words (rules/<lang>/function_words.yaml: articles, prepositions,
// conjunctions, pronouns, the commonest verbs) occur most often among its words. A short list per
// language is enough on news text: "the", "of", "and" against "de", "la", "que".
//
//   FunctionWords words;
//   if (Status s = LoadFunctionWords("rules/en", normalizer, &words); !s) { /* file:line:col */ }
//   LanguageGuess g = GuessLanguage({{"en", &en_words}, {"es", &es_words}}, folded_text);
//   if (!g.code.empty()) { /* g.hits of g.words counted */ }
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;

struct FunctionWords {
  WordSet words;  // folded
  // `fallback: true`: the language assumed for a document whose words tell none and whose corpus
  // tells none either (one language of a rule set at most).
  bool fallback = false;
  bool empty() const { return words.empty(); }
};

// Reads `dir`/function_words.yaml (`function_words`: a list of words; `fallback`: a boolean). A
// missing file leaves the list empty: that language is never guessed. Phrases of several words
// are errors.
Status LoadFunctionWords(const std::string& dir, TextNormalizer& normalizer, FunctionWords* out);

struct LanguageGuess {
  std::string code;      // empty: no language has more function words than every other
  size_t hits = 0;       // function words of `code` among the text's words
  size_t runner_up = 0;  // function words of the next best language
  size_t words = 0;      // words read
};

// The language of folded text (TextNormalizer::Fold) by its function words. Ties, and text holding
// none of any language's, guess nothing.
LanguageGuess GuessLanguage(const std::vector<std::pair<std::string, const FunctionWords*>>& languages,
                            std::string_view folded);

}  // namespace contraste
