// Groups the documents of a corpus into stories: articles that tell the same story share salient
// terms (stories/story_terms.h). Each term weighs its count times its rarity across the corpus
// (tf-idf: ln((1 + N) / (1 + df)) + 1); two documents whose weighted term vectors have a cosine of
// at least min_similarity are one story (min_similarity_far when both are dated and published more
// than near_days apart: articles years apart need more in common), and stories are the connected
// components of that relation. The thresholds are language data (rules/<lang>/stories.yaml).
//
//   StoryGrouping g = GroupStories(lang.stories, docs, terms_per_doc);
//   g.stories[g.story_of_doc[d]].id      // the id of the story of document d
//
// A story's id is the smallest id of its documents, so it does not change when an article of
// another story joins the corpus nor with the order documents come in; its label names its
// strongest terms, names first.
// Pairs are found through an inverted index of the terms: through one term, a document meets the
// next max_documents_per_term documents that hold it (all of them for a rarer term), so the cost
// grows with the documents times their terms times that bound, never with all pairs; a term that
// every document holds still chains them, band by band. Deterministic: the same corpus, the same
// stories, whatever the order of hash maps.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lang/story_lexicon.h"
#include "stories/story_terms.h"
#include "text/document.h"

namespace contraste {

struct Story {
  std::string id;           // the smallest id of its documents
  std::string label;        // its strongest terms: "DANA, Ribera, Algemesí"
  std::vector<size_t> docs; // document indices, ascending
};

struct StoryGrouping {
  std::vector<uint32_t> story_of_doc;  // index into `stories`
  std::vector<Story> stories;          // in the order of their first document
};

// `threads` score the pairs (the same stories for any number).
StoryGrouping GroupStories(const StoryLexicon& lex, const std::vector<Document>& docs,
                           const std::vector<StoryTerms>& terms, size_t threads = 1);

}  // namespace contraste
