// When each claim's event happened, for event linking: the event's own date when its sentence
// states one (a date claim of the same frame and participants), else the article's publication
// date. Per frame, dates within link_window_days of each other form one time cluster; a wide
// date (a month, a year) joins the cluster it overlaps that has the most claims, or forms its own.
// So a visit "en marzo" and a visit "el miércoles" of a June article are two events, and a
// signing "el 18 de junio de 2024" in a 2025 article meets the articles of June 2024.
//
//   MentionKeys keys = InternMentionKeys(claims);
//   EventTimes t = ClusterEventTimes(lang, docs, claims, keys);
//   t.first[i] == t.first[j]                 // claims i and j (of one frame) may be the same event
//   t.clusters[t.cluster[i]].label           // "2024-06-19": the cluster's earliest publication
//                                            // date, else the value of its first stated date
//
// Cost: a hash of each claim's mention (document, sentence, interned frame and participants) and
// a sort of the dated claims of each frame.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "claims/mention_keys.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

struct EventTimes {
  static constexpr long kUndated = -1000000000;  // no publication date and no stated date
  static constexpr uint32_t kNoCluster = UINT32_MAX;
  struct Cluster {
    uint32_t frame = 0;   // MentionKeys::frames index
    long first = 0;       // its first day: distinct among the clusters of one frame
    long last = 0;        // the last day of every date that joined it
    std::string label;
  };
  std::vector<Cluster> clusters;
  std::vector<uint32_t> cluster;  // per claim: index into clusters, or kNoCluster (undated)
  std::vector<long> first;        // per claim: its cluster's first day, or kUndated
};

EventTimes ClusterEventTimes(const Language& lang, const std::vector<Document>& docs, const std::vector<Claim>& claims,
                             const MentionKeys& keys);

}  // namespace contraste
