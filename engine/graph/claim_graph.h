// The claim graph (Boost.Graph): claims are vertices with bundled properties, relations decided by
// the comparison rules are edges. Consensus groups are the connected components of the subgraph of
// agreeing and refining edges, taken through a filtered_graph view rather than a copy.
//
//   ClaimGraph g = BuildClaimGraph(claims, rules);
//   for (const ComparisonGroup& group : g.groups) { g.consensus[claim] ... }
//
// A vague value that agrees with two values that conflict ("junio de 2024" with the 18th and the
// 19th) is `kCompatible` with every value: it sides with none and does not merge the two sides.
// With the rule option `co_stated: compatible`, two values one article states for the same event
// are `kCompatible` too (moments of one event), in every article.
//
// Only claims with the same comparison key (event, slot, counted thing) are related, one group at a
// time (graph/group_relations.h: by sorting their values where the rule allows, else pair by
// pair). Within a group, claims with the same value are chained (one edge each); of the agreeing
// pairs of distinct values the graph holds a spanning forest (the consensus groups are the same),
// and no conflict edge: `in_conflict` marks the groups a conflict joins to another, so the edges
// grow with the claims. Claims are grouped by hashing the key's pieces; the key string is built
// once per group.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claims/claim.h"
#include "graph/group_relations.h"
#include "rules/comparison_rule.h"
#include "rules/rule_loader.h"

namespace contraste {

struct ClaimVertex {
  size_t claim = 0;  // index into the claim list
};

struct RelationEdge {
  Relation relation = Relation::kAgrees;
  const ComparisonRule* rule = nullptr;
};

// Edges are kept in a vector (EdgeList vecS): they are only ever added, and walking a vertex's
// edges then reads their bundled properties from one array, not from list nodes.
using ClaimAdjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, ClaimVertex, RelationEdge,
                                             boost::no_property, boost::vecS>;

struct ClaimGraph {
  ClaimAdjacency graph;
  std::vector<ComparisonGroup> groups;  // sorted by key
  std::vector<int> consensus;           // consensus group (component) of each vertex
  std::vector<char> in_conflict;        // per consensus group: a value of it conflicts with another group's
  size_t comparisons = 0;               // rule evaluations made
};

ClaimGraph BuildClaimGraph(const std::vector<Claim>& claims, const RuleList& rules);

}  // namespace contraste
