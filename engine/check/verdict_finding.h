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

// The language of the verdicts' sentences in the JSON, line and SARIF outputs: that of the rule
// files' sentences, which the report's JSON keeps.
inline constexpr const char* kExplanationLanguage = "en";

// The verdict's sentence in the words of `m` (rules/<lang>/messages.yaml `verdicts`), for any
// verdict, unchecked ones included.
std::string VerdictExplanation(const Analysis& a, const Verdict& v, const MessageTemplates& m);

// Precondition: v.kind != kUnchecked. Its explanation is VerdictExplanation's in `m`.
Finding VerdictFinding(const Analysis& a, const Verdict& v, const MessageTemplates& m);

// `"quote" (doc, doc); "quote" (doc)`: the claims' distinct quotes with the documents stating them.
std::string QuotesWithDocs(const Analysis& a, const std::vector<size_t>& claims, const MessageTemplates& m);

}  // namespace contraste
