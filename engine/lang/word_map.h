// Folded words looked up by the hash each token already carries (Token::hash), so a lookup from
// article text builds no std::string and hashes nothing: it probes an open-addressing table of
// 32-bit hashes and compares the text only when a hash matches. Most tokens of an article are in
// no word list, and most of those misses end at the first probe, on an empty slot or a different
// hash. For single words ("marzo", "ayer", "unos"); multi-word phrases go in a PhraseTable.
//
//   WordMap<int> months;
//   months.Insert(normalizer.Fold("marzo"), 3);         // first insertion of a word wins
//   if (const int* m = months.Find(text, i)) { ... }    // token i of a TokenRange
//   WordSet blockers;  blockers.Insert("por");  blockers.Contains(text, i);
//
// Words are stored as given: fold them (TextNormalizer::Fold) before inserting, as article text
// is folded before it is tokenized. Cost: a lookup is O(1) (load factor at most 1/2); iteration
// visits the words in insertion order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/phrase_table.h"
#include "text/tokenizer.h"

namespace contraste {

template <typename V>
class WordMap {
 public:
  using Entry = std::pair<std::string, V>;

  // Adds `word` with `value`; returns false (and keeps the first value) when it is already there.
  bool Insert(std::string_view word, V value) {
    const uint32_t hash = TokenHash(word);
    if (FindIndex(word, hash) != kNone) return false;
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(word), std::move(value));
    Place(hash, static_cast<uint32_t>(entries_.size() - 1));
    return true;
  }

  // The value of `word` whose TokenHash is `hash`, or nullptr.
  const V* Find(std::string_view word, uint32_t hash) const {
    const uint32_t k = FindIndex(word, hash);
    return k == kNone ? nullptr : &entries_[k].second;
  }
  const V* Find(std::string_view word) const { return Find(word, TokenHash(word)); }
  // The value of token i of `text`, or nullptr (also when i is past the range's end).
  const V* Find(const TokenRange& text, size_t i) const {
    return i < text.end ? Find(text.Text(i), text.Hash(i)) : nullptr;
  }

  bool Contains(std::string_view word) const { return Find(word) != nullptr; }
  bool Contains(const TokenRange& text, size_t i) const { return Find(text, i) != nullptr; }

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  // Words and values in insertion order.
  typename std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  typename std::vector<Entry>::const_iterator end() const { return entries_.end(); }

 private:
  static constexpr uint32_t kNone = 0xffffffffu;
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = kNone;  // into entries_, kNone when the slot is empty
  };

  uint32_t FindIndex(std::string_view word, uint32_t hash) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t s = hash & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.index == kNone) return kNone;
      if (slot.hash == hash && entries_[slot.index].first == word) return slot.index;
    }
  }

  void Place(uint32_t hash, uint32_t index) {
    const size_t mask = slots_.size() - 1;
    size_t s = hash & mask;
    while (slots_[s].index != kNone) s = (s + 1) & mask;
    slots_[s] = {hash, index};
  }

  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
    for (uint32_t k = 0; k < entries_.size(); ++k) Place(TokenHash(entries_[k].first), k);
  }

  std::vector<Slot> slots_;  // size a power of two, at least twice the number of entries
  std::vector<Entry> entries_;
};

// A set of folded words, with WordMap's lookups.
class WordSet {
 public:
  bool Insert(std::string_view word) { return words_.Insert(word, true); }
  bool Contains(std::string_view word) const { return words_.Contains(word); }
  bool Contains(std::string_view word, uint32_t hash) const { return words_.Find(word, hash) != nullptr; }
  bool Contains(const TokenRange& text, size_t i) const { return words_.Contains(text, i); }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

 private:
  WordMap<bool> words_;
};

}  // namespace contraste
