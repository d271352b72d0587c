#include "core/fingerprint.h"

namespace contraste {

uint64_t Fnv1a64(std::string_view bytes) { return Fnv1a64Hasher().Add(bytes).value(); }

std::string ShortFingerprint(std::string_view bytes) { return ShortFingerprintOfHash(Fnv1a64(bytes)); }

std::string ShortFingerprintOfHash(uint64_t fnv1a64) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(12, '0');
  for (int i = 11; i >= 0; --i, fnv1a64 >>= 4) out[static_cast<size_t>(i)] = kHex[fnv1a64 & 0xf];
  return out;
}

}  // namespace contraste
