#include "pipeline/parallel_analysis.h"

#include <thread>

#include "core/ordered_parallel.h"

namespace contraste {

size_t JobsOrCores(size_t jobs) {
  return jobs > 0 ? jobs : std::max<size_t>(1, std::thread::hardware_concurrency());
}

Result<EngineSet> EngineSet::Load(Engine& first, size_t jobs) {
  EngineSet set;
  set.first_ = &first;
  for (size_t i = 1; i < JobsOrCores(jobs); ++i) {
    auto more = Engine::SharingRulesOf(first);
    if (!more) return more.error();
    set.more_.push_back(std::move(*more));
  }
  return set;
}

EngineSet EngineSet::LoadLater(Engine& first, size_t jobs) {
  EngineSet set;
  set.first_ = &first;
  const size_t more = JobsOrCores(jobs) - 1;
  set.more_.resize(more);
  set.failed_.resize(more);
  return set;
}

bool EngineSet::Prepare(size_t i) {
  if (i == 0 || more_[i - 1]) return true;
  if (failed_[i - 1]) return false;
  auto loaded = Engine::SharingRulesOf(*first_);
  if (!loaded) {
    failed_[i - 1] = loaded.error();
    return false;
  }
  more_[i - 1] = std::move(*loaded);
  return true;
}

std::vector<Error> EngineSet::errors() const {
  std::vector<Error> out;
  for (const auto& e : failed_) {
    if (e) out.push_back(*e);
  }
  return out;
}

void AnalyzeEachInParallel(EngineSet& engines, std::vector<Document>& documents,
                           const std::function<bool(size_t, Result<DocumentAnalysis>)>& consume, size_t window) {
  OrderedParallelPrepared<Result<DocumentAnalysis>>(
      documents.size(), engines.size(), window, [&](size_t worker) { return engines.Prepare(worker); },
      [&](size_t worker, size_t i) { return engines.at(worker).AnalyzeDocument(std::move(documents[i])); },
      [&](size_t i, Result<DocumentAnalysis> r) { return consume(i, std::move(r)); });
}

Analysis AnalyzeInParallel(EngineSet& engines, std::vector<Document> documents, std::vector<Error> skipped,
                           Engine::Depth depth) {
  Engine& first = engines.at(0);
  first.SetLanguagesOfCorpus(&documents);  // as Analyze does, before any document is analysed
  std::vector<DocumentAnalysis> analysed;
  analysed.reserve(documents.size());
  AnalyzeEachInParallel(engines, documents, [&](size_t, Result<DocumentAnalysis> one) {
    if (!one) {
      skipped.push_back(one.error());
    } else {
      analysed.push_back(std::move(*one));
    }
    return true;
  });
  return first.Combine(std::move(analysed), std::move(skipped), depth, engines.size());
}

}  // namespace contraste
