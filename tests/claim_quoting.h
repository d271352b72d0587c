// The claim a test is about, found by the start of its quote: the test stops with the quote as
// its message when no claim starts with it, so a lost claim reads as such and not as a crash.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace contraste::testing {

inline const Claim& Quoting(const std::vector<Claim>& claims, const std::string& quote) {
  const Claim* c = FindQuoting(claims, quote);
  REQUIRE_MESSAGE(c != nullptr, quote);
  return *c;
}

inline const Claim& Quoting(const Analysis& a, const std::string& quote) { return Quoting(a.claims, quote); }

}  // namespace contraste::testing
