#include "claims/date_happenings.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/normalizer.h"

namespace contraste {

namespace {

constexpr size_t kSharedInSentence = 2;
// Dates that may also conflict: of two articles, told in the same words right around them (two of the
// two content stems before and the two after each date, within its clause) and in their sentences.
constexpr size_t kSharedAround = 2;
constexpr size_t kSharedInSentenceToConflict = 3;
constexpr size_t kAroundEachSide = 2;
constexpr size_t kStemBytes = 6;       // "registrado" and "registró" are one stem
constexpr size_t kMostDatesJoined = 256;  // a larger group is left as it is (pairs grow with its square)

bool WordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

// A capital first letter: ASCII, or a two-byte Latin-1 capital ("Écija", "Ñ").
bool Capitalized(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 && static_cast<unsigned char>(w[1]) <= 0x9E;
}

// A byte that ends a clause: "," ";" ":" "(" ")", but not a decimal comma ("46,8").
bool ClauseBreak(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == ';' || c == ':' || c == '(' || c == ')') return true;
  if (c != ',') return false;
  const bool digit_before = i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
  const bool digit_after = i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9';
  return !(digit_before && digit_after);
}

// The content stems of bytes [b, e) of `s`, in text order.
std::vector<std::string> StemsInOrder(const Language& lang, TextNormalizer& norm, std::string_view s, size_t b, size_t e) {
  std::vector<std::string> out;
  size_t i = b;
  while (i < e) {
    if (!WordByte(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < e && WordByte(static_cast<unsigned char>(s[j]))) ++j;
    const std::string_view word = s.substr(i, j - i);
    i = j;
    if (Capitalized(word)) continue;  // a name: who, not what happened
    std::string folded = norm.Fold(word);
    if (folded.size() < static_cast<size_t>(lang.stories.min_word_letters) || lang.stories.stop_words.Contains(folded)) continue;
    folded.resize(std::min(folded.size(), kStemBytes));
    out.push_back(std::move(folded));
  }
  return out;
}

void SortDistinct(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// The content stems of bytes [b, e) of `s`, sorted and distinct.
std::vector<std::string> Stems(const Language& lang, TextNormalizer& norm, std::string_view s, size_t b, size_t e) {
  std::vector<std::string> out = StemsInOrder(lang, norm, s, b, e);
  SortDistinct(&out);
  return out;
}

size_t Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
    if (a[x] < b[y]) {
      ++x;
    } else if (b[y] < a[x]) {
      ++y;
    } else {
      ++n;
      ++x;
      ++y;
    }
  }
  return n;
}

struct DateWords {
  size_t claim = 0;
  std::vector<std::string> sentence, clause;
  std::vector<std::string> around;  // the nearest content stems on each side within the clause
};

size_t Root(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

}  // namespace

void JoinDatesOfOneHappening(const Language& lang, const std::vector<Document>& docs, const std::vector<uint32_t>& group,
                             std::vector<Claim>* claims) {
  std::unordered_map<uint32_t, std::vector<size_t>> members;
  for (size_t i = 0; i < claims->size() && i < group.size(); ++i) {
    if (group[i] != kNoDateGroup) members[group[i]].push_back(i);
  }
  TextNormalizer norm;
  std::vector<DateWords> words;
  std::vector<size_t> parent, strict;
  for (auto& [key, list] : members) {
    if (list.size() < 2 || list.size() > kMostDatesJoined) continue;
    words.clear();
    for (size_t i : list) {
      const Claim& c = (*claims)[i];
      const std::string_view bytes = docs[c.doc].bytes;
      const size_t sb = std::min(c.sentence_offset, bytes.size());
      const size_t se = std::min(c.sentence_offset + c.sentence_length, bytes.size());
      size_t cb = std::clamp(c.offset, sb, se), ce = std::clamp(c.offset + c.length, sb, se);
      while (cb > sb && !ClauseBreak(bytes, cb - 1)) --cb;
      while (ce < se && !ClauseBreak(bytes, ce)) ++ce;
      const size_t db = std::clamp(c.offset, cb, ce), de = std::clamp(c.offset + c.length, db, ce);
      std::vector<std::string> before = StemsInOrder(lang, norm, bytes, cb, db);
      std::vector<std::string> after = StemsInOrder(lang, norm, bytes, de, ce);
      std::vector<std::string> around(before.end() - static_cast<long>(std::min(before.size(), kAroundEachSide)), before.end());
      around.insert(around.end(), after.begin(), after.begin() + static_cast<long>(std::min(after.size(), kAroundEachSide)));
      SortDistinct(&around);
      words.push_back({i, Stems(lang, norm, bytes, sb, se), Stems(lang, norm, bytes, cb, ce), std::move(around)});
    }
    parent.resize(words.size());
    std::iota(parent.begin(), parent.end(), size_t{0});
    strict.resize(words.size());
    std::iota(strict.begin(), strict.end(), size_t{0});
    bool joined = false;
    for (size_t a = 0; a < words.size(); ++a) {
      for (size_t b = a + 1; b < words.size(); ++b) {
        const Claim& ca = (*claims)[words[a].claim];
        const Claim& cb = (*claims)[words[b].claim];
        const size_t in_sentence = Shared(words[a].sentence, words[b].sentence);
        if (Shared(words[a].clause, words[b].clause) == 0 || in_sentence < kSharedInSentence) continue;
        if (ca.doc != cb.doc && in_sentence >= kSharedInSentenceToConflict &&
            Shared(words[a].around, words[b].around) >= kSharedAround) {
          strict[Root(strict, b)] = Root(strict, a);
        }
        if (ca.event == cb.event) continue;
        parent[Root(parent, b)] = Root(parent, a);
        joined = true;
      }
    }
    // What happened is said for dates told in the same words right around them: they may conflict
    // (claims/measure_claims.h leaves a date of the fallback frame agree-only), when their joined set
    // holds one such group only, so that no two dates joined through others are compared as one.
    std::vector<size_t> strict_size(words.size(), 0);
    for (size_t k = 0; k < words.size(); ++k) ++strict_size[Root(strict, k)];
    std::unordered_map<size_t, size_t> strict_group_of;  // joined set -> its one strict group (SIZE_MAX: several)
    for (size_t k = 0; k < words.size(); ++k) {
      const size_t s = Root(strict, k);
      if (strict_size[s] < 2) continue;
      auto [it, fresh] = strict_group_of.try_emplace(Root(parent, k), s);
      if (!fresh && it->second != s) it->second = SIZE_MAX;
    }
    for (size_t k = 0; k < words.size(); ++k) {
      const size_t s = Root(strict, k);
      if (strict_size[s] < 2) continue;
      if (strict_group_of.at(Root(parent, k)) == s) (*claims)[words[k].claim].agree_only = false;
    }
    if (!joined) continue;
    // Each joined set takes the event of one of its claims (its root in the union).
    std::vector<std::pair<std::string, std::string>> text(words.size());
    std::vector<size_t> size(words.size(), 0);
    for (size_t k = 0; k < words.size(); ++k) ++size[Root(parent, k)];
    for (size_t k = 0; k < words.size(); ++k) {
      const size_t r = Root(parent, k);
      if (size[r] < 2) continue;
      if (text[r].first.empty()) text[r] = {(*claims)[words[r].claim].event, (*claims)[words[r].claim].event_label};
    }
    for (size_t k = 0; k < words.size(); ++k) {
      const size_t r = Root(parent, k);
      if (size[r] < 2) continue;
      Claim& c = (*claims)[words[k].claim];
      c.event = text[r].first;
      c.event_label = text[r].second;
    }
  }
}

}  // namespace contraste
