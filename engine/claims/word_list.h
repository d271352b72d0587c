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
#include <string>
#include <string_view>
#include <unordered_set>

namespace contraste {

inline constexpr size_t kScannedWordList = 16;

inline bool InWordList(const std::unordered_set<std::string>& words, std::string_view word) {
  if (words.size() > kScannedWordList) return words.count(std::string(word)) > 0;
  for (const std::string& w : words) {
    if (w.size() == word.size() && w == word) return true;
  }
  return false;
}

}  // namespace contraste
