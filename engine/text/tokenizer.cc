#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace contraste {

namespace {

bool IsDigit(uint8_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(uint8_t c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the code point at i when it is a letter or digit, else 0.
int32_t AlnumAt(const uint8_t* s, int32_t i, int32_t n) {
  if (s[i] < 0x80) return IsAsciiAlnum(s[i]) ? 1 : 0;
  int32_t j = i;
  UChar32 c;
  U8_NEXT(s, j, n, c);
  if (c < 0) return 0;
  return (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK) ? j - i : 0;
}

}  // namespace

void Tokenize(std::string_view folded, size_t begin, size_t end, std::vector<Token>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  const int32_t n = static_cast<int32_t>(end);
  int32_t i = static_cast<int32_t>(begin);
  while (i < n) {
    uint8_t c = s[i];
    if (c == ' ' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    if (IsDigit(c)) {
      t.kind = TokenKind::kNumber;
      while (i < n && (IsDigit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < n && IsDigit(s[i + 1]) && i > static_cast<int32_t>(t.begin)))) ++i;
    } else if (int32_t len = AlnumAt(s, i, n); len > 0) {
      t.kind = TokenKind::kWord;
      i += len;
      for (;;) {
        while (i < n && IsAsciiAlnum(s[i])) ++i;  // most letters of a word are ASCII
        if (i >= n || s[i] < 0x80 || (len = AlnumAt(s, i, n)) == 0) break;
        i += len;
      }
    } else {
      t.kind = TokenKind::kPunct;
      int32_t j = i;
      UChar32 cp;
      U8_NEXT(s, j, n, cp);
      i = j > i ? j : i + 1;
    }
    t.end = static_cast<uint32_t>(i);
    t.hash = TokenHash(folded.substr(t.begin, t.end - t.begin));
    out->push_back(t);
  }
}

}  // namespace contraste
