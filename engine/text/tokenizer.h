// Splits folded text into word, number and punctuation tokens. Language-neutral: a word is a run
// of Unicode letters and digits (ICU's u_isalnum, so accents, ñ and ú are letters, unlike RE2's
// ASCII \b); a number is a run of ASCII digits with inner '.' or ',' between digits ("10.000",
// "1,5"); every other non-space character is a punctuation token of its own.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace contraste {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0;  // folded byte offsets
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

// Tokens of folded[begin, end).
void Tokenize(std::string_view folded, size_t begin, size_t end, std::vector<Token>* out);

}  // namespace contraste
