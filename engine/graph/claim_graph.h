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
// Only claims with the same comparison key (event, slot, counted thing) are compared. Within a
// key, claims with the same value are chained (one edge each), and one representative per distinct
// value is compared with the others, so the time grows with the number of claims plus the square of
// the distinct values of one event slot, never with all pairs of the corpus. The graph holds a
// spanning forest of the agreeing pairs (the consensus groups are the same) and no conflict edge:
// `in_conflict` marks the groups a conflict joins to another, so the edges, and the memory, grow
// with the claims; the relation of each pair of distinct values takes one byte while its key is
// compared. Claims are grouped by
// hashing the key's pieces; the key string is built once per group.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claims/claim.h"
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

struct ComparisonGroup {
  std::string key;                    // Claim::CompareKey()
  const ComparisonRule* rule = nullptr;
  std::vector<size_t> claims;         // vertex (= claim) indices, in claim order
};

struct ClaimGraph {
  ClaimAdjacency graph;
  std::vector<ComparisonGroup> groups;  // sorted by key
  std::vector<int> consensus;           // consensus group (component) of each vertex
  std::vector<char> in_conflict;        // per consensus group: a value of it conflicts with another group's
  size_t comparisons = 0;               // rule evaluations made
};

ClaimGraph BuildClaimGraph(const std::vector<Claim>& claims, const RuleList& rules);

// Whether two claims state the same value (value, hedge and interval alike): the graph compares
// one claim per distinct value and chains the others to it.
bool SameValue(const Claim& a, const Claim& b);

// A claim as a hash key for its value (SameValue): doubles are compared as their bits, with every
// NaN of one sign the same, so values group exactly as their printed text would.
struct ValueKey {
  const Claim* claim = nullptr;
  static uint64_t Bits(double d);
  bool operator==(const ValueKey& o) const { return SameValue(*claim, *o.claim); }
};
struct ValueKeyHash {
  size_t operator()(const ValueKey& v) const noexcept;
};

// The relations between the claims of one comparison group, decided exactly as the graph decides
// them: the group's rule on one claim per distinct value, values one article states together made
// compatible where the rule says so (co_stated), and a value that agrees with two values that
// exclude each other made compatible with every value (it bridges, on no side). `check` judges a
// draft's claims with these, so its verdicts and the report's findings come from one logic.
struct GroupRelations {
  std::vector<size_t> first_of;  // per distinct value: its first claim (index into the claims)
  std::vector<size_t> value_of;  // per member of the group, in group order: its distinct value
  std::vector<Relation> rel;     // distinct values × distinct values
  size_t comparisons = 0;        // rule evaluations made, over every group related with this object

  // The relation between two members (positions in the group's claims).
  Relation Between(size_t member_a, size_t member_b) const;

  // Buffers reused from group to group.
  std::unordered_map<ValueKey, size_t, ValueKeyHash> index_;
  std::vector<std::pair<size_t, size_t>> doc_values_;
  std::vector<char> bridge_;
  std::vector<uint64_t> agree_bits_, conflict_bits_, conflicting_bits_;
};

// Relates `group`'s claims into `out`, reusing its buffers.
void RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out);
GroupRelations RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group);

}  // namespace contraste
