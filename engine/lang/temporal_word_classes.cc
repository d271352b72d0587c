#include "lang/temporal_word_classes.h"

namespace contraste {

TemporalWordClasses::Word& TemporalWordClasses::Entry(std::string_view word) {
  if (const uint32_t* k = index_.Find(word)) return words_[*k];
  index_.Insert(word, static_cast<uint32_t>(words_.size()));
  filter_.Add(TokenHash(word));
  return words_.emplace_back();
}

void TemporalWordClasses::Add(std::string_view word, uint64_t classes) {
  if (classes != 0) Entry(word).classes |= classes;
}

void TemporalWordClasses::AddFirstWord(std::string_view folded_phrase, uint64_t classes) {
  std::vector<Token> tokens;
  Tokenize(folded_phrase, 0, folded_phrase.size(), &tokens);
  if (tokens.empty() || classes == 0) return;
  auto word = [&](size_t k) { return folded_phrase.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  Word& first = Entry(word(0));
  if (tokens.size() == 1) {
    first.classes |= classes | kOneWordPhrase;
    first.whole |= classes;
    return;
  }
  first.classes |= classes;
  Word& second = Entry(word(1));
  second.classes |= kPhraseSecondWord;
  second.second |= classes;
}

void TemporalWordClasses::AddAll(const TemporalWordClasses& other) {
  for (const auto& [word, k] : other.index_) {
    const Word& w = other.words_[k];
    Word& mine = Entry(word);
    mine.classes |= w.classes;
    mine.whole |= w.whole;
    mine.second |= w.second;
  }
}

}  // namespace contraste
