#include "graph/value_sweep.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "core/work_count.h"

namespace contraste {

namespace {

bool AtOrBelow(const BoundKey& a, const BoundKey& b) { return !(b < a); }

constexpr int64_t kNoValue = -1;  // an empty prefix or suffix
constexpr int64_t kMixed = -2;    // values of more than one consensus group

// One gate class's values sorted by lower and by upper bound, and per suffix of the first and
// prefix of the second the one consensus group its values lie in (kMixed, kNoValue).
struct ClassIndex {
  std::vector<uint32_t> by_lower, by_upper;
  std::vector<int64_t> suffix_group, prefix_group;
};

int64_t Joined(int64_t group, int64_t next) {
  if (group == kNoValue) return next;
  return group == next ? group : kMixed;
}

}  // namespace

bool operator<(const BoundKey& a, const BoundKey& b) {
  ++work_count.value_bounds_compared;
  return a.at < b.at || (a.at == b.at && a.side < b.side);
}

BoundKey LowerKeyOf(const Interval& i) { return {i.lo, i.lo_open ? 1 : 0}; }
BoundKey UpperKeyOf(const Interval& i) { return {i.hi, i.hi_open ? -1 : 0}; }

bool SameBounds(const Interval& a, const Interval& b) {
  return std::bit_cast<uint64_t>(a.lo) == std::bit_cast<uint64_t>(b.lo) &&
         std::bit_cast<uint64_t>(a.hi) == std::bit_cast<uint64_t>(b.hi) && a.lo_open == b.lo_open && a.hi_open == b.hi_open;
}

bool SweepableInterval(const Interval& interval) {
  if (std::isnan(interval.lo) || std::isnan(interval.hi)) return false;
  return AtOrBelow(LowerKeyOf(interval), UpperKeyOf(interval));
}

bool SweepOverlaps(const Interval& a, const Interval& b) {
  return AtOrBelow(LowerKeyOf(a), UpperKeyOf(b)) && AtOrBelow(LowerKeyOf(b), UpperKeyOf(a));
}

void SweepValues(const SweepInput& in, SweepOutcome& out) {
  const size_t n = in.intervals.size();
  const size_t k = in.classes;
  std::vector<BoundKey> lower(n), upper(n);
  for (size_t v = 0; v < n; ++v) {
    lower[v] = LowerKeyOf(in.intervals[v]);
    upper[v] = UpperKeyOf(in.intervals[v]);
  }
  auto by_lower = [&](uint32_t a, uint32_t b) { return lower[a] < lower[b] || (!(lower[b] < lower[a]) && a < b); };
  auto by_upper = [&](uint32_t a, uint32_t b) { return upper[a] < upper[b] || (!(upper[b] < upper[a]) && a < b); };
  std::vector<ClassIndex> index(k);
  for (uint32_t v = 0; v < n; ++v) {
    index[in.gate_class[v]].by_lower.push_back(v);
    index[in.gate_class[v]].by_upper.push_back(v);
  }
  for (ClassIndex& c : index) {
    std::sort(c.by_lower.begin(), c.by_lower.end(), by_lower);
    std::sort(c.by_upper.begin(), c.by_upper.end(), by_upper);
  }

  // Bridges. Per class, the highest lower bound and the lowest upper bound among its values that
  // overlap `a`: the value with the highest lower bound at or below a's upper one overlaps `a`
  // unless it ends below a's start, and then no value of its class can be the upper one of a
  // disjoint pair that `a` overlaps (each starts below a's start, each value `a` overlaps ends at
  // or above it); the same mirrored for the lowest upper bound.
  out.bridges.assign(n, 0);
  const std::vector<AboveConflict>& exclusive = in.exclusive_above.empty() ? in.conflict_above : in.exclusive_above;
  std::vector<const BoundKey*> highest_lower(k), lowest_upper(k);
  for (uint32_t a = 0; a < n; ++a) {
    for (size_t p = 0; p < k; ++p) {
      const ClassIndex& c = index[p];
      highest_lower[p] = lowest_upper[p] = nullptr;
      auto after = std::upper_bound(c.by_lower.begin(), c.by_lower.end(), upper[a],
                                    [&](const BoundKey& key, uint32_t v) { return key < lower[v]; });
      if (after != c.by_lower.begin() && AtOrBelow(lower[a], upper[*(after - 1)])) highest_lower[p] = &lower[*(after - 1)];
      auto from = std::lower_bound(c.by_upper.begin(), c.by_upper.end(), lower[a],
                                   [&](uint32_t v, const BoundKey& key) { return upper[v] < key; });
      if (from != c.by_upper.end() && AtOrBelow(lower[*from], upper[a])) lowest_upper[p] = &upper[*from];
    }
    for (size_t p = 0; p < k && !out.bridges[a]; ++p) {
      if (!highest_lower[p]) continue;
      for (size_t q = 0; q < k && !out.bridges[a]; ++q) {
        if (!lowest_upper[q]) continue;
        switch (exclusive[p * k + q]) {
          case AboveConflict::kNever: break;
          case AboveConflict::kDisjoint: out.bridges[a] = *lowest_upper[q] < *highest_lower[p]; break;
          case AboveConflict::kStrictlyAbove: out.bridges[a] = lowest_upper[q]->at < highest_lower[p]->at; break;
        }
      }
    }
  }

  // Consensus groups: runs of overlapping values that are no bridge; a bridge is a group alone.
  std::vector<uint32_t> order;
  order.reserve(n);
  for (uint32_t v = 0; v < n; ++v) {
    if (!out.bridges[v]) order.push_back(v);
  }
  std::sort(order.begin(), order.end(), by_lower);
  out.consensus.assign(n, 0);
  out.agreeing.clear();
  uint32_t groups = 0;
  uint32_t reach = 0;  // the value of the current run with the highest upper bound
  for (size_t i = 0; i < order.size(); ++i) {
    const uint32_t v = order[i];
    if (i > 0 && AtOrBelow(lower[v], upper[reach])) {
      out.consensus[v] = groups - 1;
      out.agreeing.emplace_back(reach, v);
      if (upper[reach] < upper[v]) reach = v;
      continue;
    }
    out.consensus[v] = groups++;
    reach = v;
  }
  for (uint32_t v = 0; v < n; ++v) {
    if (out.bridges[v]) out.consensus[v] = groups++;
  }

  // Conflicts with another consensus group.
  for (ClassIndex& c : index) {
    c.suffix_group.assign(c.by_lower.size() + 1, kNoValue);
    for (size_t i = c.by_lower.size(); i-- > 0;) c.suffix_group[i] = Joined(c.suffix_group[i + 1], out.consensus[c.by_lower[i]]);
    c.prefix_group.assign(c.by_upper.size() + 1, kNoValue);
    for (size_t j = 0; j < c.by_upper.size(); ++j) c.prefix_group[j + 1] = Joined(c.prefix_group[j], out.consensus[c.by_upper[j]]);
  }
  auto elsewhere = [&](int64_t group, uint32_t v) { return group == kMixed || (group != kNoValue && group != out.consensus[v]); };
  // The values of class q above v: a suffix of those sorted by lower bound, starting after v's
  // upper bound (as a number: after its highest key); below v: a prefix of those sorted by upper
  // bound, ending before v's lower bound (as a number: before its lowest key).
  out.in_conflict.assign(n, 0);
  for (uint32_t v = 0; v < n; ++v) {
    const size_t p = in.gate_class[v];
    for (size_t q = 0; q < k && !out.in_conflict[v]; ++q) {
      const ClassIndex& c = index[q];
      const AboveConflict from_above = in.conflict_above[q * k + p], from_below = in.conflict_above[p * k + q];
      if (from_above != AboveConflict::kNever) {
        const BoundKey after = from_above == AboveConflict::kDisjoint ? upper[v] : BoundKey{upper[v].at, 1};
        auto above = std::upper_bound(c.by_lower.begin(), c.by_lower.end(), after,
                                      [&](const BoundKey& key, uint32_t w) { return key < lower[w]; });
        out.in_conflict[v] = elsewhere(c.suffix_group[static_cast<size_t>(above - c.by_lower.begin())], v);
      }
      if (from_below != AboveConflict::kNever && !out.in_conflict[v]) {
        const BoundKey before = from_below == AboveConflict::kDisjoint ? lower[v] : BoundKey{lower[v].at, -1};
        auto below = std::lower_bound(c.by_upper.begin(), c.by_upper.end(), before,
                                      [&](uint32_t w, const BoundKey& key) { return upper[w] < key; });
        out.in_conflict[v] = elsewhere(c.prefix_group[static_cast<size_t>(below - c.by_upper.begin())], v);
      }
    }
  }
}

}  // namespace contraste
