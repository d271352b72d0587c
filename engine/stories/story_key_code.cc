#include "stories/story_key_code.h"

#include <algorithm>
#include <unordered_map>

#include "core/ascii_digits.h"

namespace contraste {

namespace {

// What the mentions say of each token.
enum TokenMark : uint8_t {
  kInName = 1,        // inside a name
  kNameEndsBefore = 2,  // a name ends just before it
  kNameStartsAfter = 4, // a name starts just after it
  kValue = 8,         // inside a year, day, duration or ordinal: no code
  kCount = 16,        // inside a count: a code only next to a name ("787 Dreamliner", read as 787
                      // Dreamliners)
};

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<KeyCode> FindKeyCode(const AnalyzedText& text, const std::vector<std::vector<Mention>>& mentions) {
  const size_t n = text.tokens.size();
  std::vector<uint8_t> mark(n, 0);
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.begin_token >= m.end_token || m.end_token > n) continue;
      switch (m.kind) {
        case MentionKind::kEntity:
          for (size_t i = m.begin_token; i < m.end_token; ++i) mark[i] |= kInName;
          if (m.end_token < n) mark[m.end_token] |= kNameEndsBefore;
          if (m.begin_token > 0) mark[m.begin_token - 1] |= kNameStartsAfter;
          break;
        case MentionKind::kQuantity:
          for (size_t i = m.begin_token; i < m.end_token; ++i) mark[i] |= kCount;
          break;
        case MentionKind::kYear:
        case MentionKind::kDayOfMonth:
        case MentionKind::kDuration:
        case MentionKind::kOrdinal:
          for (size_t i = m.begin_token; i < m.end_token; ++i) mark[i] |= kValue;
          break;
        default:
          break;
      }
    }
  }
  const TokenRange all = text.AllTokens();
  struct Seen {
    uint32_t count = 0;
    size_t first = 0;
    bool code = false;  // a name with digits, or a number once written next to a name
  };
  std::unordered_map<std::string_view, Seen> seen;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = all.Text(i);
    const Token& t = all.At(i);
    bool code = false;
    if (t.kind == TokenKind::kWord) {
      if (!(mark[i] & kInName) || !HasDigit(w)) continue;
      code = true;
    } else if (t.kind == TokenKind::kNumber) {
      if ((mark[i] & kValue) || !IsAsciiDigits(w) || w.size() < kKeyCodeMinDigits || w[0] == '0') continue;
      code = (mark[i] & (kInName | kNameEndsBefore | kNameStartsAfter)) != 0;
      if ((mark[i] & kCount) && !code) continue;
    } else {
      continue;
    }
    auto [it, fresh] = seen.try_emplace(w, Seen{0, i, false});
    ++it->second.count;
    it->second.code = it->second.code || code;
  }
  std::optional<KeyCode> best;
  for (const auto& [w, s] : seen) {
    if (!s.code || s.count < kKeyCodeMinCount) continue;
    if (!best || s.count > best->count || (s.count == best->count && s.first < best->first_token)) {
      best = KeyCode{std::string(w), s.count, s.first};
    }
  }
  return best;
}

}  // namespace contraste
