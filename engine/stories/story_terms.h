// What an article is about, as terms for story grouping (stories/story_grouping.h): the names it
// mentions (gazetteer ids and names of unknown kind) and the content words of its first
// `lead_sentences` sentences, the title among them (folded words outside the language's stop words),
// each weighted by how often it occurs, a name `name_weight` times a word. Only the `max_terms`
// strongest are kept.
//
//   StoryTerms t = CollectStoryTerms(lang, text, mentions_per_sentence);
//   t.terms  // sorted by key; each {key, weight, text, name}
//
// Cost: one look at every entity mention, a stop-word lookup (on the hash the token carries) for
// each word of the lead, each occurrence counted in a hash table (stories/term_tally.h), and a
// partial sort of the distinct terms; no string is built but for the kept terms. A term's text is
// read from its first mention in the text (names), else its first occurrence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/mention.h"
#include "lang/language.h"
#include "text/analyzed_text.h"

namespace contraste {

struct StoryTerm {
  uint64_t key = 0;    // hash of the term: a name's id or a folded word, kept apart by a prefix
  double weight = 0;   // (1 + ln count), times name_weight for a name
  std::string text;    // for labels: the name as the gazetteer or the article writes it, the word
  bool name = false;
};

struct StoryTerms {
  std::vector<StoryTerm> terms;  // sorted by key, distinct keys
};

// The key of a name's id ("kim-jong-un", "name:real betis") and of a folded word.
uint64_t StoryNameKey(std::string_view id);
uint64_t StoryWordKey(std::string_view folded_word);

StoryTerms CollectStoryTerms(const Language& lang, const AnalyzedText& text,
                             const std::vector<std::vector<Mention>>& mentions);

}  // namespace contraste
