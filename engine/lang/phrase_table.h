// Multi-word phrase lookup over tokens: "más de", "toneladas métricas", "Palacio del Sol de
// Kumsusan". Phrases and text are both folded, so lookup is an exact comparison of token texts.
// Lookups start from the hash each token carries (Token::hash): a token that starts no phrase
// is rejected by one bit test, without touching its text.
//
//   PhraseTable table(/*hyphen_is_space=*/true);
//   table.Add(normalizer.Fold("Kim Jong Un"), 7);
//   for (auto m : table.MatchesAt(text, i)) { /* m.id, m.end (exclusive token index) */ }
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/tokenizer.h"

namespace contraste {

// The tokens of one sentence (or any range) over folded text.
struct TokenRange {
  std::string_view folded;
  const std::vector<Token>* tokens = nullptr;
  size_t begin = 0;  // token indices [begin, end)
  size_t end = 0;

  std::string_view Text(size_t i) const {
    const Token& t = (*tokens)[i];
    return folded.substr(t.begin, t.end - t.begin);
  }
  const Token& At(size_t i) const { return (*tokens)[i]; }
  // TokenHash of Text(i), computed when the text was tokenized.
  uint32_t Hash(size_t i) const { return (*tokens)[i].hash; }
};

class PhraseTable {
 public:
  explicit PhraseTable(bool hyphen_is_space = false) : hyphen_is_space_(hyphen_is_space) {}

  // `folded_phrase` is tokenized like article text; returns false when it has no tokens.
  bool Add(std::string_view folded_phrase, int id);

  struct Match {
    int id;
    size_t end;  // token index one past the match
  };
  // Every phrase that starts at token i, longest first.
  std::vector<Match> MatchesAt(const TokenRange& text, size_t i) const;
  // The longest phrase starting at token i, if any.
  bool LongestAt(const TokenRange& text, size_t i, Match* out) const;
  // The longest phrase that ends right before token `end` (its last token is end-1).
  bool LongestEndingAt(const TokenRange& text, size_t end, Match* out, size_t* start) const;
  bool empty() const { return by_first_.empty(); }
  size_t max_tokens() const { return max_tokens_; }

 private:
  struct Word {
    std::string text;
    uint32_t hash;  // TokenHash(text)
  };
  struct Entry {
    std::string first;  // the first word (entries of one list may differ in it when hashes collide)
    std::vector<Word> rest;
    int id;
  };
  static constexpr size_t kFilterBits = 1 << 14;
  bool Skippable(const TokenRange& text, size_t i) const;
  // The entries whose first word may be token i (same hash), or nullptr; most tokens are rejected
  // by a bit filter on their hash.
  const std::vector<Entry>* EntriesAt(const TokenRange& text, size_t i) const;
  // Token index one past `e` matched at token i, or 0 when it does not match.
  size_t MatchEnd(const TokenRange& text, size_t i, const Entry& e) const;
  bool hyphen_is_space_;
  size_t max_tokens_ = 0;
  std::unordered_map<uint32_t, std::vector<Entry>> by_first_;  // by TokenHash of the first word
  std::bitset<kFilterBits> first_word_filter_;                 // bit hash % kFilterBits of first words
};

}  // namespace contraste
