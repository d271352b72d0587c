// What the corpus says about one claim of a draft.
//
//   for (const Verdict& v : result.verdicts) {
//     if (v.kind == VerdictKind::kContradicted) ... v.contradicting ...   // corpus claims against it
//   }
//
// contradicted: no consensus group of the corpus (same event, slot, counted thing) is compatible
//               with the draft's value; the corpus claims it conflicts with are named.
// disputed:     the corpus itself holds two or more incompatible groups; the draft sides with one.
// confirmed:    the corpus holds one group and the draft's value is compatible with all of it.
// unchecked:    the corpus says nothing about this event slot (or no rule compares the slot).
#pragma once

#include <string>
#include <vector>

namespace contraste {

enum class VerdictKind { kContradicted, kDisputed, kConfirmed, kUnchecked };

// "contradicted", "disputed", "confirmed", "unchecked".
const char* VerdictName(VerdictKind kind);
// Severity for editors' tools: "error" (contradicted), "warning" (disputed), "note" (the others).
const char* VerdictSeverity(VerdictKind kind);

struct Verdict {
  size_t claim = 0;                  // the draft's claim, index into the analysis' claims
  VerdictKind kind = VerdictKind::kUnchecked;
  std::string rule;                  // id of the rule that compared; empty when no rule applies
  std::vector<size_t> confirming;    // corpus claims compatible with the draft's (claim order)
  std::vector<size_t> contradicting; // corpus claims that conflict with the draft's (claim order)
  // The corpus' consensus groups of this event slot, each sorted by document id and offset,
  // ordered by their first claim; the draft's claim is in none of them.
  std::vector<std::vector<size_t>> corpus_sides;
  int draft_side = -1;               // index into corpus_sides the draft agrees with, or -1
  std::string finding;               // id of the finding that shows it; empty when unchecked
};

}  // namespace contraste
