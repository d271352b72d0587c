// A large, deterministic corpus made by varying the seed articles, for the benchmark.
//
//   auto gen = CorpusGenerator::Create(engine, "corpus", "rules");
//   if (!gen) { std::cerr << gen.error().ToString() << "\n"; return 2; }
//   GeneratorOptions opt;
//   opt.target_bytes = 50 << 20;
//   auto corpus = gen->Generate(opt);            // Documents, built with DocumentFromBytes
//   WriteCorpus(*corpus, "/tmp/big");            // optional: for `contraste report /tmp/big`
//
// The corpus is a sequence of news events. Each event has a publication date (events are spread
// over years, further apart than the language's link window) and 3-12 articles, each a seed
// article with front matter (language, date within 2 days of the event, outlet), some paragraphs
// left out, and its values perturbed: digits, hedges, number and ordinal words. Most articles of
// an event share the event's values; each value deviates in some of them, so events have both
// agreements and conflicts. The same seed and size give the same bytes on every machine.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "pipeline/engine.h"
#include "seed_template.h"
#include "text/document.h"
#include "variation_vocabulary.h"

namespace contraste::bench {

struct GeneratorOptions {
  size_t target_bytes = 50u << 20;  // stop after the event that reaches this many bytes
  uint64_t seed = 1;
  double deviation = 0.2;           // chance that one article states its own value for one span
  double paragraph_drop = 0.15;     // chance that a paragraph other than the title is left out
  int min_articles_per_event = 3;
  int max_articles_per_event = 12;
  int first_year = 1990;            // date of the first event
  // When true, the years an article writes (4 digits, 1900-2100) move with its event: an article
  // of an event N years after its seed's publication writes every year N later, so the dates it
  // states are near its own (as in an archive). Off by default: the throughput corpus stays the
  // bytes it has always been.
  bool years_follow_event = false;
};

struct GeneratedCorpus {
  std::vector<Document> documents;  // in event order; ids "bench-000001", ...
  std::vector<size_t> event_ends;   // documents [event_ends[k-1], event_ends[k]) belong to event k
  size_t bytes = 0;                 // total file bytes
  size_t edits = 0;                 // spans rewritten
};

class CorpusGenerator {
 public:
  // Reads the seed articles of `corpus_dir` (with their manifest) and the vocabulary of every
  // language they use from `rules_dir`/<language>/.
  static Result<CorpusGenerator> Create(Engine& engine, const std::string& corpus_dir, const std::string& rules_dir);

  // Generates whole events until `target_bytes` is reached.
  Result<GeneratedCorpus> Generate(const GeneratorOptions& options) const;

  const std::vector<SeedTemplate>& templates() const { return templates_; }

 private:
  std::vector<SeedTemplate> templates_;
  std::map<std::string, VariationVocabulary> vocabularies_;  // by language; edits point into it
  int link_window_days_ = 7;
};

// Writes every document to `dir`/<id>.txt (the directory is created). The bytes are those in memory.
Status WriteCorpus(const GeneratedCorpus& corpus, const std::string& dir);

}  // namespace contraste::bench
