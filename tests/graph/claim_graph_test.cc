// The claim graph: comparison only within an event slot, consensus groups as components of the
// agreeing subgraph, conflicts as two or more groups.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const Finding* FindKind(const Analysis& a, const std::string& kind, const std::string& slot) {
  for (const Finding& f : a.findings) {
    if (f.kind == kind && f.slot == slot) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("three articles, two values: one conflict with two sides, one agreement") {
  Analysis a = Analyze({Doc("a", "Putin y Kim celebraron una cumbre de unos 90 minutos."),
                        Doc("b", "Putin y Kim celebraron una cumbre de aproximadamente dos horas."),
                        Doc("c", "La cumbre entre Putin y Kim duró 90 minutos.")});
  const Finding* conflict = FindKind(a, "conflict", "duration");
  REQUIRE(conflict != nullptr);
  std::map<int, std::set<std::string>> sides;
  for (const auto& fc : conflict->claims) sides[fc.side].insert(a.documents[a.claims[fc.claim].doc].id);
  REQUIRE(sides.size() == 2);
  CHECK(sides[0] == std::set<std::string>{"a", "c"});
  CHECK(sides[1] == std::set<std::string>{"b"});
  const Finding* agreement = FindKind(a, "agreement", "duration");
  REQUIRE(agreement != nullptr);
  CHECK(agreement->claims.size() == 2);
}

TEST_CASE("claims about different events or different nouns are never compared") {
  Analysis a = Analyze({Doc("a", "Putin y Kim celebraron una cumbre de unos 90 minutos."),
                        Doc("b", "Shoigú y Kim celebraron una reunión de cinco horas."),
                        Doc("c", "Rusia ha recibido más de 10.000 contenedores desde Corea del Norte."),
                        Doc("d", "Rusia ha recibido 200 misiles desde Corea del Norte.")});
  CHECK(FindKind(a, "conflict", "duration") == nullptr);
  CHECK(FindKind(a, "conflict", "quantity") == nullptr);
  CHECK(a.comparisons == 0);
}

TEST_CASE("articles published far apart are different events") {
  Analysis a = Analyze({Doc("a", "Putin y Kim celebraron una cumbre de unos 90 minutos.", "2024-06-19"),
                        Doc("b", "Putin y Kim celebraron una cumbre de cinco horas.", "2019-04-25")});
  CHECK(FindKind(a, "conflict", "duration") == nullptr);
}

TEST_CASE("one article repeating itself is no agreement between articles") {
  Analysis a = Analyze({Doc("a", "Putin y Kim celebraron una cumbre de 90 minutos. La cumbre de Putin y Kim duró 90 minutos.")});
  CHECK(a.findings.empty());
}

TEST_CASE("a mention with fewer participants joins the event that contains them") {
  Analysis a = Analyze({Doc("a", "Putin y Kim celebraron una cumbre de unos 90 minutos."),
                        Doc("b", "Putin celebró una cumbre de aproximadamente cinco horas.")});
  CHECK(FindKind(a, "conflict", "duration") != nullptr);
}

TEST_CASE("a vague value that agrees with two excluding values sides with neither") {
  // "más de 30 minutos" agrees with 60 and with 120 minutes; it must not merge them into one side.
  Analysis a = Analyze({Doc("a", "La reunión entre Putin y Kim duró 60 minutos."),
                        Doc("b", "La reunión entre Putin y Kim duró 120 minutos."),
                        Doc("c", "La reunión entre Putin y Kim duró más de 30 minutos.")});
  const Finding* conflict = FindKind(a, "conflict", "duration");
  REQUIRE(conflict != nullptr);
  std::map<int, std::set<std::string>> sides;
  for (const auto& fc : conflict->claims) sides[fc.side].insert(a.documents[a.claims[fc.claim].doc].id);
  REQUIRE(sides.size() == 2);
  CHECK(sides[0] == std::set<std::string>{"a"});
  CHECK(sides[1] == std::set<std::string>{"b"});
  // Without the two excluding values the vague one agrees as before.
  Analysis two = Analyze({Doc("a", "La reunión entre Putin y Kim duró 60 minutos."),
                          Doc("c", "La reunión entre Putin y Kim duró más de 30 minutos.")});
  CHECK(FindKind(two, "conflict", "duration") == nullptr);
  CHECK(FindKind(two, "agreement", "duration") != nullptr);
}

