// Where a run of ASCII bytes ends, read eight bytes at a time: the text stage's loops handle
// ASCII runs (most of a Spanish article) in a tight loop and only decode what follows.
#pragma once

#include <cstdint>
#include <cstring>

namespace contraste {

// First index in [i, n) whose byte is >= 0x80, or n. Cost: about one step per eight bytes.
inline int32_t AsciiRunEnd(const uint8_t* s, int32_t i, int32_t n) {
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  while (n - i >= 8) {
    uint64_t w;
    std::memcpy(&w, s + i, sizeof w);
    if ((w & kHighBits) != 0) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

}  // namespace contraste
