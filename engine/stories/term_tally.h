// Occurrences of story terms counted by key (stories/story_terms.h), in one open-addressing table
// sized for the most occurrences a document can give: no sort of the occurrences and no hash map
// node per term. Each key keeps where its text is read from: the first mention of a name (in the
// order added), else the entity a name stands for or lies in, else the first token of a word.
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

  explicit TermTally(size_t most) {
    size_t size = 16;
    while (size < 2 * most) size *= 2;
    slots_.resize(size);
  }

  void Add(uint64_t key, const Where& where) {
    const size_t mask = slots_.size() - 1;
    size_t s = static_cast<size_t>(key ^ (key >> 29)) & mask;
    while (slots_[s].count != 0 && slots_[s].key != key) s = (s + 1) & mask;
    Slot& slot = slots_[s];
    if (slot.count == 0) {
      slot.key = key;
      slot.where = where;
      ++distinct_;
    } else if (Before(where, slot.where)) {
      slot.where = where;
    }
    ++slot.count;
  }

  size_t distinct() const { return distinct_; }

  // Calls f(key, count, where) for every key counted, in no particular order.
  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.count != 0) f(s.key, s.count, s.where);
    }
  }

 private:
  struct Slot {
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
  std::vector<Slot> slots_;
  size_t distinct_ = 0;
};

}  // namespace contraste
