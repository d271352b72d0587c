#include "graph/claim_graph.h"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <bit>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
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

// What makes two claims state the same value: value, hedge and interval. Doubles are compared as
// their printed digits would be (the bits, with every NaN of one sign the same), so values group
// exactly as the text "value|hedge|lo|hi|lo_open|hi_open" would group them, without printing it.
struct ValueOf {
  const Claim* claim = nullptr;

  static uint64_t Bits(double d) {
    if (std::isnan(d)) return std::signbit(d) ? 1 : 2;
    return std::bit_cast<uint64_t>(d);
  }
  bool operator==(const ValueOf& o) const {
    const Claim& a = *claim;
    const Claim& b = *o.claim;
    return a.value == b.value && a.hedge == b.hedge && Bits(a.interval.lo) == Bits(b.interval.lo) &&
           Bits(a.interval.hi) == Bits(b.interval.hi) && a.interval.lo_open == b.interval.lo_open &&
           a.interval.hi_open == b.interval.hi_open;
  }
};

struct ValueHash {
  size_t operator()(const ValueOf& v) const noexcept {
    const Claim& c = *v.claim;
    size_t h = std::hash<std::string_view>{}(c.value);
    auto mix = [&](uint64_t x) { h ^= std::hash<uint64_t>{}(x) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
    mix(std::hash<std::string_view>{}(c.hedge));
    mix(ValueOf::Bits(c.interval.lo));
    mix(ValueOf::Bits(c.interval.hi));
    mix((c.interval.lo_open ? 1u : 0u) | (c.interval.hi_open ? 2u : 0u));
    return h;
  }
};

}  // namespace

ClaimGraph BuildClaimGraph(const std::vector<Claim>& claims, const RuleList& rules) {
  ClaimGraph out;
  out.graph = ClaimAdjacency(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) out.graph[i].claim = i;

  std::map<std::string, ComparisonGroup> groups;
  std::unordered_map<std::string_view, const ComparisonRule*> rule_of_slot;  // the last rule that applies
  for (size_t i = 0; i < claims.size(); ++i) {
    auto [slot_rule, fresh_slot] = rule_of_slot.try_emplace(claims[i].slot, nullptr);
    if (fresh_slot) {
      for (const auto& r : rules) {
        if (r->AppliesTo(claims[i].slot)) slot_rule->second = r.get();
      }
    }
    const ComparisonRule* rule = slot_rule->second;
    if (!rule) continue;  // no rule compares this slot
    auto [it, fresh] = groups.try_emplace(claims[i].CompareKey());
    ComparisonGroup& g = it->second;
    if (fresh) g.key = it->first;
    g.rule = rule;
    g.claims.push_back(i);
  }
  for (auto& [key, group] : groups) {
    // Distinct values, each with the claims that state it.
    std::vector<std::vector<size_t>> by_value;
    std::unordered_map<ValueOf, size_t, ValueHash> index;
    for (size_t v : group.claims) {
      auto [it, fresh] = index.emplace(ValueOf{&claims[v]}, by_value.size());
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
