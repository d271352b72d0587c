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
  std::string explanation;  // one sentence
  std::vector<FindingClaim> claims;  // sorted by side, document id, offset
};

// Findings sorted: conflicts first, then by event label, slot, id.
std::vector<Finding> BuildFindings(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                   const ClaimGraph& graph);

}  // namespace contraste
