#include "graph/claim_graph.h"

#include "graph/comparison_gates.h"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cmath>
#include <iterator>
#include <numeric>
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

// A claim's comparison key (Claim::CompareKey: event, slot, CompareUnit, measure, subject, scope)
// as its pieces, so that claims are grouped without building the key for each.
struct KeyPieces {
  std::string_view event, slot, unit, measure, subject, scope;

  explicit KeyPieces(const Claim& c)
      : event(c.event), slot(c.slot), unit(c.CompareUnit()), measure(c.measure), subject(c.subject), scope(c.scope) {}
  bool operator==(const KeyPieces&) const = default;
};

struct KeyHash {
  size_t operator()(const KeyPieces& k) const noexcept {
    std::hash<std::string_view> h;
    size_t x = h(k.event);
    for (std::string_view piece : {k.slot, k.unit, k.measure, k.subject, k.scope}) x = x * 0x9e3779b97f4a7c15ull ^ h(piece);
    return x;
  }
};

// The claims of comparison groups, grouped by comparison key, sorted by key.
std::vector<ComparisonGroup> GroupByKey(const std::vector<Claim>& claims, const RuleList& rules) {
  std::vector<ComparisonGroup> groups;
  std::unordered_map<KeyPieces, size_t, KeyHash> group_of;
  // The rule of a (slot, measure): the last that compares it (ComparisonRule::Compares).
  std::unordered_map<std::string, const ComparisonRule*> rule_of_slot;
  std::string slot_measure;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (!c.compared) continue;  // what it counts is unsaid (claims/measure_claims.h)
    slot_measure.assign(c.slot).append("\x1f").append(c.measure);
    auto [slot_rule, fresh_slot] = rule_of_slot.try_emplace(slot_measure, nullptr);
    if (fresh_slot) {
      bool measure_has_rule = false;
      for (const auto& r : rules) {
        const auto& named = r->measures();
        measure_has_rule = measure_has_rule || std::find(named.begin(), named.end(), c.measure) != named.end();
      }
      for (const auto& r : rules) {
        if (r->Compares(c.slot, c.measure, measure_has_rule)) slot_rule->second = r.get();
      }
    }
    const ComparisonRule* rule = slot_rule->second;
    if (!rule) continue;  // no rule compares this slot
    auto [it, fresh] = group_of.try_emplace(KeyPieces(claims[i]), groups.size());
    if (fresh) groups.emplace_back();
    ComparisonGroup& g = groups[it->second];
    g.rule = rule;
    g.claims.push_back(i);
  }
  for (auto& g : groups) g.key = claims[g.claims.front()].CompareKey();
  std::vector<size_t> order(groups.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return groups[a].key < groups[b].key; });
  std::vector<ComparisonGroup> sorted;
  sorted.reserve(groups.size());
  for (size_t g : order) {
    ComparisonGroup& next = groups[g];
    if (sorted.empty() || sorted.back().key != next.key) {
      sorted.push_back(std::move(next));
      continue;
    }
    // Different pieces, the same key (a '\x1f' inside an event, slot or unit): one group, as the
    // key says, with the rule of its last claim.
    ComparisonGroup& same = sorted.back();
    if (next.claims.back() > same.claims.back()) same.rule = next.rule;
    std::vector<size_t> merged;
    std::merge(same.claims.begin(), same.claims.end(), next.claims.begin(), next.claims.end(), std::back_inserter(merged));
    same.claims = std::move(merged);
  }
  return sorted;
}

// Groups of at most this many claims find their distinct values by scanning, not hashing.
constexpr size_t kScanValues = 8;

}  // namespace

uint64_t ValueKey::Bits(double d) {
  if (std::isnan(d)) return std::signbit(d) ? 1 : 2;
  return std::bit_cast<uint64_t>(d);
}

