// The per-document half of the pipeline (Engine::AnalyzeDocument) on several threads, each with an
// Engine of its own (an Engine's caches and ICU iterators are not shared between threads); the
// corpus steps (Engine::Combine) stay on one. Output is the same for any number of threads:
// documents are analysed alone, and their analyses are gathered in input order.
//
//   auto engines = EngineSet::Load(*engine, 2);     // `engine` is the first of them
//   Analysis a = AnalyzeInParallel(*engines, std::move(documents));   // == engine->Analyze(...)
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace contraste {

class EngineSet {
 public:
  // `first` (borrowed, it must outlive the set) and jobs - 1 engines more that read its languages
  // and rules (Engine::SharingRulesOf: the rules are loaded once). jobs 0 means one per core.
  static Result<EngineSet> Load(Engine& first, size_t jobs);
  // The same set, its engines past the first loaded later, each by Prepare on the thread that will
  // use it: while they load, the first engine's thread is already analysing.
  static EngineSet LoadLater(Engine& first, size_t jobs);
  // `first` alone: one thread.
  static EngineSet Of(Engine& first) {
    EngineSet set;
    set.first_ = &first;
    return set;
  }

  size_t size() const { return 1 + more_.size(); }
  Engine& at(size_t i) { return i == 0 ? *first_ : *more_[i - 1]; }
  // Loads engine i if it is still to be loaded (LoadLater); false when it cannot be (the error is
  // kept in `errors`). Engines 0..size()-1 may be prepared at the same time, each on its own thread.
  bool Prepare(size_t i);
  // Why engines could not be loaded by Prepare, in the order of their numbers.
  std::vector<Error> errors() const;

 private:
  Engine* first_ = nullptr;
  std::vector<std::unique_ptr<Engine>> more_;
  std::vector<std::optional<Error>> failed_;  // per engine past the first: why Prepare failed
};

// The number of threads `--jobs N` asks for: N, or one per core when N is 0.
size_t JobsOrCores(size_t jobs);

// Engine::Analyze with AnalyzeDocument spread over the engines of `engines`.
Analysis AnalyzeInParallel(EngineSet& engines, std::vector<Document> documents, std::vector<Error> skipped = {},
                           Engine::Depth depth = Engine::Depth::kFindings);

// AnalyzeDocument of each of `documents` spread over `engines`, each result handed to `consume` in
// input order on the calling thread (with the index of its document); `consume` returning false
// stops the work. At most `window` analyses wait for `consume`. Engines still to be loaded
// (LoadLater) are loaded by their threads; one that cannot be leaves its share to the others.
void AnalyzeEachInParallel(EngineSet& engines, std::vector<Document>& documents,
                           const std::function<bool(size_t, Result<DocumentAnalysis>)>& consume, size_t window = 64);

}  // namespace contraste
