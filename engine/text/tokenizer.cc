#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace contraste {

namespace {

// What an ASCII byte is to the tokenizer; bytes >= 0x80 start a multi-byte code point, classed
// with ICU.
enum ByteClass : uint8_t { kSpace, kDigit, kLetter, kOther };

constexpr std::array<uint8_t, 128> MakeByteClasses() {
  std::array<uint8_t, 128> t{};
  for (size_t c = 0; c < t.size(); ++c) {
    if (c == ' ' || c == '\n' || c == '\r') {
      t[c] = kSpace;
    } else if (c >= '0' && c <= '9') {
      t[c] = kDigit;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = kLetter;
    } else {
      t[c] = kOther;
    }
  }
  return t;
}
constexpr std::array<uint8_t, 128> kByteClass = MakeByteClasses();

bool IsDigit(uint8_t c) { return c >= '0' && c <= '9'; }
// A letter or digit byte below 0x80.
bool IsAsciiAlnum(uint8_t c) { return c < 0x80 && (kByteClass[c] == kDigit || kByteClass[c] == kLetter); }

// Length of the multi-byte code point at s[i] (s[i] >= 0x80) when it is a letter, digit or
// nonspacing mark, else 0.
int32_t NonAsciiAlnumAt(const uint8_t* s, int32_t i, int32_t n) {
  int32_t j = i;
  UChar32 c;
  U8_NEXT(s, j, n, c);
  if (c < 0) return 0;
  return (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK) ? j - i : 0;
}

// TokenHash, one byte at a time, so a token is hashed while it is scanned.
constexpr uint64_t kHashStart = 14695981039346656037ull;
inline uint64_t HashByte(uint64_t h, uint8_t c) { return (h ^ c) * 1099511628211ull; }
inline uint32_t HashEnd(uint64_t h) { return static_cast<uint32_t>(h ^ (h >> 32)); }

}  // namespace

void Tokenize(std::string_view folded, size_t begin, size_t end, std::vector<Token>* out) {
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  const int32_t n = static_cast<int32_t>(end);
  int32_t i = static_cast<int32_t>(begin);
  while (i < n) {
    const uint8_t c = s[i];
    const uint8_t cls = c < 0x80 ? kByteClass[c] : static_cast<uint8_t>(kOther);
    if (cls == kSpace) {
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    uint64_t h = kHashStart;
    int32_t len = 0;
    if (cls == kDigit) {
      // Digits, with an inner '.' or ',' kept when a digit follows it.
      t.kind = TokenKind::kNumber;
      h = HashByte(h, c);
      ++i;
      while (i < n) {
        const uint8_t d = s[i];
        if (IsDigit(d) || ((d == '.' || d == ',') && i + 1 < n && IsDigit(s[i + 1]))) {
          h = HashByte(h, d);
          ++i;
        } else {
          break;
        }
      }
    } else if (cls == kLetter || (c >= 0x80 && (len = NonAsciiAlnumAt(s, i, n)) > 0)) {
      t.kind = TokenKind::kWord;
      for (;;) {
        const uint8_t d = s[i];
        if (d < 0x80) {
          if (!IsAsciiAlnum(d)) break;
          h = HashByte(h, d);
          ++i;
        } else {
          // The first code point was classed above; later ones are classed here.
          if (len == 0 && (len = NonAsciiAlnumAt(s, i, n)) == 0) break;
          for (int32_t k = 0; k < len; ++k) h = HashByte(h, s[i + k]);
          i += len;
          len = 0;
        }
        if (i >= n) break;
      }
    } else {
      // One code point (one byte when it is not valid UTF-8) of its own.
      t.kind = TokenKind::kPunct;
      int32_t j = i;
      UChar32 cp;
      U8_NEXT(s, j, n, cp);
      if (j <= i) j = i + 1;
      for (int32_t k = i; k < j; ++k) h = HashByte(h, s[k]);
      i = j;
    }
    t.end = static_cast<uint32_t>(i);
    t.hash = HashEnd(h);
    out->push_back(t);
  }
}

}  // namespace contraste
