// Clauses of a sentence: token spans between "," ";" ":". Participants, subjects and scopes are
// looked for first in the clause of the value or trigger.
#pragma once

#include <utility>

#include "text/token_range.h"

namespace contraste {

// A colon glued between two numbers is a clock's ("23:45"), no clause break.
inline bool IsClockColon(const TokenRange& t, size_t i) {
  if (i <= t.begin || i + 1 >= t.end) return false;
  const Token& before = t.At(i - 1);
  const Token& after = t.At(i + 1);
  return before.kind == TokenKind::kNumber && after.kind == TokenKind::kNumber && before.end == t.At(i).begin &&
         after.begin == t.At(i).end;
}

// "," ";" ":" are one-byte punctuation tokens (a number keeps its inner comma), so the token's
// kind and length settle most tokens without reading the text.
inline bool IsClauseBreak(const TokenRange& t, size_t i) {
  const Token& token = t.At(i);
  if (token.kind != TokenKind::kPunct || token.end - token.begin != 1) return false;
  const char c = t.folded[token.begin];
  if (c == ':') return !IsClockColon(t, i);
  return c == ',' || c == ';';
}

// Token range [begin, end) of the clause around token `at`.
inline std::pair<size_t, size_t> ClauseAround(const TokenRange& t, size_t at) {
  size_t b = at, e = at;
  while (b > t.begin && !IsClauseBreak(t, b - 1)) --b;
  while (e < t.end && !IsClauseBreak(t, e)) ++e;
  return {b, e};
}

}  // namespace contraste
