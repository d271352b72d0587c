#include "findings/hedged_steps.h"

#include <algorithm>
#include <cmath>

namespace contraste {

namespace {

bool SameFigure(const Claim& a, const Claim& b) {
  return a.hedge == b.hedge && a.interval.lo == b.interval.lo && a.interval.hi == b.interval.hi &&
         a.interval.lo_open == b.interval.lo_open && a.interval.hi_open == b.interval.hi_open;
}

struct Value {
  std::vector<size_t> claims;
  int64_t first = Claim::kUnknownTime;  // the earliest moment it is given at
};

}  // namespace

std::vector<std::vector<size_t>> HedgedSteps(const std::vector<Claim>& claims, const std::vector<size_t>& side) {
  std::vector<Value> values;
  for (size_t c : side) {
    const Claim& x = claims[c];
    if (!x.cumulative || x.agree_only || x.when == Claim::kUnknownTime) continue;
    auto it = std::find_if(values.begin(), values.end(), [&](const Value& v) { return SameFigure(claims[v.claims.front()], x); });
    if (it == values.end()) {
      values.push_back({{c}, x.when});
    } else {
      it->claims.push_back(c);
      it->first = std::min(it->first, x.when);
    }
  }
  if (values.size() < 2) return {};
  std::stable_sort(values.begin(), values.end(), [](const Value& a, const Value& b) { return a.first < b.first; });
  // Each value that steps on from an earlier open-ended one, and those it steps from.
  std::vector<char> in(values.size(), 0);
  for (size_t i = 0; i < values.size(); ++i) {
    const Interval& early = claims[values[i].claims.front()].interval;
    if (!std::isinf(early.hi)) continue;
    for (size_t j = i + 1; j < values.size(); ++j) {
      const Interval& late = claims[values[j].claims.front()].interval;
      if (values[j].first > values[i].first && late.lo > early.lo) in[i] = in[j] = 1;
    }
  }
  std::vector<std::vector<size_t>> out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (in[i]) out.push_back(values[i].claims);
  }
  if (out.size() < 2) out.clear();
  return out;
}

}  // namespace contraste
