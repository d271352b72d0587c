// The days a document's claims can be linked on, as the store indexes them, and the days a draft's
// claims can reach, so that `check --store` reads only the stored documents its claims can be
// linked to in time as well as by participant (check/store_check.h).
//
// Claims of two articles are one event only when their times are within the frame data's
// link_window_days (claims/event_time.h): the date a sentence states, else the publication date.
// A document's days are its publication day and the first and last day of every resolved date it
// states no wider than a month (kWidestStatedDate); a document with neither is undated
// (kUndatedDay) and may be linked at any time. A draft reaches the days within `window` of each of
// its own days, and undated documents; a draft without any day reaches every day (no range).
// Known miss: a year-wide date ("en 2000") reaches no article of that year by itself (it would
// read a year of the archive); the article's publication day and narrower dates still do.
//
//   std::vector<long> days = ClaimDays(analysis);                 // stored with each participant
//   std::vector<DayRange> reach = DaysWithin(drafts, 7);          // DocumentsAbout(participants, reach)
#pragma once

#include <vector>

#include "pipeline/document_analysis.h"

namespace contraste {

// Days since 1970-01-01, both ends included.
struct DayRange {
  long first = 0;
  long last = 0;
};

// Stated dates wider than this many days (a year, a decade) are not days of their document.
constexpr long kWidestStatedDate = 31;

// The day stored for a document that states no date and has no publication date.
constexpr long kUndatedDay = -1000000000;

// Sorted, without repeats; {kUndatedDay} when the document has no day.
std::vector<long> ClaimDays(const DocumentAnalysis& d);

// A document's publication day, or kUndatedDay (the day story_days keeps for it).
long PublicationDay(const Document& d);

// The ranges within `window` days of each day of `drafts` (merged, sorted), then {kUndatedDay,
// kUndatedDay}; empty when no draft has a day (every day is reachable).
std::vector<DayRange> DaysWithin(const std::vector<DocumentAnalysis>& drafts, long window);

}  // namespace contraste
