// SharedSources: the sources that two or more documents give for the claims of one finding.
#include "claims/attribution_finder.h"

#include <doctest/doctest.h>

namespace contraste {
namespace {

Claim From(size_t doc, std::vector<EntityRef> sources) {
  Claim c;
  c.doc = doc;
  c.attribution = std::move(sources);
  return c;
}

TEST_CASE("sources given by two or more documents, by id, each document once") {
  const EntityRef tass{"agency:tass", "TASS", "agency"};
  const EntityRef kcna{"agency:kcna", "KCNA", "agency"};
  const EntityRef putin{"person:putin", "Putin", "person"};
  const std::vector<Claim> claims = {
      From(4, {tass, putin}),  // 0
      From(1, {kcna, tass}),   // 1
      From(4, {kcna}),         // 2
      From(1, {putin}),        // 3: same document as claim 1
      From(7, {}),             // 4
  };
  const std::vector<SharedSource> shared = SharedSources(claims, {0, 1, 2, 3, 4});
  REQUIRE(shared.size() == 3);
  CHECK(shared[0].source.id == "agency:kcna");
  CHECK(shared[0].docs == std::vector<size_t>{1, 4});
  CHECK(shared[1].source.id == "agency:tass");
  CHECK(shared[1].docs == std::vector<size_t>{1, 4});
  CHECK(shared[2].source.id == "person:putin");
  CHECK(shared[2].docs == std::vector<size_t>{1, 4});
}

TEST_CASE("a source given by one document only is no shared source; only the claims asked count") {
  const EntityRef tass{"agency:tass", "TASS", "agency"};
  const std::vector<Claim> claims = {From(2, {tass}), From(2, {tass}), From(3, {tass})};
  CHECK(SharedSources(claims, {0, 1}).empty());
  CHECK(SharedSources(claims, {}).empty());
  REQUIRE(SharedSources(claims, {1, 2}).size() == 1);
}

TEST_CASE("for a source given several times, the last one given is the one shown") {
  const std::vector<Claim> claims = {From(0, {{"agency:tass", "Tass", "agency"}}),
                                     From(1, {{"agency:tass", "TASS", "agency"}})};
  const std::vector<SharedSource> shared = SharedSources(claims, {0, 1});
  REQUIRE(shared.size() == 1);
  CHECK(shared[0].source.name == "TASS");
  CHECK(SharedSources(claims, {1, 0})[0].source.name == "Tass");
}

}  // namespace
}  // namespace contraste
