// Splits folded text into word, number and punctuation tokens. Language-neutral: a word is a run
// of Unicode letters and digits (ICU's u_isalnum, so accents, ñ and ú are letters, unlike RE2's
// ASCII \b); a number is a run of ASCII digits with inner '.' or ',' between digits ("10.000",
// "1,5"); every other non-space character is a punctuation token of its own.
//
// Each token carries the hash of its folded bytes (TokenHash), computed once here, so phrase
// tables and word lists look a token up without hashing its text again.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace contraste {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0;  // folded byte offsets
  uint32_t end = 0;
  uint32_t hash = 0;   // TokenHash of folded[begin, end)
  TokenKind kind = TokenKind::kWord;
};

// The hash a token of text `word` carries (FNV-1a, 64 bits folded to 32). Tables that key on
// words hash their words with it.
inline uint32_t TokenHash(std::string_view word) {
  uint64_t h = 14695981039346656037ull;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return static_cast<uint32_t>(h ^ (h >> 32));
}

// Tokens of folded[begin, end).
void Tokenize(std::string_view folded, size_t begin, size_t end, std::vector<Token>* out);

}  // namespace contraste
