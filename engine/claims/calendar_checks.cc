#include "claims/calendar_checks.h"
#include "claims/claim_provenance.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/calendar.h"

namespace contraste {

namespace {

const char* WeekdayName(int iso) {
  static const char* kNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return iso >= 1 && iso <= 7 ? kNames[iso - 1] : "unknown";
}

Claim CheckClaim(const Document& doc, size_t doc_index, const AnalyzedText& text, const Sentence& sentence,
                 size_t first_token, size_t end_token, int weekday) {
  Claim c = ClaimFromTokens(doc, doc_index, text, sentence, first_token, end_token);
  c.frame = kConsistencyFrame;
  c.slot = "weekday";
  c.value = WeekdayName(weekday);
  c.interval = Interval::Point(weekday);
  return c;
}


bool IsPreviousDate(const Mention& m) {
  return m.kind == MentionKind::kDate && m.temporal.previous && m.temporal.year != 0 && !m.temporal.in_list;
}

// Whether sentence `si` is about the occurrence `since` counts from: a trigger of the same frame and
// an entity that is one of its participants.
bool SameOccurrence(const Claim& since, const std::vector<Mention>& ms) {
  const bool same_frame = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
    return m.kind == MentionKind::kTrigger && m.normalized == since.frame;
  });
  return same_frame && std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
           return m.kind == MentionKind::kEntity &&
                  std::find(since.participants.begin(), since.participants.end(), m.normalized) != since.participants.end();
         });
}

// Claims pairing each "since the previous one" claim ("primera visita en 24 años") with the dates
// of the previous occurrence ("su última visita ... en el año 2000") in the nearest sentence of the
// same article that names one, about the same frame and at least one shared participant. Nearest
// only: an article repeating both many times pairs each with its neighbour, not every one with
// every other (which made claims quadratic in the article: 8,000 per 100 KB of repeated text).
void AddPreviousOccurrenceChecks(const Document& doc, size_t doc_index, const AnalyzedText& text,
                                 const std::vector<std::vector<Mention>>& mentions, std::vector<Claim>* claims) {
  if (!doc.published) return;
  // The sentences that state a previous occurrence's date, in text order.
  std::vector<size_t> dated;
  for (size_t si = 0; si < mentions.size() && si < text.sentences.size(); ++si) {
    if (std::any_of(mentions[si].begin(), mentions[si].end(), IsPreviousDate)) dated.push_back(si);
  }
  if (dated.empty()) return;
  constexpr double kSecondsPerYear = 365.0 * 86400.0;
  const double pub_year = doc.published->year;
  const auto distance = [&](size_t si, size_t offset) {
    const Sentence& s = text.sentences[si];
    return offset < s.begin ? s.begin - offset : offset >= s.end ? offset - s.end + 1 : 0;
  };
  std::vector<Claim> added;
  for (const Claim& since : *claims) {
    if (since.doc != doc_index || since.slot != "since_previous" || since.participants.empty()) continue;
    // Outward from the claim: the first dated sentence, on either side, about the same occurrence.
    size_t right = std::partition_point(dated.begin(), dated.end(),
                                        [&](size_t si) { return text.sentences[si].end <= since.offset; }) -
                   dated.begin();
    size_t left = right;  // dated[left - 1] is the next candidate before the claim
    size_t found = dated.size();
    while (found == dated.size() && (left > 0 || right < dated.size())) {
      const bool take_left =
          left > 0 && (right == dated.size() || distance(dated[left - 1], since.offset) <= distance(dated[right], since.offset));
      const size_t at = take_left ? --left : right++;
      if (SameOccurrence(since, mentions[dated[at]])) found = at;
    }
    if (found == dated.size()) continue;
    const size_t si = dated[found];
    for (const Mention& m : mentions[si]) {
      if (!IsPreviousDate(m)) continue;
      const TemporalExpression& e = m.temporal;
      const std::string group = fmt::format("previous:{}:{}", since.offset, m.begin_token);
      Claim implied = since;
      implied.frame = kConsistencyFrame;
      implied.participants.clear();
      implied.slot = "previous_year";
      implied.unit = "year";
      implied.hedge.clear();
      implied.local_event = group;
      // Publication year minus the span, one year either way (a span in whole years is rounded).
      double lo = pub_year - since.interval.hi / kSecondsPerYear - 1;
      double hi = pub_year - since.interval.lo / kSecondsPerYear + 1;
      implied.interval = Interval::Between(since.interval.IsBounded() ? lo : 0, hi);
      implied.value = since.interval.IsBounded() ? fmt::format("{:.0f}-{:.0f}", lo, hi) : fmt::format("<{:.0f}", hi);
      Claim stated = ClaimFromTokens(doc, doc_index, text, text.sentences[si], m.begin_token, m.end_token);
      stated.frame = kConsistencyFrame;
      stated.slot = "previous_year";
      stated.unit = "year";
      stated.local_event = group;
      stated.value = fmt::format("{}", e.year);
      stated.interval = Interval::Point(e.year);
      added.push_back(std::move(implied));
      added.push_back(std::move(stated));
    }
  }
  for (auto& c : added) claims->push_back(std::move(c));
}

}  // namespace

bool IsInternalCheck(const Claim& c) { return c.frame == kConsistencyFrame; }

void AddCalendarChecks(const Language& /*lang*/, const Document& doc, size_t doc_index, const AnalyzedText& text,
                       const std::vector<std::vector<Mention>>& mentions, std::vector<Claim>* claims) {
  for (size_t si = 0; si < mentions.size() && si < text.sentences.size(); ++si) {
    for (const Mention& m : mentions[si]) {
      const TemporalExpression& e = m.temporal;
      if (m.kind != MentionKind::kDate || e.kind != TemporalKind::kDate || !e.weekday || !e.year ||
          e.date_token <= e.weekday_token || e.day > DaysInMonth(e.year, e.month)) {
        continue;
      }
      int actual = IsoWeekday(CivilDate{e.year, e.month, e.day});
      const Sentence& s = text.sentences[si];
      claims->push_back(CheckClaim(doc, doc_index, text, s, e.weekday_token, e.weekday_token + 1, e.weekday));
      claims->push_back(CheckClaim(doc, doc_index, text, s, e.date_token, m.end_token, actual));
    }
  }
  AddPreviousOccurrenceChecks(doc, doc_index, text, mentions, claims);
}

}  // namespace contraste
