// Occurrences of story terms counted by key (stories/story_terms.h), in one open-addressing table
// of 4-byte slots sized for the most occurrences a document can give, over a dense list of the
// distinct terms: no sort of the occurrences and no hash map node per term. Each key keeps where
// its text is read from: the first mention of a name (in the order added), else the entity a name
// stands for or lies in, else the first token of a word.
//
//   TermTally tally(most_occurrences);
//   tally.Add(key, {&mention, nullptr, 0});
//   tally.ForEach([](uint64_t key, uint32_t count, const TermTally::Where& where) { ... });
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/mention.h"

namespace contraste {

class TermTally {
 public:
  struct Where {
    const Mention* name = nullptr;        // the mention of a name, or null
    const std::string* related = nullptr; // the id of an entity a named one stands for or lies in
    uint32_t token = 0;                   // a word's token
  };

  // A table for at most `most` occurrences (so at most that many distinct keys).
  explicit TermTally(size_t most) {
    size_t size = 16;
    while (size < 2 * most) size *= 2;
    slots_.assign(size, kEmpty);
    terms_.reserve(most < 256 ? most : 256);
  }

  void Add(uint64_t key, const Where& where) {
    const size_t mask = slots_.size() - 1;
    size_t s = static_cast<size_t>(key ^ (key >> 29)) & mask;
    while (slots_[s] != kEmpty && terms_[slots_[s]].key != key) s = (s + 1) & mask;
    if (slots_[s] == kEmpty) {
      slots_[s] = static_cast<uint32_t>(terms_.size());
      terms_.push_back({key, 1, where});
      return;
    }
    Term& term = terms_[slots_[s]];
    if (Before(where, term.where)) term.where = where;
    ++term.count;
  }

  size_t distinct() const { return terms_.size(); }

  // Calls f(key, count, where) for every key counted, in the order first added.
  template <typename F>
  void ForEach(F&& f) const {
    for (const Term& t : terms_) f(t.key, t.count, t.where);
  }

 private:
  static constexpr uint32_t kEmpty = 0xffffffffu;
  struct Term {
    uint64_t key = 0;
    uint32_t count = 0;
    Where where;
  };
  // Whether `a` gives a term's text rather than `b`, added earlier: a mention before any other
  // occurrence, then the earlier token.
  static bool Before(const Where& a, const Where& b) {
    if ((a.name != nullptr) != (b.name != nullptr)) return a.name != nullptr;
    return a.token < b.token;
  }
  std::vector<uint32_t> slots_;  // index into terms_, or kEmpty
  std::vector<Term> terms_;
};

}  // namespace contraste