size_t ValueKeyHash::operator()(const ValueKey& v) const noexcept {
  const Claim& c = *v.claim;
  size_t h = std::hash<std::string_view>{}(c.value);
  auto mix = [&](uint64_t x) { h ^= std::hash<uint64_t>{}(x) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
  mix(std::hash<std::string_view>{}(c.hedge));
  mix(ValueKey::Bits(c.interval.lo));
  mix(ValueKey::Bits(c.interval.hi));
  mix((c.interval.lo_open ? 1u : 0u) | (c.interval.hi_open ? 2u : 0u));
  return h;
}

bool SameValue(const Claim& a, const Claim& b) {
  // Claims whose gates differ (graph/comparison_gates.h: another moment of a cumulative count,
  // other sources) are compared apart even with the same value.
  return a.value == b.value && SameGate(a, b) && a.hedge == b.hedge && ValueKey::Bits(a.interval.lo) == ValueKey::Bits(b.interval.lo) &&
         ValueKey::Bits(a.interval.hi) == ValueKey::Bits(b.interval.hi) && a.interval.lo_open == b.interval.lo_open &&
         a.interval.hi_open == b.interval.hi_open;
}

void RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out) {
  // Distinct values, each with the claims that state it.
  out.first_of.clear();
  out.value_of.clear();
  out.index_.clear();
  std::vector<size_t>& first_of = out.first_of;
  std::vector<size_t>& value_of = out.value_of;
  const bool scan = group.claims.size() <= kScanValues;
  for (size_t v : group.claims) {
    size_t found = first_of.size();
    if (scan) {
      for (size_t a = 0; a < first_of.size(); ++a) {
        if (SameValue(claims[first_of[a]], claims[v])) {
          found = a;
          break;
        }
      }
    } else {
      found = out.index_.emplace(ValueKey{&claims[v]}, first_of.size()).first->second;
    }
    if (found == first_of.size()) first_of.push_back(v);
    value_of.push_back(found);
  }
  const size_t n = first_of.size();
  std::vector<Relation>& rel = out.rel;
  // Relations between the distinct values, one rule evaluation per pair.
  rel.assign(n * n, Relation::kAgrees);  // one byte a pair (Relation's underlying type)
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      const Claim& x = claims[first_of[a]];
      const Claim& y = claims[first_of[b]];
      rel[a * n + b] = rel[b * n + a] = GateRelation(x, y, group.rule->Compare(x, y));
      ++out.comparisons;
    }
  }
  // Values one article states together are moments of the event, when the rule says so.
  if (group.rule->spec().co_stated_compatible) {
    auto& doc_values = out.doc_values_;
    doc_values.clear();
    for (size_t k = 0; k < group.claims.size(); ++k) doc_values.emplace_back(claims[group.claims[k]].doc, value_of[k]);
    std::sort(doc_values.begin(), doc_values.end());
    doc_values.erase(std::unique(doc_values.begin(), doc_values.end()), doc_values.end());
    for (size_t s = 0, e = 0; s < doc_values.size(); s = e) {
      while (e < doc_values.size() && doc_values[e].first == doc_values[s].first) ++e;
      for (size_t x = s; x < e; ++x) {
        for (size_t y = s; y < e; ++y) {
          const size_t a = doc_values[x].second, b = doc_values[y].second;
          if (a != b && rel[a * n + b] == Relation::kConflicts) rel[a * n + b] = Relation::kCompatible;
        }
      }
    }
  }
  // A value that agrees with two values that exclude each other ("junio", "en Pionyang") would
  // join their sides into one and hide the conflict: it is compatible with each, on no side.
  // Rows of bits (values that agree with a, values that conflict with b): a bridges when one
  // value it agrees with conflicts with another it agrees with, a word of 64 values at a time
  // (the triple loop over values took 6.7 min for 10,000 overlapping "more than N").
  auto& bridge = out.bridge_;
  auto& agree_bits = out.agree_bits_;
  auto& conflict_bits = out.conflict_bits_;
  bridge.assign(n, 0);
  const size_t words = (n + 63) / 64;
  agree_bits.assign(n * words, 0);
  conflict_bits.assign(n * words, 0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (b == a) continue;
      if (Agreeing(rel[a * n + b])) agree_bits[a * words + b / 64] |= uint64_t{1} << (b % 64);
      if (rel[a * n + b] == Relation::kConflicts) conflict_bits[a * words + b / 64] |= uint64_t{1} << (b % 64);
    }
  }
  // Only values that conflict with some value can make a bridge: a row of bits of them, so that a
  // value agreeing with many (10,000 overlapping "more than N", none in conflict) looks at none of
  // their rows, and the search costs n^2/64 words instead of n^3/64.
  auto& conflicting = out.conflicting_bits_;
  conflicting.assign(words, 0);
  for (size_t b = 0; b < n; ++b) {
    const uint64_t* conflicts = &conflict_bits[b * words];
    if (std::any_of(conflicts, conflicts + words, [](uint64_t w) { return w != 0; })) {
      conflicting[b / 64] |= uint64_t{1} << (b % 64);
    }
  }
  for (size_t a = 0; a < n; ++a) {
    const uint64_t* agrees = &agree_bits[a * words];
    for (size_t bw = 0; bw < words && !bridge[a]; ++bw) {
      for (uint64_t m = agrees[bw] & conflicting[bw]; m != 0 && !bridge[a]; m &= m - 1) {
        const uint64_t* conflicts = &conflict_bits[(bw * 64 + static_cast<size_t>(std::countr_zero(m))) * words];
        for (size_t w = 0; w < words; ++w) {
          if (agrees[w] & conflicts[w]) {
            bridge[a] = 1;
            break;
          }
        }
      }
    }
  }
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (a != b && (bridge[a] || bridge[b]) && Agreeing(rel[a * n + b])) rel[a * n + b] = Relation::kCompatible;
    }
  }
}

