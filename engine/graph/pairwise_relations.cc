#include "graph/pairwise_relations.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <numeric>

#include "graph/comparison_gates.h"

namespace contraste {

namespace {

// Values one article states together are moments of the event, when the rule says so.
void MakeCoStatedCompatible(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out) {
  const size_t n = out.first_of.size();
  auto& doc_values = out.doc_values_;
  doc_values.clear();
  for (size_t k = 0; k < group.claims.size(); ++k) doc_values.emplace_back(claims[group.claims[k]].doc, out.value_of[k]);
  std::sort(doc_values.begin(), doc_values.end());
  doc_values.erase(std::unique(doc_values.begin(), doc_values.end()), doc_values.end());
  for (size_t s = 0, e = 0; s < doc_values.size(); s = e) {
    while (e < doc_values.size() && doc_values[e].first == doc_values[s].first) ++e;
    for (size_t x = s; x < e; ++x) {
      for (size_t y = s; y < e; ++y) {
        const size_t a = doc_values[x].second, b = doc_values[y].second;
        if (a != b && out.rel[a * n + b] == Relation::kConflicts) out.rel[a * n + b] = Relation::kCompatible;
      }
    }
  }
}

// A value that agrees with two values that exclude each other ("junio", "en Pionyang"; "at least
// 14" beside a toll of 37 and a later one of 52) would join their sides into one and hide the
// conflict or the revision: it is compatible with each, on no side.
// Rows of bits (values that agree with a, values that conflict with b): a bridges when one
// value it agrees with conflicts with another it agrees with, a word of 64 values at a time.
void FindBridges(GroupRelations& out) {
  const size_t n = out.first_of.size();
  const std::vector<Relation>& rel = out.rel;
  auto& bridge = out.bridges;
  auto& agree_bits = out.agree_bits_;
  auto& conflict_bits = out.conflict_bits_;
  bridge.assign(n, 0);
  const size_t words = (n + 63) / 64;
  agree_bits.assign(n * words, 0);
  // Pairs a gate keeps from conflicting (another moment of a toll, another source) still exclude
  // each other (RelatePairwise marks them): "at least 14" beside 37 and a later 52 bridges them.
  conflict_bits.assign(out.gated_bits_.begin(), out.gated_bits_.end());
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (b == a) continue;
      if (Agreeing(rel[a * n + b])) agree_bits[a * words + b / 64] |= uint64_t{1} << (b % 64);
      if (rel[a * n + b] == Relation::kConflicts) conflict_bits[a * words + b / 64] |= uint64_t{1} << (b % 64);
    }
  }
  // Only values that conflict with some value can make a bridge: a row of bits of them, so that a
  // value agreeing with many looks at none of their rows.
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
}

// Consensus groups: the agreeing pairs that join two sets not yet joined (a spanning forest, at
// most n - 1 pairs); a value is in conflict when it conflicts with a value of another set.
void JoinAgreeing(GroupRelations& out) {
  const size_t n = out.first_of.size();
  const std::vector<Relation>& rel = out.rel;
  std::vector<size_t> joined(n);
  std::iota(joined.begin(), joined.end(), size_t{0});
  auto root = [&](size_t a) {
    while (joined[a] != a) a = joined[a] = joined[joined[a]];
    return a;
  };
  out.agreeing.clear();
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      const Relation r = rel[a * n + b];
      if (!Agreeing(r)) continue;
      const size_t ra = root(a), rb = root(b);
      if (ra == rb) continue;
      joined[rb] = ra;
      out.agreeing.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b), r});
    }
  }
  out.consensus.assign(n, 0);
  for (size_t a = 0; a < n; ++a) out.consensus[a] = static_cast<uint32_t>(root(a));
  out.in_conflict.assign(n, 0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      if (rel[a * n + b] != Relation::kConflicts || out.consensus[a] == out.consensus[b]) continue;
      out.in_conflict[a] = out.in_conflict[b] = 1;
    }
  }
}

}  // namespace

void RelatePairwise(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out) {
  const std::vector<size_t>& first_of = out.first_of;
  const size_t n = first_of.size();
  std::vector<Relation>& rel = out.rel;
  rel.assign(n * n, Relation::kAgrees);  // one byte a pair (Relation's underlying type)
  const size_t words = (n + 63) / 64;
  auto& gated = out.gated_bits_;  // the pairs a gate made compatible (FindBridges)
  gated.assign(n * words, 0);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      const Claim& x = claims[first_of[a]];
      const Claim& y = claims[first_of[b]];
      const Relation verdict = group.rule->Compare(x, y);
      // One gate read per conflicting pair: it both relaxes the verdict and marks the pair apart.
      const Gate gate = verdict == Relation::kConflicts ? GateOf(x, y) : Gate::kNone;
      const Relation r = gate == Gate::kNone ? verdict : Relation::kCompatible;
      rel[a * n + b] = rel[b * n + a] = r;
      if (gate != Gate::kNone && gate != Gate::kUnsaid) {
        gated[a * words + b / 64] |= uint64_t{1} << (b % 64);
        gated[b * words + a / 64] |= uint64_t{1} << (a % 64);
      }
      ++out.comparisons;
    }
  }
  if (group.rule->spec().co_stated_compatible) MakeCoStatedCompatible(claims, group, out);
  FindBridges(out);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      if (a != b && (out.bridges[a] || out.bridges[b]) && Agreeing(rel[a * n + b])) rel[a * n + b] = Relation::kCompatible;
    }
  }
  JoinAgreeing(out);
}

}  // namespace contraste
