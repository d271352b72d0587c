#include "graph/claim_graph.h"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <fmt/format.h>

#include <map>
#include <unordered_map>

namespace contraste {

namespace {

struct AgreementOnly {
  const ClaimAdjacency* g = nullptr;
  template <typename Edge>
  bool operator()(const Edge& e) const {
    return (*g)[e].relation != Relation::kConflicts;
  }
};

std::string Signature(const Claim& c) {
  return fmt::format("{}|{}|{}|{}|{}|{}", c.value, c.hedge, c.interval.lo, c.interval.hi,
                     c.interval.lo_open, c.interval.hi_open);
}

}  // namespace

ClaimGraph BuildClaimGraph(const std::vector<Claim>& claims, const RuleList& rules) {
  ClaimGraph out;
  out.graph = ClaimAdjacency(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) out.graph[i].claim = i;

  std::map<std::string, ComparisonGroup> groups;
  for (size_t i = 0; i < claims.size(); ++i) {
    const ComparisonRule* rule = nullptr;
    for (const auto& r : rules) {
      if (r->AppliesTo(claims[i].slot)) rule = r.get();
    }
    if (!rule) continue;  // no rule compares this slot
    ComparisonGroup& g = groups[claims[i].CompareKey()];
    g.key = claims[i].CompareKey();
    g.rule = rule;
    g.claims.push_back(i);
  }
  for (auto& [key, group] : groups) {
    // Distinct values, each with the claims that state it.
    std::vector<std::vector<size_t>> by_value;
    std::unordered_map<std::string, size_t> index;
    for (size_t v : group.claims) {
      auto [it, fresh] = index.emplace(Signature(claims[v]), by_value.size());
      if (fresh) by_value.emplace_back();
      by_value[it->second].push_back(v);
    }
    for (const auto& same : by_value) {
      for (size_t k = 1; k < same.size(); ++k) {
        boost::add_edge(same[k - 1], same[k], RelationEdge{Relation::kAgrees, group.rule}, out.graph);
      }
    }
    for (size_t a = 0; a < by_value.size(); ++a) {
      for (size_t b = a + 1; b < by_value.size(); ++b) {
        size_t x = by_value[a].front(), y = by_value[b].front();
        Relation r = group.rule->Compare(claims[x], claims[y]);
        ++out.comparisons;
        boost::add_edge(x, y, RelationEdge{r, group.rule}, out.graph);
      }
    }
    out.groups.push_back(std::move(group));
  }
  AgreementOnly pred{&out.graph};
  boost::filtered_graph<ClaimAdjacency, AgreementOnly> agreeing(out.graph, pred);
  out.consensus.assign(claims.size(), 0);
  boost::connected_components(agreeing, &out.consensus[0]);
  return out;
}

}  // namespace contraste
