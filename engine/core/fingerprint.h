// Stable fingerprints for ids that must be equal across runs and machines (FNV-1a, 64 bit).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace contraste {

uint64_t Fnv1a64(std::string_view bytes);
// 12 lowercase hex digits of Fnv1a64(bytes): short enough to read, long enough not to collide.
std::string ShortFingerprint(std::string_view bytes);

}  // namespace contraste
