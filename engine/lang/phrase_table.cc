#include "lang/phrase_table.h"

#include <algorithm>
#include <cstdint>

namespace contraste {

size_t PhraseTable::WordHash::operator()(std::string_view w) const noexcept {
  uint64_t h = 14695981039346656037ull;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<size_t>(h);
}

size_t PhraseTable::FilterBit(std::string_view w) {
  const size_t first = static_cast<unsigned char>(w.front());
  const size_t last = static_cast<unsigned char>(w.back());
  return (w.size() * 131 + first * 31 + last * 7) % 4096;
}

const std::vector<PhraseTable::Entry>* PhraseTable::EntriesAt(const TokenRange& text, size_t i) const {
  std::string_view w = text.Text(i);
  if (w.empty() || !first_word_filter_.test(FilterBit(w))) return nullptr;
  auto it = by_first_.find(w);
  return it == by_first_.end() ? nullptr : &it->second;
}

size_t PhraseTable::MatchEnd(const TokenRange& text, size_t i, const Entry& e) const {
  size_t j = i + 1;
  for (const std::string& w : e.rest) {
    while (j < text.end && Skippable(text, j)) ++j;
    if (j >= text.end || text.Text(j) != w) return 0;
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
  std::vector<std::string> words;
  for (const Token& t : toks) {
    std::string_view w = folded_phrase.substr(t.begin, t.end - t.begin);
    if (hyphen_is_space_ && w == "-") continue;
    words.emplace_back(w);
  }
  if (words.empty()) return false;
  max_tokens_ = std::max(max_tokens_, words.size());
  Entry e{std::vector<std::string>(words.begin() + 1, words.end()), id};
  first_word_filter_.set(FilterBit(words.front()));
  auto& list = by_first_[words.front()];
  // Keep one entry per phrase: the first added wins (data files list the preferred reading first).
  for (const Entry& old : list) {
    if (old.rest == e.rest) return true;
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
