#ifndef CONTRASTE_CORE_ASCII_DIGITS_H_
#define CONTRASTE_CORE_ASCII_DIGITS_H_

#include <string_view>

namespace contraste {

// Whether `c` is one of the ASCII digits 0-9.
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Whether `s` is one or more ASCII digits 0-9 and nothing else ("2024" yes; "", "2.024", "٣" no).
inline bool IsAsciiDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

}  // namespace contraste

#endif  // CONTRASTE_CORE_ASCII_DIGITS_H_
