#include "claims/event_time.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace contraste {

namespace {

struct Anchor {
  long lo = 0, hi = 0;
  bool stated = false;  // from a date in the text, not from the publication date
  size_t claim = 0;
};

// Orders claims (by index) by their event mention: document, sentence, frame and participants,
// compared in place (no key is copied).
struct SameMentionLess {
  const std::vector<Claim>* claims = nullptr;
  bool operator()(size_t a, size_t b) const {
    const Claim& x = (*claims)[a];
    const Claim& y = (*claims)[b];
    return std::tie(x.doc, x.sentence_offset, x.frame, x.participants) <
           std::tie(y.doc, y.sentence_offset, y.frame, y.participants);
  }
};

constexpr size_t kNone = static_cast<size_t>(-1);

}  // namespace

EventTimes ClusterEventTimes(const Language& lang, const std::vector<Document>& docs, const std::vector<Claim>& claims) {
  EventTimes out;
  out.cluster.assign(claims.size(), EventTimes::kUndated);
  out.last.assign(claims.size(), EventTimes::kUndated);
  out.label.assign(claims.size(), "undated");
  // The first date claim of each event mention, then for every claim the date claim of its
  // mention (kNone when its sentence states none): looked up once per claim.
  std::set<size_t, SameMentionLess> date_claims(SameMentionLess{&claims});
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].slot == "date") date_claims.insert(i);
  }
  std::vector<size_t> stated_date(claims.size(), kNone);
  if (!date_claims.empty()) {
    for (size_t i = 0; i < claims.size(); ++i) {
      auto it = date_claims.find(i);
      if (it != date_claims.end()) stated_date[i] = *it;
    }
  }
  std::map<std::string, std::vector<Anchor>> by_frame;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (stated_date[i] != kNone) {
      const Interval& iv = claims[stated_date[i]].interval;
      by_frame[c.frame].push_back({static_cast<long>(iv.lo), static_cast<long>(iv.hi), true, i});
    } else if (docs[c.doc].published) {
      long d = docs[c.doc].published->DaysSinceEpoch();
      by_frame[c.frame].push_back({d, d, false, i});
    }
  }
  const long window = lang.link_window_days;
  for (auto& [frame, anchors] : by_frame) {
    std::stable_sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) {
      return std::tie(a.lo, a.hi) < std::tie(b.lo, b.hi);
    });
    // Narrow anchors chain while the gap is within the window.
    struct Cluster {
      long start = 0, lo = 0, hi = 0;
      long last = 0;  // the last day of every anchor that joined (hi: of the narrow ones only)
      std::vector<size_t> claims;
    };
    std::vector<Cluster> clusters;
    std::vector<const Anchor*> wide;
    for (const Anchor& a : anchors) {
      if (a.hi - a.lo > window) {
        wide.push_back(&a);
        continue;
      }
      if (clusters.empty() || a.lo - clusters.back().hi > window) clusters.push_back({a.lo, a.lo, a.hi, a.hi, {}});
      clusters.back().hi = std::max(clusters.back().hi, a.hi);
      clusters.back().last = clusters.back().hi;
      clusters.back().claims.push_back(a.claim);
    }
    // Wide anchors join the most-claimed overlapping cluster, else chain among themselves.
    std::vector<Cluster> wide_clusters;
    for (const Anchor* a : wide) {
      Cluster* best = nullptr;
      // Narrow clusters are sorted and disjoint (lo and hi both increase): only the run that
      // overlaps [a->lo, a->hi] is visited, so the cost does not grow with the corpus.
      auto first = std::partition_point(clusters.begin(), clusters.end(),
                                        [&](const Cluster& cl) { return cl.hi < a->lo; });
      for (auto cl = first; cl != clusters.end() && cl->lo <= a->hi; ++cl) {
        if (!best || cl->claims.size() > best->claims.size()) best = &*cl;
      }
      if (!best) {
        for (Cluster& cl : wide_clusters) {
          if (cl.lo <= a->hi && a->lo <= cl.hi) best = &cl;
        }
      }
      if (!best) {
        wide_clusters.push_back({a->lo, a->lo, a->hi, a->hi, {}});
        best = &wide_clusters.back();
      }
      best->last = std::max(best->last, a->hi);
      best->claims.push_back(a->claim);
    }
    clusters.insert(clusters.end(), wide_clusters.begin(), wide_clusters.end());
    for (const Cluster& cl : clusters) {
      // Label: the earliest publication date among its claims, else its first stated date.
      std::string label;
      long earliest = 0;
      for (size_t i : cl.claims) {
        const auto& pub = docs[claims[i].doc].published;
        bool from_pub = stated_date[i] == kNone;
        if (from_pub && pub && (label.empty() || pub->DaysSinceEpoch() < earliest)) {
          earliest = pub->DaysSinceEpoch();
          label = pub->ToString();
        }
      }
      if (label.empty()) {
        for (size_t i : cl.claims) {
          if (stated_date[i] != kNone) {
            label = claims[stated_date[i]].value;
            break;
          }
        }
      }
      for (size_t i : cl.claims) {
        out.cluster[i] = cl.start;
        out.last[i] = cl.last;
        out.label[i] = label;
      }
    }
  }
  return out;
}

}  // namespace contraste
