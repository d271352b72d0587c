// Builds a claims store of many generated articles, period by period, for contraste-store-bench.
//
//   StoreBuildOptions o;
//   o.articles = 1000000;
//   auto built = BuildStore(generator, engines, *store, o);   // built->drafts: articles to check again
//
// Each period is one Generate() of the corpus generator (another seed, events dated after the
// last period's), about `period_articles` articles cut at an event's end; its articles get ids and
// paths of their own ("p0003-bench-000017"), are analysed on the engines' threads and written one
// per transaction (ClaimsStore::PutDocument, as `ingest` does); then the corpus steps run over the
// period alone and their results are added to the store (PutDerived without replacing). Periods
// share no event (they are years apart), so this is what `ingest` would store, but for stories
// that would have spanned two periods.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "corpus_generator.h"
#include "pipeline/parallel_analysis.h"
#include "store/claims_store.h"

namespace contraste::bench {

struct StoreBuildOptions {
  size_t articles = 10000;
  size_t period_articles = 10000;
  size_t text_articles = SIZE_MAX;  // analysed from text; the rest copied in bulk
  std::string location;             // the store's file or PostgreSQL URL, for the bulk copies
  size_t drafts = 200;  // articles kept to be checked again, spread evenly over the store
  uint64_t seed = 1;
};

struct BuiltStore {
  size_t articles = 0;
  size_t claims = 0;
  std::vector<Document> drafts;
};

Result<BuiltStore> BuildStore(const CorpusGenerator& generator, EngineSet& engines, ClaimsStore& store,
                              const StoreBuildOptions& options);

}  // namespace contraste::bench
