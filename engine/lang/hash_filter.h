// One bit per word hash, in front of a word table: most article tokens are in no table, and one
// bit test on the hash the token already carries (Token::hash) turns them away before any probe
// of the table. A set bit may be a false positive (another word of the same low 14 bits), so a
// table lookup must follow; a clear bit is a certain miss.
//
//   HashFilter first_words;
//   first_words.Add(TokenHash("marzo"));
//   if (first_words.MayContain(text.Hash(i)) && table.Contains(text, i)) { ... }
//
// Cost: 2 KiB, fixed; Add and MayContain are a shift and a mask. Used by PhraseTable (first words),
// TemporalWordClasses and NumberLexicon.
#pragma once

#include <cstdint>

namespace contraste {

class HashFilter {
 public:
  void Add(uint32_t hash) { bits_[(hash & kMask) >> 6] |= uint64_t{1} << (hash & 63); }
  // False when no hash Add-ed shares the low bits of `hash`.
  bool MayContain(uint32_t hash) const { return (bits_[(hash & kMask) >> 6] >> (hash & 63)) & 1; }

 private:
  static constexpr uint32_t kBits = 1u << 14;
  static constexpr uint32_t kMask = kBits - 1;
  uint64_t bits_[kBits / 64] = {};
};

}  // namespace contraste
