// Multi-word phrase lookup over tokens: "más de", "toneladas métricas", "Palacio del Sol de
// Kumsusan". Phrases and text are both folded, so lookup is an exact comparison of token texts.
// Lookups start from the hash each token carries (Token::hash): a token that starts no phrase
// is rejected by one bit test, without touching its text; the others are found in an
// open-addressing table of first words, and only a hash hit compares text.
//
//   PhraseTable table(/*hyphen_is_space=*/true);
//   table.Add(normalizer.Fold("Kim Jong Un"), 7);
//   for (auto m : table.MatchesAt(text, i)) { /* m.id, m.end (exclusive token index) */ }
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/hash_filter.h"
#include "text/token_range.h"
#include "text/tokenizer.h"

namespace contraste {

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
  // The longest phrase starting at token i, if any. Most tokens start no phrase: that answer is
  // one bit test on the token's hash, inlined here.
  bool LongestAt(const TokenRange& text, size_t i, Match* out) const {
    if (i >= text.end) return false;
    const uint32_t h = text.Hash(i);
    return MayStart(h) && LongestFrom(text, i, h, out);
  }
  // The longest phrase that ends right before token `end` (its last token is end-1).
  bool LongestEndingAt(const TokenRange& text, size_t end, Match* out, size_t* start) const;
  bool empty() const { return groups_.empty(); }
  size_t max_tokens() const { return max_tokens_; }

 private:
  struct Word {
    std::string text;
    uint32_t hash;  // TokenHash(text)
  };
  struct Entry {
    std::vector<Word> rest;  // the words after the first
    int id;
  };
  // The phrases that start with one first word, longest first.
  struct Group {
    std::string first;
    uint32_t hash;  // TokenHash(first)
    std::vector<Entry> entries;
  };
  // A slot of the open-addressing table of first words: a first-word hash and its group.
  struct Slot {
    uint32_t hash = 0;
    uint32_t group = kNoGroup;
  };
  static constexpr uint32_t kNoGroup = 0xffffffffu;
  // False when no phrase starts with a word of hash `h` (true may be a false positive).
  bool MayStart(uint32_t h) const { return first_words_.MayContain(h); }
  bool Skippable(const TokenRange& text, size_t i) const;
  // The group whose first word is token i (of hash h), or nullptr.
  const Group* GroupAt(const TokenRange& text, size_t i, uint32_t h) const;
  bool LongestFrom(const TokenRange& text, size_t i, uint32_t h, Match* out) const;
  // Token index one past `e` matched after its first word at token i, or 0 when it does not match.
  size_t MatchEnd(const TokenRange& text, size_t i, const Entry& e) const;
  void Place(uint32_t hash, uint32_t group);

  bool hyphen_is_space_;
  size_t max_tokens_ = 0;
  std::vector<Group> groups_;
  std::vector<Slot> slots_;  // size a power of two, at least twice the number of groups
  HashFilter first_words_;  // hashes of the first words
};

}  // namespace contraste
