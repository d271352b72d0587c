#include "core/fingerprint.h"

#include <fmt/format.h>

namespace contraste {

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string ShortFingerprint(std::string_view bytes) {
  return fmt::format("{:012x}", Fnv1a64(bytes) & 0xffffffffffffULL);
}

}  // namespace contraste
