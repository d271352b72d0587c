// Checks drafts against the claims store (store/claims_store.h) instead of a corpus on disk: only
// the stored documents a draft's claims can be linked to are read, through the store's indexes.
//
//   auto r = CheckDraftsInStore(engine, *store, std::move(drafts.drafts));
//
// Which documents: those with a claim about one of the participants of a draft's claims (two
// claims are one event only when one's participants contain the other's, claims/event_linker.h;
// a claim without participants is an event of its own) on a day the draft's claims can be linked
// to (store/claim_days.h: within twice the largest link_window_days of the draft's publication day
// and of the dates it states, so that one step of a chain of close dates is read too, and undated
// documents), and the other documents of those documents' stories (stories are grouped over the
// documents read, stories/story_grouping.h) published within `story_days` of those days, at most
// `max_story_documents` of them. A draft without any date reads every day. Then the pipeline's
// corpus steps and the verdicts are those of CheckDrafts over these documents and the drafts.
// Every read is an index range (participant or story, day): the cost grows with the documents
// read, not with the store.
#pragma once

#include <vector>

#include "check/draft_checker.h"
#include "store/claims_store.h"

namespace contraste {

struct StoreCheckOptions {
  size_t max_story_documents = 2000;
  long story_days = 31;
};

struct StoreCheckRead {
  size_t about = 0;          // stored documents sharing a participant with a draft claim
  size_t documents = 0;      // stored documents read, their stories' included
};

Result<CheckResult> CheckDraftsInStore(Engine& engine, ClaimsStore& store, std::vector<Document> drafts,
                                       const StoreCheckOptions& options = {}, StoreCheckRead* read = nullptr);

}  // namespace contraste