GroupRelations RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group) {
  GroupRelations out;
  RelateGroup(claims, group, out);
  return out;
}

Relation GroupRelations::Between(size_t member_a, size_t member_b) const {
  const size_t a = value_of[member_a], b = value_of[member_b];
  return rel[a * first_of.size() + b];
}

ClaimGraph BuildClaimGraph(const std::vector<Claim>& claims, const RuleList& rules) {
  ClaimGraph out;
  out.graph = ClaimAdjacency(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) out.graph[i].claim = i;
  out.groups = GroupByKey(claims, rules);
  // Reused from group to group.
  GroupRelations relations;
  std::vector<size_t> by_value;      // the group's claims by value, then in claim order
  std::vector<size_t> starts;        // where each value's claims start in by_value
  std::vector<size_t> cursor;
  std::vector<size_t> joined;                         // union-find over a group's distinct values
  std::vector<char> in_conflict_value(claims.size());  // per claim: its value conflicts with another group's
  for (const ComparisonGroup& group : out.groups) {
    RelateGroup(claims, group, relations);
    const std::vector<size_t>& first_of = relations.first_of;
    const std::vector<size_t>& value_of = relations.value_of;
    const std::vector<Relation>& rel = relations.rel;
    const size_t n = first_of.size();
    starts.assign(n + 1, 0);
    for (size_t a : value_of) ++starts[a + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    cursor.assign(starts.begin(), starts.end() - 1);
    by_value.resize(group.claims.size());
    for (size_t k = 0; k < group.claims.size(); ++k) by_value[cursor[value_of[k]]++] = group.claims[k];
    for (size_t a = 0; a < n; ++a) {
      for (size_t k = starts[a] + 1; k < starts[a + 1]; ++k) {
        boost::add_edge(by_value[k - 1], by_value[k], RelationEdge{Relation::kAgrees, group.rule}, out.graph);
      }
    }
    // The graph keeps, of the agreeing pairs of values, those that join two sets not yet joined
    // (a spanning forest: the same consensus groups, at most n - 1 edges), and of the conflicting
    // pairs none: each value in conflict with a value of another group is marked instead. Every
    // pair as an edge took memory quadratic in the distinct values of one event (375 KB of text,
    // 3 GB).
    joined.resize(n);
    std::iota(joined.begin(), joined.end(), size_t{0});
    auto root = [&](size_t a) {
      while (joined[a] != a) a = joined[a] = joined[joined[a]];
      return a;
    };
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = a + 1; b < n; ++b) {
        const Relation r = rel[a * n + b];
        if (!Agreeing(r)) continue;
        const size_t ra = root(a), rb = root(b);
        if (ra == rb) continue;
        joined[rb] = ra;
        boost::add_edge(first_of[a], first_of[b], RelationEdge{r, group.rule}, out.graph);
      }
    }
    for (size_t a = 0; a < n; ++a) {
      for (size_t b = a + 1; b < n; ++b) {
        if (rel[a * n + b] != Relation::kConflicts || root(a) == root(b)) continue;
        in_conflict_value[first_of[a]] = in_conflict_value[first_of[b]] = 1;
      }
    }
  }
  out.comparisons = relations.comparisons;
  AgreementOnly pred{&out.graph};
  boost::filtered_graph<ClaimAdjacency, AgreementOnly> agreeing(out.graph, pred);
  out.consensus.assign(claims.size(), 0);
  const auto components = static_cast<size_t>(boost::connected_components(agreeing, out.consensus.data()));
  out.in_conflict.assign(components, 0);
  for (size_t c = 0; c < claims.size(); ++c) out.in_conflict[static_cast<size_t>(out.consensus[c])] |= in_conflict_value[c];
  return out;
}

}  // namespace contraste
