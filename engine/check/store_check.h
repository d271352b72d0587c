// Checks drafts against the claims store (store/claims_store.h) instead of a corpus on disk: only
// the stored documents a draft's claims can be linked to are read, through the store's indexes.
//
//   auto r = CheckDraftsInStore(engine, *store, std::move(drafts.drafts));
//
// Which documents: those with a claim about one of the participants of a draft's claims (two
// claims are one event only when one's participants contain the other's, claims/event_linker.h;
// a claim without participants is an event of its own), and the other documents of those
// documents' stories (stories are grouped over the documents read, stories/story_grouping.h), at
// most `max_story_documents` of them. Then the pipeline's corpus steps and the verdicts are those
// of CheckDrafts over these documents and the drafts.
#pragma once

#include <vector>

#include "check/draft_checker.h"
#include "store/claims_store.h"

namespace contraste {

struct StoreCheckOptions {
  size_t max_story_documents = 2000;
};

struct StoreCheckRead {
  size_t about = 0;          // stored documents sharing a participant with a draft claim
  size_t documents = 0;      // stored documents read, their stories' included
};

Result<CheckResult> CheckDraftsInStore(Engine& engine, ClaimsStore& store, std::vector<Document> drafts,
                                       const StoreCheckOptions& options = {}, StoreCheckRead* read = nullptr);

}  // namespace contraste
