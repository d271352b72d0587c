#include "lang/phrase_table.h"

#include <algorithm>
#include <cstdint>

namespace contraste {

const std::vector<PhraseTable::Entry>* PhraseTable::EntriesAt(const TokenRange& text, size_t i) const {
  const uint32_t h = text.Hash(i);
  if (!first_word_filter_.test(h % kFilterBits)) return nullptr;
  auto it = by_first_.find(h);
  return it == by_first_.end() ? nullptr : &it->second;
}

size_t PhraseTable::MatchEnd(const TokenRange& text, size_t i, const Entry& e) const {
  if (text.Text(i) != e.first) return 0;
  size_t j = i + 1;
  for (const Word& w : e.rest) {
    while (j < text.end && Skippable(text, j)) ++j;
    if (j >= text.end || text.Hash(j) != w.hash || text.Text(j) != w.text) return 0;
    ++j;
  }
  return j;
}

bool PhraseTable::Skippable(const TokenRange& text, size_t i) const {
  return hyphen_is_space_ && text.At(i).kind == TokenKind::kPunct && text.Text(i) == "-";
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
  Entry e{words.front().text, std::vector<Word>(words.begin() + 1, words.end()), id};
  first_word_filter_.set(words.front().hash % kFilterBits);
  auto& list = by_first_[words.front().hash];
  auto same_words = [](const Entry& a, const Entry& b) {
    if (a.first != b.first || a.rest.size() != b.rest.size()) return false;
    for (size_t k = 0; k < a.rest.size(); ++k) {
      if (a.rest[k].text != b.rest[k].text) return false;
    }
    return true;
  };
  // Keep one entry per phrase: the first added wins (data files list the preferred reading first).
  for (const Entry& old : list) {
    if (same_words(old, e)) return true;
  }
  list.push_back(std::move(e));
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  return true;
}

std::vector<PhraseTable::Match> PhraseTable::MatchesAt(const TokenRange& text, size_t i) const {
  std::vector<Match> out;
  if (i >= text.end) return out;
  const std::vector<Entry>* entries = EntriesAt(text, i);
  if (!entries) return out;
  for (const Entry& e : *entries) {
    if (size_t end = MatchEnd(text, i, e)) out.push_back({e.id, end});
  }
  return out;
}

bool PhraseTable::LongestAt(const TokenRange& text, size_t i, Match* out) const {
  if (i >= text.end) return false;
  const std::vector<Entry>* entries = EntriesAt(text, i);
  if (!entries) return false;
  for (const Entry& e : *entries) {  // longest first
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
    const std::vector<Entry>* entries = s < text.end ? EntriesAt(text, s) : nullptr;
    if (!entries) continue;
    for (const Entry& e : *entries) {
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
