// Whether a folded word of the article is in one of the short word lists the rules give the claim
// stage (venues.yaml prepositions, articles, links and blockers; attribution.yaml stop words),
// which the loader keeps as std::unordered_set<std::string>.
//
//   if (InWordList(lang.venues.prepositions, text.Text(i))) { ... }
//
// Cost: a list of up to kScannedWordList words (all of them today) is scanned, comparing lengths
// first, without building a std::string or hashing the word; a longer list is hashed as usual.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

namespace contraste {

inline constexpr size_t kScannedWordList = 16;

inline bool InWordList(const std::unordered_set<std::string>& words, std::string_view word) {
  if (words.size() > kScannedWordList) return words.count(std::string(word)) > 0;
  for (const std::string& w : words) {
    if (w.size() != word.size()) continue;
    // Words are a few bytes long: compared in place rather than through a call to memcmp.
    size_t k = 0;
    while (k < w.size() && w[k] == word[k]) ++k;
    if (k == w.size()) return true;
  }
  return false;
}

// A quick necessary test for a word list, for a check made at every token: a word can only be
// in the list when some word of the list has its length and its first byte. Built in one pass over
// the list, without allocating; a word that passes is then looked up with InWordList.
//
//   const WordListFilter may_be(lang.venues.prepositions);
//   if (may_be.MayContain(word) && InWordList(lang.venues.prepositions, word)) { ... }
class WordListFilter {
 public:
  explicit WordListFilter(const std::unordered_set<std::string>& words) {
    for (const std::string& w : words) {
      lengths_ |= uint64_t{1} << LengthBit(w.size());
      if (!w.empty()) first_bytes_[static_cast<uint8_t>(w[0]) >> 6] |= uint64_t{1} << (static_cast<uint8_t>(w[0]) & 63);
    }
  }
  bool MayContain(std::string_view word) const {
    if (!((lengths_ >> LengthBit(word.size())) & 1)) return false;
    if (word.empty()) return true;
    const auto c = static_cast<uint8_t>(word[0]);
    return ((first_bytes_[c >> 6] >> (c & 63)) & 1) != 0;
  }

 private:
  static size_t LengthBit(size_t length) { return length < 63 ? length : 63; }  // 63: that long or longer
  uint64_t lengths_ = 0;          // bit n: a word of n bytes
  uint64_t first_bytes_[4] = {};  // bit b: a word starting with byte b
};

}  // namespace contraste
