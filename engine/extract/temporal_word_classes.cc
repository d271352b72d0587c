#include "extract/temporal_word_classes.h"

namespace contraste {

void TemporalWordClasses::Add(std::string_view word, uint64_t classes) {
  if (classes == 0) return;
  if (const uint32_t* k = index_.Find(word)) {
    classes_[*k] |= classes;
    return;
  }
  index_.Insert(word, static_cast<uint32_t>(classes_.size()));
  classes_.push_back(classes);
}

void TemporalWordClasses::AddFirstWord(std::string_view folded_phrase, uint64_t classes) {
  std::vector<Token> tokens;
  Tokenize(folded_phrase, 0, folded_phrase.size(), &tokens);
  if (tokens.empty() || classes == 0) return;
  auto word = [&](size_t k) { return folded_phrase.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  Add(word(0), tokens.size() == 1 ? classes | kOneWordPhrase : classes);
  if (tokens.size() > 1) Add(word(1), kPhraseSecondWord);
}

void TemporalWordClasses::AddAll(const TemporalWordClasses& other) {
  for (const auto& [word, k] : other.index_) Add(word, other.classes_[k]);
}

}  // namespace contraste
