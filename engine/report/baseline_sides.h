// What an acknowledgement covered, and what a finding gained since: a baseline entry records each
// side of the finding it acknowledges (the normalized values and the documents stating them), so
// that a finding with the same id but news in it (a third article with another figure, a new
// article on a side, a new value) is shown again instead of staying hidden.
//
//   std::vector<AcknowledgedSide> now = SidesOfFinding(f, analysis.claims, analysis.documents);
//   std::vector<SideChange> news = ChangesSince(entry.sides, now);   // empty: nothing new
//   for (const SideChange& c : news) std::cerr << DescribeChange(c) << "\n";  // "new value PT5H"
#pragma once

#include <string>
#include <vector>

#include "findings/finding.h"
#include "report/diff.h"
#include "text/document.h"

namespace contraste {

struct AcknowledgedSide {
  std::vector<std::string> values;  // normalized claim values, sorted, unique
  std::vector<std::string> docs;    // document ids, sorted, unique
  bool operator==(const AcknowledgedSide&) const = default;
};

// One piece of news in a finding compared with what was acknowledged.
struct SideChange {
  enum class Kind { kSides, kValue, kDocument };
  Kind kind = Kind::kValue;
  std::string item;       // the new value or document id (empty for kSides)
  size_t acknowledged = 0;  // kSides: how many sides were acknowledged
  size_t now = 0;           // kSides: how many the finding has now
};

// The sides of a finding of any kind, in side order (claims whose side number is the same are one
// side; a finding kind with one side, e.g. an agreement, gives one).
std::vector<AcknowledgedSide> SidesOfFinding(const Finding& f, const std::vector<Claim>& claims,
                                             const std::vector<Document>& docs);
// The same from a finding of a JSON report (its claims' "side", "value" and "doc").
std::vector<AcknowledgedSide> SidesOfReportFinding(const ReportJson& finding);

// What `now` holds that `acknowledged` did not: more sides than acknowledged, each value and each
// document not acknowledged on any side. Sorted: sides, then values, then documents. Nothing is
// reported when `acknowledged` is empty (an entry that recorded no sides can tell nothing).
std::vector<SideChange> ChangesSince(const std::vector<AcknowledgedSide>& acknowledged,
                                     const std::vector<AcknowledgedSide>& now);

// "sides: 2 acknowledged, 3 now", "new value PT5H", "new document 005_x".
std::string DescribeChange(const SideChange& c);
// "sides", "value", "document": the kind's name in JSON.
const char* ChangeKindName(SideChange::Kind kind);

}  // namespace contraste
