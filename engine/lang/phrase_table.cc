#include "lang/phrase_table.h"

#include <algorithm>

namespace contraste {

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
  auto it = by_first_.find(std::string(text.Text(i)));
  if (it == by_first_.end()) return out;
  for (const Entry& e : it->second) {
    size_t j = i + 1;
    bool ok = true;
    for (const std::string& w : e.rest) {
      while (j < text.end && Skippable(text, j)) ++j;
      if (j >= text.end || text.Text(j) != w) {
        ok = false;
        break;
      }
      ++j;
    }
    if (ok) out.push_back({e.id, j});
  }
  return out;
}

bool PhraseTable::LongestAt(const TokenRange& text, size_t i, Match* out) const {
  auto all = MatchesAt(text, i);
  if (all.empty()) return false;
  *out = all.front();
  return true;
}

bool PhraseTable::LongestEndingAt(const TokenRange& text, size_t end, Match* out, size_t* start) const {
  bool found = false;
  for (size_t len = 1; len <= max_tokens_ && len <= end - text.begin; ++len) {
    size_t s = end - len;
    for (const Match& m : MatchesAt(text, s)) {
      if (m.end == end) {
        *out = m;
        *start = s;
        found = true;
        break;
      }
    }
  }
  return found;
}

}  // namespace contraste
