#include "claims/rewrite_moments.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <string>
#include <tuple>

namespace contraste {

namespace {

constexpr int64_t kMinutesPerDay = 1440;

// A moving count given at its article's publication: its sentence names no moment, no change
// and no correction.
bool AtPublication(const Claim& c) {
  return c.cumulative && c.compared && !c.agree_only && !c.changed && !c.corrects && c.when != Claim::kUnknownTime &&
         c.stated_day == Claim::kUnknownTime && c.stated_minute < 0;
}

using CountKey = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;

CountKey KeyOf(const Claim& c) { return {c.event, c.slot, c.unit, c.measure, c.subject, c.scope}; }

// Each moving count of a document: its claims (indices of `of_doc`, ascending) by comparison key.
std::map<CountKey, std::vector<size_t>> CountsOf(const std::vector<Claim>& claims, const std::vector<size_t>& of_doc) {
  std::map<CountKey, std::vector<size_t>> out;
  for (size_t i : of_doc) out[KeyOf(claims[i])].push_back(i);
  return out;
}

bool SameValue(const std::vector<Claim>& claims, const std::vector<size_t>& a, const std::vector<size_t>& b) {
  for (size_t x : a) {
    for (size_t y : b) {
      if (claims[x].interval.lo == claims[y].interval.lo && claims[x].interval.hi == claims[y].interval.hi) return true;
    }
  }
  return false;
}

}  // namespace

void AlignRewriteMoments(std::vector<Claim>* claims) {
  std::vector<Claim>& cs = *claims;
  // Documents with moving counts, in order of publication, and each one's moving counts (a
  // document's first such claim gives its moment). Rewriting `when` below keeps every claim's
  // AtPublication and key, so each document's counts are gathered once.
  std::map<size_t, std::pair<int64_t, std::vector<size_t>>> of_doc;
  for (size_t i = 0; i < cs.size(); ++i) {
    if (!AtPublication(cs[i])) continue;
    auto it = of_doc.try_emplace(cs[i].doc, cs[i].when, std::vector<size_t>{}).first;
    it->second.second.push_back(i);
  }
  std::vector<std::pair<int64_t, size_t>> order;
  for (const auto& [doc, at_claims] : of_doc) order.emplace_back(at_claims.first, doc);
  std::sort(order.begin(), order.end());
  std::map<size_t, std::map<CountKey, std::vector<size_t>>> counts;
  auto counts_of = [&](size_t doc) -> const std::map<CountKey, std::vector<size_t>>& {
    auto it = counts.find(doc);
    if (it == counts.end()) it = counts.emplace(doc, CountsOf(cs, of_doc.at(doc).second)).first;
    return it->second;
  };
  for (size_t l = 1; l < order.size(); ++l) {
    const size_t later = order[l].second;
    const int64_t late_at = order[l].first;
    // Earlier documents a day or more before this one are a prefix of `order`: skip it.
    const auto first_near = std::partition_point(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(l),
                                                 [&](const auto& o) { return late_at - o.first >= kMinutesPerDay; });
    for (size_t e = static_cast<size_t>(first_near - order.begin()); e < l; ++e) {
      const size_t earlier = order[e].second;
      const int64_t early_at = order[e].first;
      if (late_at == early_at) continue;
      const auto& late_counts = counts_of(later);
      const auto& early_counts = counts_of(earlier);
      size_t same = 0, moved = 0, same_current = 0;
      for (const auto& [key, late] : late_counts) {
        auto it = early_counts.find(key);
        if (it == early_counts.end()) continue;
        if (SameValue(cs, it->second, late)) {
          ++same;
          if (cs[late.front()].current) ++same_current;
        } else {
          ++moved;
        }
      }
      if (same_current == 0 || moved == 0 || moved > same) continue;
      // The rewrite: its counts of the events both give are of the earlier article's moment.
      for (const auto& [key, late] : late_counts) {
        if (early_counts.count(key) == 0) continue;
        for (size_t i : late) cs[i].when = early_at;
      }
      break;
    }
  }
}

}  // namespace contraste
