// Claim building costs time linear in a sentence's length, whatever it holds: a value looks at the
// triggers and dates within reach, a clause walk is one lookup, a cue looks at the mentions it
// reaches (claims/claim_builder.cc, claims/attribution_finder.cc). The bounds are on the mentions
// visited (core/work_count.h), not on seconds. Before: "dos horas, " repeated in one 44 KB
// sentence took 55 s, the clause walk rescanning the sentence for every claim.
#include <doctest/doctest.h>

#include <string>

#include "core/work_count.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

struct Cost {
  size_t claims = 0;
  uint64_t visited = 0;
};

// One sentence: `piece` (numbered by {} when it holds one) repeated `n` times.
Cost CostOf(const std::string& piece, int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    std::string p = piece;
    if (auto at = p.find("{}"); at != std::string::npos) p.replace(at, 2, std::to_string(1000 + i));
    text += p;
  }
  text += "\n";
  const uint64_t before = work_count.mentions_visited;
  Analysis a = SharedEngine().Analyze({Doc("d", text)}, {}, Engine::Depth::kClaims);
  return {a.claims.size(), work_count.mentions_visited - before};
}

// Four times the input costs at most about four times the work, and every claim a bounded part.
void CheckLinear(const std::string& piece, size_t claims_per_piece) {
  CAPTURE(piece);
  const Cost small = CostOf(piece, 250), large = CostOf(piece, 1000);
  CHECK(small.claims == 250 * claims_per_piece);
  CHECK(large.claims == 1000 * claims_per_piece);
  CHECK(large.visited <= small.visited * 9 / 2);
  CHECK(large.visited >= large.claims);  // each value looks at least at itself
  CHECK(large.visited <= 200 * large.claims);
}

}  // namespace

TEST_CASE("values repeated in one long sentence cost linear work") {
  CheckLinear("dos horas, ", 1);
  CheckLinear("el 19 de julio de 2000, ", 1);
  CheckLinear("{} soldados, ", 1);
}

TEST_CASE("values with a trigger and participants, repeated in one sentence, cost linear work") {
  CheckLinear("la reunión entre Putin y Kim duró {} minutos, ", 1);
  CheckLinear("Putin y Kim se reunieron el 19 de julio de 2000, ", 1);
}

TEST_CASE("attributed values repeated in one sentence cost linear work") {
  CheckLinear("según TASS la reunión duró {} minutos, ", 1);
}

TEST_CASE("an article repeating a 'first in N years' and the previous visit's date pairs each with its neighbour") {
  // Before, every "primera visita ... en 24 años" was paired with every "última visita ... en el año
  // 2000" of the article: a 1 MiB article of the seed's text repeated gave 15,548 claims, 4 MiB
  // 212,280 (quadratic), nearly all of them previous_year pairs.
  const std::string piece =
      "Es la primera visita de Putin a Corea del Norte en 24 años. "
      "Putin realizó su última visita a Pyongyang en el año 2000, cuando se reunió con Kim Jong Il.\n";
  auto previous_year_claims = [&](int copies) {
    std::string text = "---\npublished: 2024-06-19\n---\n";
    for (int i = 0; i < copies; ++i) text += piece;
    Analysis a = SharedEngine().Analyze({Doc("d", text)}, {}, Engine::Depth::kClaims);
    size_t n = 0;
    for (const Claim& c : a.claims) n += c.slot == "previous_year" ? 1 : 0;
    return n;
  };
  const size_t one = previous_year_claims(1);
  CHECK(one == 2);  // the span's year and the stated year
  CHECK(previous_year_claims(40) == 40 * one);
}
