// Multi-word phrase lookup over tokens: "más de", "toneladas métricas", "Palacio del Sol de
// Kumsusan". Phrases and text are both folded, so lookup is an exact comparison of token texts.
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
  struct Entry {
    std::vector<std::string> rest;
    int id;
  };
  // Lookup by string_view without building a std::string (FNV-1a: words are short).
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view w) const noexcept;
  };
  bool Skippable(const TokenRange& text, size_t i) const;
  // The entries whose first word is token i, or nullptr; most tokens are rejected by a bit filter
  // on (length, first byte, last byte) before any hashing.
  const std::vector<Entry>* EntriesAt(const TokenRange& text, size_t i) const;
  // Token index one past `e` matched after token i, or 0 when it does not match.
  size_t MatchEnd(const TokenRange& text, size_t i, const Entry& e) const;
  static size_t FilterBit(std::string_view w);
  bool hyphen_is_space_;
  size_t max_tokens_ = 0;
  std::unordered_map<std::string, std::vector<Entry>, WordHash, std::equal_to<>> by_first_;
  std::bitset<4096> first_word_filter_;
};

}  // namespace contraste
