// What a language says about grouping articles into stories (rules/<lang>/stories.yaml): the words
// that say nothing about which story an article tells (function words, the generic words of news),
// and the thresholds of the grouping (stories/story_grouping.h).
//
//   StoryLexicon lex;
//   if (Status s = LoadStoryLexicon("rules/es", normalizer, &lex); !s) { /* file:line:col */ }
//   lex.stop_words.Contains(tokens, i);
#pragma once

#include <string>

#include "core/error.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;

struct StoryLexicon {
  WordSet stop_words;        // folded words that are no story term
  int lead_sentences = 4;    // content words come from the first sentences (the title among them)
  int min_word_letters = 4;  // shorter words are no story term (bytes of the folded word)
  int max_terms = 40;        // the document's strongest terms kept for grouping
  double name_weight = 2.0;  // a name counts this many times a content word
  // Two documents are one story when the cosine of their tf-idf vectors reaches min_similarity,
  // or min_similarity_far when both are dated and published more than near_days apart.
  double min_similarity = 0.2;
  double min_similarity_far = 0.35;
  int near_days = 30;
  // Through one term a document meets at most this many later documents that hold it (the next
  // ones): the grouping costs at most this many steps per term of a document.
  int max_documents_per_term = 64;
  // Rarity (idf) is reckoned as if the corpus had at least this many documents, the others holding
  // none of its terms: in a corpus of one story's four articles every shared name would otherwise
  // weigh no more than a word of one article, and the story would fall apart. Kept small: the more
  // background, the more two stories of one kind ("incendio", "nave") read as one.
  int background_documents = 0;
};

// Reads `dir`/stories.yaml; a missing file leaves the defaults (no stop words).
Status LoadStoryLexicon(const std::string& dir, TextNormalizer& norm, StoryLexicon* out);

}  // namespace contraste
