// A set of hashes kept as one bit each, sized by its owner: a clear bit is a certain miss, a set
// bit may be a false positive (another hash of the same low bits). Unlike HashFilter (2 KiB,
// fixed), it is resized, emptied, when the owner knows how many hashes it will hold, so that a
// large table (the entity index with the iso-codes places) keeps the bits sparse.
//
//   BitFilter f;
//   f.Reset(1 << 20);              // a power of two; clears every bit
//   f.Set(hash);
//   if (f.Test(hash)) { ... }     // maybe
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace contraste {

class BitFilter {
 public:
  BitFilter() { Reset(kMinBits); }
  // Empties the filter and gives it `bits` bits (a power of two, at least kMinBits).
  void Reset(size_t bits) {
    bits = bits < kMinBits ? kMinBits : bits;
    words_.assign(bits / 64, 0);
    mask_ = bits - 1;
  }
  void Set(uint64_t hash) { words_[(hash & mask_) >> 6] |= uint64_t{1} << (hash & 63); }
  bool Test(uint64_t hash) const { return (words_[(hash & mask_) >> 6] >> (hash & 63)) & 1; }
  size_t bits() const { return mask_ + 1; }

  static constexpr size_t kMinBits = 1 << 16;

 private:
  std::vector<uint64_t> words_;
  size_t mask_ = 0;
};

}  // namespace contraste
