// What the corpus says about one claim of a draft.
//
//   for (const Verdict& v : result.verdicts) {
//     if (v.kind == VerdictKind::kContradicted) ... v.contradicting ...   // corpus claims against it
//   }
//
// Each corpus claim of the same event slot (and counted thing) is compatible with the draft's claim
// or conflicts with it, by the slot's comparison rule:
// contradicted: some corpus claims conflict with the draft's and none of those compatible with it
//               disagrees with them (the corpus as a whole rules the draft out);
// disputed:     the corpus itself disagrees: a claim compatible with the draft's conflicts with one
//               that is not, or (a vague draft) the corpus holds two incompatible groups;
// confirmed:    every corpus claim is compatible and the corpus holds one consensus group;
// unchecked:    the corpus says nothing about this event slot (or no rule compares the slot).
#pragma once

#include <string>
#include <vector>

#include "report/severity.h"

namespace contraste {

enum class VerdictKind { kContradicted, kDisputed, kConfirmed, kUnchecked };

// "contradicted", "disputed", "confirmed", "unchecked".
const char* VerdictName(VerdictKind kind);
// Severity for editors' tools: error (contradicted), warning (disputed), note (the others).
Severity VerdictLevel(VerdictKind kind);
// Its name: "error", "warning", "note".
const char* VerdictSeverity(VerdictKind kind);

struct Verdict {
  size_t claim = 0;                  // the draft's claim, index into the analysis' claims
  VerdictKind kind = VerdictKind::kUnchecked;
  std::string rule;                  // id of the rule that compared; empty when no rule applies
  std::vector<size_t> confirming;    // corpus claims compatible with the draft's (claim order)
  std::vector<size_t> contradicting; // corpus claims that conflict with the draft's (claim order)
  // The corpus' consensus groups of this event slot (computed without any draft), each sorted by
  // document id and offset, ordered by their first claim.
  std::vector<std::vector<size_t>> corpus_sides;
  std::string finding;               // id of the finding that shows it; empty when unchecked
  // Contradicted by the draft's own claims where the corpus says nothing (a weekday and the date it
  // is written with): `confirming`, `contradicting` and `corpus_sides` then hold the draft's claims.
  bool internal = false;
};

}  // namespace contraste
