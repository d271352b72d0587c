// Turns a verdict into a finding of the report contract (contraste.report/2), so that the JSON,
// Markdown and HTML writers show a check like any report.
//
//   Finding f = VerdictFinding(analysis, verdict);   // kind "conflict" or "agreement"
//
// contradicted, disputed -> conflict: side 0 is the draft's claim and the corpus claims compatible
//                           with it; the corpus claims against it follow, one side per corpus
//                           consensus group. A vague draft compatible with every group of a
//                           disputed slot stands alone on side 0, each corpus group on its own side.
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
