// Findings: what the report says. A conflict is two or more consensus groups of one event slot
// that a rule says cannot all be true, each group a side; an agreement is one consensus group
// stated by two or more documents.
#pragma once

#include <string>
#include <vector>

#include "claims/claim.h"
#include "graph/claim_graph.h"
#include "text/document.h"

namespace contraste {

struct FindingClaim {
  size_t claim = 0;  // index into the claim list
  int side = 0;      // claims on the same side agree
};

// One value an explanation names, so that the explanation can be said in another language
// (report/explanation_text.h): the quote, the kind of place it names (a same_place rule's
// values) and, in a dispute, who gives it.
struct ExplainedValue {
  std::string quote;
  std::string place_kind;  // gazetteer kind id ("guesthouse", "unknown"); empty when no place
  std::string source;      // attribution names ("KCNA"); empty unless a dispute names it
};

struct Finding {
  std::string id;           // stable fingerprint of what the finding is about
  std::string kind;         // "conflict" | "agreement"
  std::string rule;         // rule id
  std::string slot;
  std::string event;        // event id
  std::string event_label;  // short human label
  std::string unit;         // what is counted (quantities), else empty
  std::string measure;      // what the figures count, whose, and where (Claim::measure, subject,
  std::string subject;      // scope), each empty when unknown
  std::string scope;
  std::string explanation;  // one sentence, from the rule file's English template
  std::vector<ExplainedValue> values;  // what the explanation's {values} names, in its order
  std::vector<FindingClaim> claims;  // sorted by side, document id, offset
};

// Findings sorted: conflicts first, then by event label, slot, id.
std::vector<Finding> BuildFindings(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                   const ClaimGraph& graph);

}  // namespace contraste
