// Turns a verdict into a finding of the report contract (contraste.report/1), so that the JSON,
// Markdown and HTML writers show a check like any report.
//
//   Finding f = VerdictFinding(analysis, verdict);   // kind "conflict" or "agreement"
//
// contradicted, disputed -> conflict: side 0 is the draft's claim followed by the corpus claims of
//                           the group it agrees with; the other corpus groups follow, one side each.
// confirmed              -> agreement: the draft's claim, then the corpus claims that agree.
// The id is a fingerprint of the verdict, the draft, the claim's offset, rule, event and slot.
#pragma once

#include "check/verdict.h"
#include "pipeline/engine.h"

namespace contraste {

// Precondition: v.kind != kUnchecked.
Finding VerdictFinding(const Analysis& a, const Verdict& v);

// `"quote" (doc, doc); "quote" (doc)`: the claims' distinct quotes with the documents stating them.
std::string QuotesWithDocs(const Analysis& a, const std::vector<size_t>& claims);

}  // namespace contraste
