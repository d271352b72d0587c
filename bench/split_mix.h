// A small deterministic pseudo-random generator (SplitMix64): the same seed gives the same corpus
// on every machine and standard library (unlike std::uniform_int_distribution).
//
//   SplitMix64 rng(SplitMix64::Mix(seed, event, edit));
//   size_t pick = rng.Below(choices.size());
//   if (rng.Chance(0.25)) { ... }
#pragma once

#include <cstdint>
#include <initializer_list>

namespace contraste::bench {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}

  // The next 64 pseudo-random bits.
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // A value in [0, n); n must be > 0.
  uint64_t Below(uint64_t n) { return Next() % n; }
  // A value in [lo, hi].
  int64_t Between(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo + 1))); }
  // A value in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }
  // True with probability p.
  bool Chance(double p) { return Unit() < p; }

  // One seed from several numbers (order matters), for independent derived streams.
  static uint64_t Mix(std::initializer_list<uint64_t> parts) {
    SplitMix64 g(0x2545f4914f6cdd1dULL);
    uint64_t h = 0;
    for (uint64_t p : parts) {
      g.state_ ^= p + h;
      h = g.Next();
    }
    return h;
  }

 private:
  uint64_t state_;
};

}  // namespace contraste::bench
