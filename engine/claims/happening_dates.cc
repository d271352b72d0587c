#include "claims/happening_dates.h"

#include <algorithm>
#include <map>
#include <utility>

#include "claims/date_subjects.h"

namespace contraste {

std::vector<std::string> TakeDateHappenings(std::vector<Claim>* claims) {
  std::vector<std::string> out(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) {
    Claim& c = (*claims)[i];
    if (!c.subject.starts_with(kDateOfPrefix)) continue;
    out[i] = c.subject.substr(kDateOfPrefix.size());
    c.subject.clear();
  }
  return out;
}

namespace {

bool Overlap(const Interval& a, const Interval& b) { return a.lo <= b.hi && b.lo <= a.hi; }

// Days between two spans of days (0 when they overlap or touch).
double Gap(const Interval& a, const Interval& b) {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

}  // namespace

void JoinDatesOfNamedHappenings(const Language& lang, const std::vector<std::string>& happening, std::vector<Claim>* claims) {
  // The dates of each (story, happening), in the order of the claims.
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < claims->size() && i < happening.size(); ++i) {
    const Claim& c = (*claims)[i];
    if (happening[i].empty() || c.slot != "date" || c.value.empty() || !c.compared) continue;
    groups[{c.story, happening[i]}].push_back(i);
  }
  const double window = std::max(lang.link_window_days, 0);
  std::vector<size_t> kept;
  for (auto& [key, members] : groups) {
    // An article that dates the happening two ways that exclude each other: which one is unclear.
    kept.clear();
    for (size_t i : members) {
      bool ambiguous = false;
      for (size_t j : members) {
        const Claim& a = (*claims)[i];
        const Claim& b = (*claims)[j];
        if (a.doc == b.doc && !Overlap(a.interval, b.interval)) ambiguous = true;
      }
      if (!ambiguous) kept.push_back(i);
    }
    // Occurrences: dates by their first day, joined while the next lies within reach of the group.
    std::sort(kept.begin(), kept.end(), [&](size_t a, size_t b) {
      return (*claims)[a].interval.lo < (*claims)[b].interval.lo;
    });
    for (size_t from = 0; from < kept.size();) {
      size_t to = from + 1;
      for (; to < kept.size(); ++to) {
        const Interval& next = (*claims)[kept[to]].interval;
        bool near = false;
        for (size_t k = from; k < to && !near; ++k) {
          const Interval& in = (*claims)[kept[k]].interval;
          const double reach = std::max({window, in.hi - in.lo, next.hi - next.lo});
          near = Gap(in, next) <= reach;
        }
        if (!near) break;
      }
      bool two_articles = false;
      for (size_t k = from + 1; k < to; ++k) two_articles = two_articles || (*claims)[kept[k]].doc != (*claims)[kept[from]].doc;
      if (two_articles) {
        const Claim& first = (*claims)[kept[from]];
        const std::string id = "happening|story:" + key.first + "|" + key.second + "|" + first.value;
        const std::string label = key.second + ": " + key.first + " (" + first.value + ")";
        for (size_t k = from; k < to; ++k) {
          Claim& c = (*claims)[kept[k]];
          c.event = id;
          c.event_label = label;
          c.subject = "happening:" + key.second;
          c.agree_only = false;
        }
      }
      from = to;
    }
  }
}

}  // namespace contraste
