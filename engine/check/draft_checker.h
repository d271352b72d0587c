// Checks drafts against a corpus: runs the pipeline over both, then judges every claim of every
// draft against the corpus' claims about the same event slot (never against another draft).
//
//   CheckResult r = CheckDrafts(engine, std::move(corpus.documents), std::move(drafts.drafts));
//   for (const Verdict& v : r.verdicts) std::cout << VerdictName(v.kind) << "\n";
//   return r.Count(VerdictKind::kContradicted) ? 1 : 0;
//
// The corpus' own consensus groups are computed without the drafts, so a vague draft can never
// bridge two groups of the corpus and hide that the corpus disagrees. A corpus document with a
// draft's id, or the draft's file itself, is replaced by the draft (re-checking a published article
// against the others).
//
// Cost: one pipeline run over corpus + drafts (linear in their size), then for each draft claim
// one rule evaluation per corpus claim of the same event slot.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "check/verdict.h"
#include "pipeline/engine.h"

namespace contraste {

struct CheckResult {
  // Corpus and drafts, sorted by id. `findings` are about the drafts' claims only: a conflict per
  // contradicted or disputed claim (side 0 holds the draft's claim and the corpus claims it
  // agrees with), an agreement per confirmed claim.
  Analysis analysis;
  std::set<std::string> drafts;   // ids of the drafts that were analysed
  std::vector<Verdict> verdicts;  // one per draft claim, sorted by draft id then offset
  // The sentences the verdicts are explained in: the kExplanationLanguage's (check/verdict_finding.h)
  // until SayCheckIn (check/check_writers.h) chooses the page's language.
  MessageTemplates messages;

  size_t Count(VerdictKind kind) const;
  // Drops the verdicts below `min` and the findings only they showed (--min-severity).
  void KeepAtLeast(Severity min);
  // Drops the verdicts of these rules and the findings only they showed (a project's
  // disabled_rules): what a disabled rule compared is neither shown nor fails the check.
  void DropRules(const std::set<std::string>& rules);
  // Keeps the verdicts `keep` accepts and the findings they show.
  void KeepVerdicts(const std::function<bool(const Verdict&)>& keep);
  bool IsDraft(size_t doc) const { return drafts.count(analysis.documents[doc].id) > 0; }
};

CheckResult CheckDrafts(Engine& engine, std::vector<Document> corpus, std::vector<Document> drafts,
                        std::vector<Error> skipped = {});

// The judging half of CheckDrafts: `analysis` holds corpus and drafts (sorted by id); the documents
// whose ids are in `draft_ids` are the drafts.
CheckResult JudgeDrafts(Engine& engine, Analysis analysis, const std::set<std::string>& draft_ids);

}  // namespace contraste
