// How the claims of one comparison group (same event, slot and counted thing) relate: one claim per
// distinct value is related to the others, values one article states together are compatible
// where the rule says so (co_stated), and a value that agrees with two values that exclude each
// other is compatible with every value (it bridges, on no side). From these: the consensus groups
// (a spanning forest of the agreeing pairs of values) and the values in conflict with a value of
// another consensus group. The claim graph (graph/claim_graph.h) is built from them, and `check`
// judges a draft's claims with Between, so the report's findings and its verdicts come from one
// logic.
//
// Two ways, one result. When the rule's verdict is decided by intervals or equal values
// (ComparisonRule::shape) and the gates by the values' gate classes (graph/comparison_gates.h),
// the values are sorted and swept (graph/value_sweep.h): O(n log n) time and O(n) memory for n
// distinct values, k gate classes adding O(n k^2). Otherwise each pair is compared
// (graph/pairwise_relations.h): n^2/2 rule evaluations and n^2 bytes, for the rules that are no
// interval (places), values that are no interval (a NaN bound, an empty tolerance window), rules
// with `co_stated`, counts over time at several moments whose compared intervals are not the
// values as stated (a tolerance widened them: the gate reads the stated values), figures said to
// have changed among figures of many moments, and groups of more than kMaxSweepGateClasses classes.
//
//   GroupRelations rel = RelateGroup(claims, group);
//   rel.Between(i, j);  // members i and j of group.claims
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claims/claim.h"
#include "rules/comparison_rule.h"

namespace contraste {

struct ComparisonGroup {
  std::string key;                    // Claim::CompareKey()
  const ComparisonRule* rule = nullptr;
  std::vector<size_t> claims;         // vertex (= claim) indices, in claim order
};

// Whether two claims state the same value (value, hedge and interval alike): one claim per
// distinct value is compared, the others are chained to it.
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

// Gate classes a group may have and still be swept: each value looks at the values of every pair
// of classes.
constexpr size_t kMaxSweepGateClasses = 16;

bool Agreeing(Relation r);

// Two distinct values (indices into GroupRelations::first_of) that agree or refine.
struct AgreeingPair {
  uint32_t a = 0, b = 0;
  Relation relation = Relation::kAgrees;
};

struct GroupRelations {
  std::vector<size_t> first_of;  // per distinct value: its first claim (index into the claims)
  std::vector<size_t> value_of;  // per member of the group, in group order: its distinct value
  // Per distinct value: it bridges two values that exclude each other; its consensus group within
  // the comparison group; it conflicts with a value of another consensus group.
  std::vector<char> bridges;
  std::vector<uint32_t> consensus;
  std::vector<char> in_conflict;
  std::vector<AgreeingPair> agreeing;  // a spanning forest of the agreeing pairs of values
  bool swept = false;                  // related by sorting; else `rel` holds every pair
  std::vector<Relation> rel;           // compared pair by pair: distinct values x distinct values
  size_t comparisons = 0;              // rule evaluations made, over every group related with this object

  // The relation between two members (positions in the group's claims).
  Relation Between(size_t member_a, size_t member_b) const;

  // What Between reads of a swept group.
  const std::vector<Claim>* claims_ = nullptr;
  const ComparisonRule* rule_ = nullptr;
  // Buffers reused from group to group.
  std::unordered_map<ValueKey, size_t, ValueKeyHash> index_;
  std::vector<std::pair<size_t, size_t>> doc_values_;
  std::vector<uint64_t> agree_bits_, conflict_bits_, conflicting_bits_, gated_bits_;
};

// Relates `group`'s claims into `out`, reusing its buffers.
void RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out);
GroupRelations RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group);

}  // namespace contraste
