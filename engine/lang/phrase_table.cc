#include "lang/phrase_table.h"

#include <algorithm>
#include <cstdint>

namespace contraste {

namespace {

// a == b, compared inline: the words compared here are short (most under 8 bytes, "de", "más"),
// and they are compared on every hash hit, where a call to memcmp costs more than the comparison.
inline bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

}  // namespace

const PhraseTable::Group* PhraseTable::GroupAt(const TokenRange& text, size_t i, uint32_t h) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.group == kNoGroup) return nullptr;
    if (slot.hash == h && SameWord(groups_[slot.group].first, text.Text(i))) return &groups_[slot.group];
  }
}

size_t PhraseTable::MatchEnd(const TokenRange& text, size_t i, const Entry& e) const {
  size_t j = i + 1;
  for (const Word& w : e.rest) {
    while (j < text.end && Skippable(text, j)) ++j;
    if (j >= text.end || text.Hash(j) != w.hash || !SameWord(text.Text(j), w.text)) return 0;
    ++j;
  }
  return j;
}

bool PhraseTable::Skippable(const TokenRange& text, size_t i) const {
  return hyphen_is_space_ && text.At(i).kind == TokenKind::kPunct && text.Text(i) == "-";
}

void PhraseTable::Place(uint32_t hash, uint32_t group) {
  const size_t mask = slots_.size() - 1;
  size_t s = hash & mask;
  while (slots_[s].group != kNoGroup) s = (s + 1) & mask;
  slots_[s] = {hash, group};
}

bool PhraseTable::Add(std::string_view folded_phrase, int id) {
  std::vector<Token> toks;
  Tokenize(folded_phrase, 0, folded_phrase.size(), &toks);
  std::vector<Word> words;
  for (const Token& t : toks) {
    std::string_view w = folded_phrase.substr(t.begin, t.end - t.begin);
    if (hyphen_is_space_ && w == "-") continue;
    words.push_back({std::string(w), t.hash});
  }
  if (words.empty()) return false;
  max_tokens_ = std::max(max_tokens_, words.size());
  const Word& first = words.front();
  Entry e{std::vector<Word>(words.begin() + 1, words.end()), id};
  Group* group = nullptr;
  if (!slots_.empty()) {
    const size_t mask = slots_.size() - 1;
    for (size_t s = first.hash & mask; slots_[s].group != kNoGroup && !group; s = (s + 1) & mask) {
      Group& g = groups_[slots_[s].group];
      if (g.hash == first.hash && g.first == first.text) group = &g;
    }
  }
  if (!group) {
    groups_.push_back({first.text, first.hash, {}});
    group = &groups_.back();
    first_words_.Add(first.hash);
    if (groups_.size() * 2 > slots_.size()) {
      slots_.assign(std::max<size_t>(16, slots_.size() * 2), Slot{});
      for (uint32_t g = 0; g < groups_.size(); ++g) Place(groups_[g].hash, g);
    } else {
      Place(first.hash, static_cast<uint32_t>(groups_.size() - 1));
    }
  }
  auto same_rest = [](const Entry& a, const Entry& b) {
    if (a.rest.size() != b.rest.size()) return false;
    for (size_t k = 0; k < a.rest.size(); ++k) {
      if (a.rest[k].text != b.rest[k].text) return false;
    }
    return true;
  };
  // Keep one entry per phrase: the first added wins (data files list the preferred reading first).
  std::vector<Entry>& list = group->entries;
  for (const Entry& old : list) {
    if (same_rest(old, e)) return true;
  }
  list.push_back(std::move(e));
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  return true;
}

std::vector<PhraseTable::Match> PhraseTable::MatchesAt(const TokenRange& text, size_t i) const {
  std::vector<Match> out;
  if (i >= text.end) return out;
  const uint32_t h = text.Hash(i);
  const Group* group = MayStart(h) ? GroupAt(text, i, h) : nullptr;
  if (!group) return out;
  for (const Entry& e : group->entries) {
    if (size_t end = MatchEnd(text, i, e)) out.push_back({e.id, end});
  }
  return out;
}

bool PhraseTable::LongestFrom(const TokenRange& text, size_t i, uint32_t h, Match* out) const {
  const Group* group = GroupAt(text, i, h);
  if (!group) return false;
  for (const Entry& e : group->entries) {  // longest first
    if (size_t end = MatchEnd(text, i, e)) {
      *out = {e.id, end};
      return true;
    }
  }
  return false;
}

bool PhraseTable::LongestEndingAt(const TokenRange& text, size_t end, Match* out, size_t* start) const {
  bool found = false;
  for (size_t len = 1; len <= max_tokens_ && len <= end - text.begin; ++len) {
    size_t s = end - len;
    if (s >= text.end) continue;
    const uint32_t h = text.Hash(s);
    const Group* group = MayStart(h) ? GroupAt(text, s, h) : nullptr;
    if (!group) continue;
    for (const Entry& e : group->entries) {
      if (MatchEnd(text, s, e) == end) {
        *out = {e.id, end};
        *start = s;
        found = true;
        break;
      }
    }
  }
  return found;
}

}  // namespace contraste
