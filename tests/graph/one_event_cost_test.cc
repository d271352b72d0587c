// One event that collects many different values (a big story: thousands of articles, each with its
// figure) keeps a claim graph whose edges grow with the claims, not with the pairs of values: a
// spanning forest of the agreeing pairs, and conflicts marked per consensus group. Before, every
// pair of distinct values was an edge (10,000 articles: 50 M edges, 5.4 GB). The findings are
// those the pairs gave (tests/golden and the report comparisons in the commit hold them equal).
#include <doctest/doctest.h>

#include <string>

#include "graph/claim_graph.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Analysis OneEvent(const std::string& before, const std::string& after, int articles) {
  std::vector<Document> docs;
  for (int i = 0; i < articles; ++i) {
    std::string text = before;
    text += std::to_string(10 + i);
    text += after;
    // Built with append: GCC 12 warns falsely (-Wrestrict) on literal + std::string here.
    std::string id = "a";
    id.append(std::to_string(1000 + i));
    docs.push_back(Doc(id, text));
  }
  return Analyze(std::move(docs));
}

size_t EdgesOf(const Analysis& a) {
  ClaimGraph g = BuildClaimGraph(a.claims, SharedEngine().rules());
  return boost::num_edges(g.graph);
}

}  // namespace

TEST_CASE("300 articles giving 300 durations of one meeting: edges grow with the claims") {
  Analysis a = OneEvent("La reunión entre Vladímir Putin y Kim Jong Un duró ", " minutos.", 300);
  REQUIRE(a.claims.size() == 300);
  CHECK(EdgesOf(a) < a.claims.size());
  // Every value conflicts with the others: one conflict of 300 sides, no agreement.
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].kind == "conflict");
  CHECK(a.findings[0].claims.size() == 300);
}

TEST_CASE("300 overlapping lower bounds of one meeting agree in one group, with fewer edges than claims") {
  Analysis a = OneEvent("La reunión entre Vladímir Putin y Kim Jong Un duró más de ", " minutos.", 300);
  REQUIRE(a.claims.size() == 300);
  CHECK(EdgesOf(a) < a.claims.size());
  for (const Finding& f : a.findings) CHECK(f.kind == "agreement");
}
