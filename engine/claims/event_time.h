// When each claim's event happened, for event linking: the event's own date when its sentence
// states one (a date claim of the same frame and participants), else the article's publication
// date. Per frame, dates within link_window_days of each other form one time cluster; a wide
// date (a month, a year) joins the cluster it overlaps that has the most claims, or forms its own.
// So a visit "en marzo" and a visit "el miércoles" of a June article are two events, and a
// signing "el 18 de junio de 2024" in a 2025 article meets the articles of June 2024.
//
//   EventTimes t = ClusterEventTimes(lang, docs, claims);
//   t.cluster[i] == t.cluster[j]   // claims i and j may be the same event
//   t.label[i]                     // "2024-06-19": the cluster's earliest publication date, else
//                                  // the value of its first stated date ("2025-03")
#pragma once

#include <string>
#include <vector>

#include "claims/claim.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

struct EventTimes {
  static constexpr long kUndated = -1000000000;  // no publication date and no stated date
  std::vector<long> cluster;        // per claim: the first day of its time cluster, or kUndated
  std::vector<long> last;           // per claim: the last day of its time cluster, or kUndated
  std::vector<std::string> label;   // per claim: "undated" for kUndated
};

EventTimes ClusterEventTimes(const Language& lang, const std::vector<Document>& docs, const std::vector<Claim>& claims);

}  // namespace contraste
