#include "graph/claim_graph.h"
#include "graph/claim_graph_on_threads.h"

#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "core/ordered_parallel.h"

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

}  // namespace

namespace {

// What relating a run of groups adds to the graph, in the order it is added: one run per work item
// of BuildClaimGraph, so that runs are related on several threads and added in group order.
struct RelatedRun {
  struct Edge {
    size_t a = 0, b = 0;
    RelationEdge relation;
  };
  std::vector<Edge> edges;
  std::vector<std::pair<size_t, char>> in_conflict;  // per distinct value: its first claim, in conflict or not
};

// Relates groups [begin, end) of `groups` into `out`, with `relations` and the others as buffers.
void RelateRun(const std::vector<Claim>& claims, const std::vector<ComparisonGroup>& groups, size_t begin, size_t end,
               GroupRelations& relations, RelatedRun& out) {
  std::vector<size_t> by_value;  // the group's claims by value, then in claim order
  std::vector<size_t> starts;    // where each value's claims start in by_value
  std::vector<size_t> cursor;
  for (size_t g = begin; g < end; ++g) {
    const ComparisonGroup& group = groups[g];
    RelateGroup(claims, group, relations);
    const std::vector<size_t>& first_of = relations.first_of;
    const std::vector<size_t>& value_of = relations.value_of;
    const size_t n = first_of.size();
    starts.assign(n + 1, 0);
    for (size_t a : value_of) ++starts[a + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    cursor.assign(starts.begin(), starts.end() - 1);
    by_value.resize(group.claims.size());
    for (size_t k = 0; k < group.claims.size(); ++k) by_value[cursor[value_of[k]]++] = group.claims[k];
    for (size_t a = 0; a < n; ++a) {
      for (size_t k = starts[a] + 1; k < starts[a + 1]; ++k) {
        out.edges.push_back({by_value[k - 1], by_value[k], RelationEdge{Relation::kAgrees, group.rule}});
      }
    }
    // Of the agreeing pairs of values, a spanning forest (the same consensus groups, at most n - 1
    // edges); of the conflicting pairs none: each value in conflict with a value of another group is
    // marked instead. Every pair as an edge took memory quadratic in the distinct values of one
    // event (375 KB of text, 3 GB).
    for (const AgreeingPair& p : relations.agreeing) {
      out.edges.push_back({first_of[p.a], first_of[p.b], RelationEdge{p.relation, group.rule}});
    }
    for (size_t a = 0; a < n; ++a) out.in_conflict.emplace_back(first_of[a], relations.in_conflict[a]);
  }
}

}  // namespace

ClaimGraph BuildClaimGraph(const std::vector<Claim>& claims, const RuleList& rules) {
  return BuildClaimGraphOnThreads(claims, rules, 1);
}

ClaimGraph BuildClaimGraphOnThreads(const std::vector<Claim>& claims, const RuleList& rules, size_t threads) {
  ClaimGraph out;
  out.graph = ClaimAdjacency(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) out.graph[i].claim = i;
  out.groups = GroupByKey(claims, rules);
  // Groups are related in runs of consecutive groups, on `threads` threads; each run's edges are
  // added in group order on this thread, so the graph is the same for any number of threads.
  threads = std::max<size_t>(1, threads);
  const size_t group_count = out.groups.size();
  const size_t runs = threads == 1 ? std::min<size_t>(1, group_count) : std::min(group_count, threads * 32);
  std::vector<GroupRelations> relations(threads);  // each thread's buffers, reused from group to group
  std::vector<char> in_conflict_value(claims.size());  // per claim: its value conflicts with another group's
  OrderedParallel<RelatedRun>(
      runs, threads, runs,
      [&](size_t worker, size_t r) {
        RelatedRun run;
        RelateRun(claims, out.groups, group_count * r / runs, group_count * (r + 1) / runs, relations[worker], run);
        return run;
      },
      [&](size_t, RelatedRun run) {
        for (const RelatedRun::Edge& e : run.edges) boost::add_edge(e.a, e.b, e.relation, out.graph);
        for (const auto& [claim, conflict] : run.in_conflict) in_conflict_value[claim] = conflict;
        return true;
      });
  for (const GroupRelations& r : relations) out.comparisons += r.comparisons;
  AgreementOnly pred{&out.graph};
  boost::filtered_graph<ClaimAdjacency, AgreementOnly> agreeing(out.graph, pred);
  out.consensus.assign(claims.size(), 0);
  const auto components = static_cast<size_t>(boost::connected_components(agreeing, out.consensus.data()));
  out.in_conflict.assign(components, 0);
  for (size_t c = 0; c < claims.size(); ++c) out.in_conflict[static_cast<size_t>(out.consensus[c])] |= in_conflict_value[c];
  return out;
}

}  // namespace contraste
