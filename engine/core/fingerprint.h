// Stable fingerprints for ids that must be equal across runs and machines (FNV-1a, 64 bit).
//
//   ShortFingerprint("conflict|" + what)                                       // one string
//   ShortFingerprintOfHash(Fnv1a64Hasher().Add("conflict|").Add(what).value())  // same id, no string
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace contraste {

uint64_t Fnv1a64(std::string_view bytes);

// FNV-1a fed piece by piece: Add(a).Add(b) hashes as Fnv1a64 of a + b, without building a + b.
class Fnv1a64Hasher {
 public:
  Fnv1a64Hasher& Add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      h_ ^= c;
      h_ *= 1099511628211ULL;
    }
    return *this;
  }
  uint64_t value() const { return h_; }

 private:
  uint64_t h_ = 1469598103934665603ULL;
};

// 12 lowercase hex digits of Fnv1a64(bytes): short enough to read, long enough not to collide.
std::string ShortFingerprint(std::string_view bytes);
// The same 12 digits for a hash already computed (Fnv1a64Hasher::value()).
std::string ShortFingerprintOfHash(uint64_t fnv1a64);

}  // namespace contraste
