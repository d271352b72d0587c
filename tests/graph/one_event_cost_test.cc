// One event that collects many different values (a big story: thousands of articles, each with its
// figure) keeps a claim graph whose edges grow with the claims, not with the pairs of values: a
// spanning forest of the agreeing pairs, and conflicts marked per consensus group. Before, every
// pair of distinct values was an edge (10,000 articles: 50 M edges, 5.4 GB). The values are related
// by sorting them (graph/value_sweep.h): bounds compared grow as n log n, rule evaluations as n (one
// per edge of the forest), where every pair was evaluated (n^2 / 2) before. The findings are those
// the pairs gave (tests/graph/group_relations_test.cc, tests/golden and the report comparisons in
// the commits hold them equal).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/work_count.h"
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

// One article giving `values` values of one meeting, one sentence each.
Analysis OneArticle(const std::string& before, const std::string& after, int values) {
  std::string text;
  for (int i = 0; i < values; ++i) text.append(before).append(std::to_string(10 + i)).append(after).append("\n");
  return Analyze({Doc("a", text)});
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

namespace {

struct EventCost {
  size_t claims = 0, edges = 0, comparisons = 0;
  uint64_t bounds_compared = 0, groups_paired = 0, side_pairs_gated = 0;
};

// The work of analysing `make(n)`: bounds compared by the sweep, groups related pair by pair, rule
// evaluations and edges of the claim graph.
template <typename Make>
EventCost CostOf(Make make, int n) {
  const WorkCount before = work_count;
  const Analysis a = make(n);
  EventCost c;
  c.bounds_compared = work_count.value_bounds_compared - before.value_bounds_compared;
  c.groups_paired = work_count.groups_paired - before.groups_paired;
  c.side_pairs_gated = work_count.side_pairs_gated - before.side_pairs_gated;
  c.claims = a.claims.size();
  c.comparisons = a.comparisons;
  c.edges = EdgesOf(a);
  return c;
}

// n log n at two sizes four times apart: within 5.5 times (n^2 would be 16; n log n from 500 to
// 2,000 is 4.9), and each value a bounded number of bound comparisons per doubling.
template <typename Make>
void CheckNLogN(Make make) {
  const EventCost small = CostOf(make, 500), large = CostOf(make, 2000);
  REQUIRE(small.claims == 500);
  REQUIRE(large.claims == 2000);
  for (const EventCost& c : {small, large}) {
    CHECK(c.groups_paired == 0);             // no group was related pair by pair
    CHECK(c.side_pairs_gated <= c.claims);   // revisions: one question per side and other gate class
    CHECK(c.comparisons < c.claims);         // one rule evaluation per edge of the forest at most
    CHECK(c.edges < c.claims);
    CHECK(c.bounds_compared <= 40 * c.claims * 11);  // 11 > log2(2000)
  }
  CHECK(large.bounds_compared * 2 <= small.bounds_compared * 11);
  MESSAGE("bounds compared: " << small.bounds_compared << " for 500 values, " << large.bounds_compared << " for 2000");
}

}  // namespace

TEST_CASE("n distinct durations of one meeting cost n log n bound comparisons, fewer rule evaluations and edges than claims") {
  // In n articles: every value conflicts with every other (before: n^2 / 2 rule evaluations).
  CheckNLogN([](int n) { return OneEvent("La reunión entre Vladímir Putin y Kim Jong Un duró ", " minutos.", n); });
  // Overlapping lower bounds: one consensus group.
  CheckNLogN([](int n) { return OneEvent("La reunión entre Vladímir Putin y Kim Jong Un duró más de ", " minutos.", n); });
  // Hedged values ("unos N": N within a margin) overlap their neighbours: bridges and chains.
  CheckNLogN([](int n) { return OneEvent("La reunión entre Vladímir Putin y Kim Jong Un duró unos ", " minutos.", n); });
  // One source for all: every side may be gated, none against another of the same source.
  CheckNLogN([](int n) {
    return OneEvent("La reunión entre Vladímir Putin y Kim Jong Un duró ", " minutos, según la agencia TASS.", n);
  });
  // A toll over two days: the later counts revise the earlier (counts over time, two gate classes).
  CheckNLogN([](int n) {
    std::vector<Document> docs;
    for (int i = 0; i < n; ++i) {
      std::string text = "La DANA deja ";
      text.append(std::to_string(10 + i)).append(" muertos en Paiporta.");
      std::string id = "a";
      id.append(std::to_string(1000 + i));
      docs.push_back(Doc(id, text, i < n / 2 ? "2024-10-30" : "2024-10-31"));
    }
    return Analyze(std::move(docs));
  });
  // One article stating them all.
  CheckNLogN([](int n) { return OneArticle("Putin y Kim se reunieron durante ", " minutos.", n); });
}
