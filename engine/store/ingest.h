// Ingest: brings the store up to date with the articles under some paths, analysing only what
// changed. A document whose bytes and metadata (store/analysis_codec.h: ContentHash) and rules
// (store/rules_version.h) are those stored is not analysed again; a new or changed one is
// analysed and replaces its stored analysis in one transaction; a stored document that lived under
// one of the paths and is gone is removed. Then the corpus steps are run over the whole store and
// their results stored (ClaimsStore::PutDerived).
//
//   IngestCounts n = *Ingest(engine, *store, {"corpus"}, rules_version, progress);
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pipeline/parallel_analysis.h"
#include "store/claims_store.h"

namespace contraste {

struct IngestCounts {
  size_t added = 0;      // documents new to the store
  size_t changed = 0;    // stored documents whose content changed
  size_t reanalysed = 0; // stored documents analysed again because the rules changed
  size_t unchanged = 0;
  size_t removed = 0;    // stored documents (or skipped files) gone from the paths
  size_t skipped = 0;    // files that could not be used (stored with their error)
  size_t bytes_analysed = 0;
};

struct IngestProgress {
  // Told once, before any analysis, how many stored documents the rules change makes stale.
  std::function<void(size_t stale_for_rules)> rules_changed;
  // After each document: how many of those to analyse are done.
  std::function<void(size_t done, size_t total)> step;
  // Each file that could not be used.
  std::function<void(const Error&)> skipped;
};

Result<IngestCounts> Ingest(Engine& engine, ClaimsStore& store, const std::vector<std::string>& paths,
                            const std::string& rules_version, const IngestProgress& progress = {});
// The same with documents analysed on the threads of `engines` (pipeline/parallel_analysis.h) while
// the calling thread writes them, one transaction each, in the order they were listed: the store
// ends the same for any number of threads, and a kill leaves it as it was after one document.
Result<IngestCounts> Ingest(EngineSet& engines, ClaimsStore& store, const std::vector<std::string>& paths,
                            const std::string& rules_version, const IngestProgress& progress = {});

// The corpus steps over every stored document, stored (ClaimsStore::PutDerived).
Status RefreshDerived(Engine& engine, ClaimsStore& store);

}  // namespace contraste
