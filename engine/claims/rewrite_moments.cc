#include "claims/rewrite_moments.h"

#include <algorithm>
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

// Each moving count of a document: its claims by comparison key.
std::map<CountKey, std::vector<size_t>> CountsOf(const std::vector<Claim>& claims, size_t doc) {
  std::map<CountKey, std::vector<size_t>> out;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].doc == doc && AtPublication(claims[i])) out[KeyOf(claims[i])].push_back(i);
  }
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
  // Documents with moving counts, in order of publication.
  std::vector<std::pair<int64_t, size_t>> order;
  {
    std::map<size_t, int64_t> when;
    for (const Claim& c : cs) {
      if (AtPublication(c)) when.emplace(c.doc, c.when);
    }
    for (const auto& [doc, at] : when) order.emplace_back(at, doc);
  }
  std::sort(order.begin(), order.end());
  for (size_t l = 1; l < order.size(); ++l) {
    const size_t later = order[l].second;
    const auto late_counts = CountsOf(cs, later);
    for (size_t e = 0; e < l; ++e) {
      const size_t earlier = order[e].second;
      const int64_t early_at = order[e].first;
      if (order[l].first == early_at || order[l].first - early_at >= kMinutesPerDay) continue;
      const auto early_counts = CountsOf(cs, earlier);
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
