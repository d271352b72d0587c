// Fingerprints fed piece by piece are the fingerprints of the whole string: finding ids hash their
// parts without building the string, and must stay the ids reports already carry.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/fingerprint.h"

using namespace contraste;

TEST_CASE("a hash fed in pieces equals the hash of the joined string") {
  struct Case {
    std::vector<std::string> pieces;
  };
  const Case cases[] = {
      {{}},
      {{"conflict|"}},
      {{"conflict", "|", "duration", "|", "meeting|kim+putin|2024-06-19", "|", "duration", "|", ""}},
      {{"agreement|", "", "x", "ñandú"}},
  };
  for (const Case& c : cases) {
    std::string joined;
    Fnv1a64Hasher h;
    for (const auto& p : c.pieces) {
      joined += p;
      h.Add(p);
    }
    CAPTURE(joined);
    CHECK(h.value() == Fnv1a64(joined));
    CHECK(ShortFingerprintOfHash(h.value()) == ShortFingerprint(joined));
  }
}

TEST_CASE("short fingerprints are 12 lowercase hex digits, zero-padded") {
  // Values computed independently (FNV-1a 64, low 48 bits).
  CHECK(ShortFingerprint("conflict|rule|ev|slot|") == "c035d5c79b3c");
  CHECK(ShortFingerprintOfHash(0x0) == "000000000000");
  CHECK(ShortFingerprintOfHash(0xabcULL) == "000000000abc");
  CHECK(ShortFingerprintOfHash(0xfedcba9876543210ULL) == "ba9876543210");
}
