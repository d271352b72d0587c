#include "graph/claim_graph.h"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <fmt/format.h>

#include <map>
#include <set>
#include <unordered_map>

namespace contraste {

namespace {

struct AgreementOnly {
  const ClaimAdjacency* g = nullptr;
  template <typename Edge>
  bool operator()(const Edge& e) const {
    Relation r = (*g)[e].relation;
    return r == Relation::kAgrees || r == Relation::kRefines;
  }
};

bool Agreeing(Relation r) { return r == Relation::kAgrees || r == Relation::kRefines; }

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
    // Relations between the distinct values, one rule evaluation per pair.
    const size_t n = by_value.size();
    std::vector<Relation> rel(n * n, Relation::kAgrees);
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = a + 1; b < n; ++b) {
        rel[a * n + b] = rel[b * n + a] = group.rule->Compare(claims[by_value[a].front()], claims[by_value[b].front()]);
        ++out.comparisons;
      }
    }
    // Values one article states together are moments of the event, when the rule says so.
    if (group.rule->spec().co_stated_compatible) {
      std::map<size_t, std::set<size_t>> values_of_doc;
      for (size_t a = 0; a < n; ++a) {
        for (size_t v : by_value[a]) values_of_doc[claims[v].doc].insert(a);
      }
      for (const auto& [doc, values] : values_of_doc) {
        for (size_t a : values) {
          for (size_t b : values) {
            if (a != b && rel[a * n + b] == Relation::kConflicts) rel[a * n + b] = Relation::kCompatible;
          }
        }
      }
    }
    // A value that agrees with two values that exclude each other ("junio", "en Pionyang") would
    // join their sides into one and hide the conflict: it is compatible with each, on no side.
    std::vector<bool> bridge(n, false);
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = 0; b < n && !bridge[a]; ++b) {
        if (b == a || !Agreeing(rel[a * n + b])) continue;
        for (size_t c = b + 1; c < n; ++c) {
          if (c != a && Agreeing(rel[a * n + c]) && rel[b * n + c] == Relation::kConflicts) {
            bridge[a] = true;
            break;
          }
        }
      }
    }
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = a + 1; b < n; ++b) {
        Relation r = rel[a * n + b];
        if ((bridge[a] || bridge[b]) && Agreeing(r)) r = Relation::kCompatible;
        boost::add_edge(by_value[a].front(), by_value[b].front(), RelationEdge{r, group.rule}, out.graph);
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
