#include "store/claim_days.h"

#include <algorithm>
#include <cmath>

namespace contraste {

namespace {

// A stated date's first and last day, when it was resolved to days (claims/date_claims.h) and is
// no wider than kWidestStatedDate.
bool StatedDays(const Claim& c, long* first, long* last) {
  if (c.slot != "date" || c.value.empty() || !std::isfinite(c.interval.lo) || !std::isfinite(c.interval.hi)) {
    return false;
  }
  *first = static_cast<long>(c.interval.lo);
  *last = static_cast<long>(c.interval.hi);
  return *first <= *last && *last - *first <= kWidestStatedDate;
}

}  // namespace

long PublicationDay(const Document& d) { return d.published ? d.published->DaysSinceEpoch() : kUndatedDay; }

std::vector<long> ClaimDays(const DocumentAnalysis& d) {
  std::vector<long> days;
  if (d.document.published) days.push_back(d.document.published->DaysSinceEpoch());
  for (const Claim& c : d.claims) {
    long first = 0, last = 0;
    if (!StatedDays(c, &first, &last)) continue;
    days.push_back(first);
    days.push_back(last);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  if (days.empty()) days.push_back(kUndatedDay);
  return days;
}

std::vector<DayRange> DaysWithin(const std::vector<DocumentAnalysis>& drafts, long window) {
  std::vector<DayRange> ranges;
  for (const DocumentAnalysis& d : drafts) {
    if (d.document.published) {
      const long day = d.document.published->DaysSinceEpoch();
      ranges.push_back({day - window, day + window});
    }
    for (const Claim& c : d.claims) {
      long first = 0, last = 0;
      if (StatedDays(c, &first, &last)) ranges.push_back({first - window, last + window});
    }
  }
  if (ranges.empty()) return ranges;
  std::sort(ranges.begin(), ranges.end(), [](const DayRange& a, const DayRange& b) { return a.first < b.first; });
  std::vector<DayRange> merged;
  for (const DayRange& r : ranges) {
    if (!merged.empty() && r.first <= merged.back().last + 1) {
      merged.back().last = std::max(merged.back().last, r.last);
    } else {
      merged.push_back(r);
    }
  }
  merged.push_back({kUndatedDay, kUndatedDay});
  return merged;
}

}  // namespace contraste
