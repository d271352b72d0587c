// Phrases of rules/<lang>/timeline.yaml that share one table of TimelineLexicon, told apart by id:
// `changes` ("sube a": the value right after is a new value) and `restated` ("eleva la cifra a": the
// value right after restates a figure given before) are both read right before a value; the
// `qualifiers` (claims/figure_qualifier.h: "seguían ingresados", "en lo que va de año", "frente a")
// are read around it, each kind with its own id.
//
//   if (hit.id == kRestatedPhrase) ...   // lex.changes.LongestAt(t, i, &hit)
#pragma once

#include <array>
#include <string_view>

namespace contraste {

constexpr int kChangePhrase = 0;    // timeline.yaml `changes`, in TimelineLexicon::changes
constexpr int kRestatedPhrase = 1;  // timeline.yaml `restated`, in TimelineLexicon::changes too

// timeline.yaml `provisional` and `open_counts` ("hasta el momento", "so far": a count that may still
// rise, claims/figure_moment.h SaysOpenCount), both in TimelineLexicon::provisional: an open count's
// sentence is provisional too.
constexpr int kProvisionalPhrase = 0;
constexpr int kOpenCountPhrase = 1;

// The kinds of timeline.yaml `qualifiers`, in TimelineLexicon::changes with id kQualifierPhrase + kind.
enum QualifierKind : int {
  // A subset of a count, named near its figure: compared only with figures of the same subset.
  kInHospital = 0,       // still in hospital: a count of how things stand (moves either way)
  kInIntensiveCare,      // still in intensive care: the same
  kTakenToHospital,      // taken to hospital
  kDuringJourney,        // during the crossing, on the way
  kOnArrival,            // on arrival
  // A figure of a period, not of the event ("en lo que va de año"): compared only with figures of
  // the same period.
  kPeriodYear,
  kPeriodMonth,
  // The year up to now, said so ("en lo que va de año", "year to date"): a period's total for a
  // figure of any measure (a profit to date), where "este año" may be the year a budget is for.
  kPeriodToDate,
  // Never compared: another figure a figure is compared with ("frente a los 30"), a difference
  // ("cuatro más que"), a figure of another occasion ("la edición anterior").
  kComparedTo,
  kDifference,
  kOtherOccasion,       // anywhere outside a date: "el pasado naufragio", "la anterior edición"
  kOtherOccasionAfter,  // after an article and a noun: "la edición anterior", "del accidente previo"
  kOccasionArticle,     // the articles kOtherOccasionAfter needs: "la", "del"
  // A clause that opens with one continues the clause before it ("..., en el que murieron nueve").
  kContinues,
  kQualifierKinds
};
constexpr int kQualifierPhrase = 16;

// The timeline.yaml key of each kind, in QualifierKind order; the subsets' keys are the comparison
// key they give (claims/figure_qualifier.h).
constexpr std::array<std::string_view, kQualifierKinds> kQualifierKeys = {
    "in_hospital", "in_intensive_care", "taken_to_hospital", "during_journey", "on_arrival", "period_year",
    "period_month", "period_to_date", "compared_to", "difference", "other_occasion", "other_occasion_after",
    "occasion_articles", "continues"};

}  // namespace contraste
