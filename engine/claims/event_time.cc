#include "claims/event_time.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace contraste {

namespace {

struct Anchor {
  long lo = 0, hi = 0;
  size_t claim = 0;
};

// An event mention: document, sentence, frame and participants (interned).
struct EventMention {
  size_t doc = 0, sentence = 0;
  uint32_t frame = 0, people = 0;
  bool operator==(const EventMention&) const = default;
};

struct EventMentionHash {
  size_t operator()(const EventMention& m) const noexcept {
    uint64_t h = m.doc * 0x9e3779b97f4a7c15ull ^ m.sentence;
    h = h * 0xff51afd7ed558ccdull ^ (uint64_t{m.frame} << 32 | m.people);
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

constexpr size_t kNone = static_cast<size_t>(-1);

}  // namespace

EventTimes ClusterEventTimes(const Language& lang, const std::vector<Document>& docs, const std::vector<Claim>& claims,
                             const MentionKeys& keys) {
  EventTimes out;
  out.cluster.assign(claims.size(), EventTimes::kNoCluster);
  out.first.assign(claims.size(), EventTimes::kUndated);
  auto mention_of = [&](size_t i) {
    return EventMention{claims[i].doc, claims[i].sentence_offset, keys.frame[i], keys.people[i]};
  };
  // The date claims of each event mention, in order; for every claim, the date claim of its
  // mention (kNone when its sentence states none): a date claim and a claim of a mention with one
  // date take the first; a figure of a mention with several dates takes the nearest (fewest bytes
  // between them), the later of two as near ("400 millones en 2022 y 520 millones en 2023": each figure its own year).
  std::unordered_map<EventMention, std::vector<size_t>, EventMentionHash> dates_of_mention;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].slot == "date") dates_of_mention[mention_of(i)].push_back(i);
  }
  std::vector<size_t> stated_date(claims.size(), kNone);
  if (!dates_of_mention.empty()) {
    for (size_t i = 0; i < claims.size(); ++i) {
      auto it = dates_of_mention.find(mention_of(i));
      if (it == dates_of_mention.end()) continue;
      const std::vector<size_t>& dates = it->second;
      stated_date[i] = dates.front();
      if (dates.size() == 1 || claims[i].slot == "date") continue;
      size_t best_distance = SIZE_MAX;
      for (size_t d : dates) {
        const size_t distance = claims[i].BytesTo(claims[d].offset, claims[d].offset + claims[d].length);
        if (distance <= best_distance) {
          best_distance = distance;
          stated_date[i] = d;
        }
      }
    }
  }
  std::vector<long> published(docs.size(), EventTimes::kUndated);
  for (size_t d = 0; d < docs.size(); ++d) {
    if (docs[d].published) published[d] = docs[d].published->DaysSinceEpoch();
  }
  std::vector<std::vector<Anchor>> by_frame(keys.frames.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (stated_date[i] != kNone) {
      const Interval& iv = claims[stated_date[i]].interval;
      by_frame[keys.frame[i]].push_back({static_cast<long>(iv.lo), static_cast<long>(iv.hi), i});
    } else if (docs[c.doc].published) {
      by_frame[keys.frame[i]].push_back({published[c.doc], published[c.doc], i});
    }
  }
  const long window = lang.link_window_days;
  struct Cluster {
    long start = 0, lo = 0, hi = 0;
    long last = 0;  // the last day of every anchor that joined (hi: of the narrow ones only)
    std::vector<size_t> claims;
  };
  std::vector<Cluster> clusters, wide_clusters;
  std::vector<const Anchor*> wide;
  for (uint32_t frame = 0; frame < by_frame.size(); ++frame) {
    auto& anchors = by_frame[frame];
    // By day; anchors of the same days stay in claim order.
    std::sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) {
      return std::tie(a.lo, a.hi, a.claim) < std::tie(b.lo, b.hi, b.claim);
    });
    // Narrow anchors chain while the gap is within the window.
    clusters.clear();
    wide_clusters.clear();
    wide.clear();
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
    clusters.insert(clusters.end(), std::make_move_iterator(wide_clusters.begin()),
                    std::make_move_iterator(wide_clusters.end()));
    for (const Cluster& cl : clusters) {
      // Label: the earliest publication date among its claims, else its first stated date.
      const Document* earliest = nullptr;
      long earliest_day = 0;
      for (size_t i : cl.claims) {
        const size_t d = claims[i].doc;
        if (stated_date[i] == kNone && docs[d].published && (!earliest || published[d] < earliest_day)) {
          earliest = &docs[d];
          earliest_day = published[d];
        }
      }
      std::string label;
      if (earliest) {
        label = earliest->published->ToString();
      } else {
        for (size_t i : cl.claims) {
          if (stated_date[i] != kNone) {
            label = claims[stated_date[i]].value;
            break;
          }
        }
      }
      const auto index = static_cast<uint32_t>(out.clusters.size());
      out.clusters.push_back({frame, cl.start, cl.last, std::move(label)});
      for (size_t i : cl.claims) {
        out.cluster[i] = index;
        out.first[i] = cl.start;
      }
    }
  }
  return out;
}

}  // namespace contraste
