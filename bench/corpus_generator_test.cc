// The benchmark's corpus generator: deterministic, valid, spread over events, values perturbed.
#include <doctest/doctest.h>

#include <set>

#include "corpus_generator.h"
#include "test_support.h"

namespace contraste::bench {
namespace {

using contraste::testing::SharedEngine;
using contraste::testing::SourcePath;

GeneratedCorpus Generate(uint64_t seed, size_t bytes) {
  auto gen = CorpusGenerator::Create(SharedEngine(), SourcePath("corpus"), SourcePath("rules"));
  REQUIRE_MESSAGE(gen.ok(), (gen.ok() ? "" : gen.error().ToString()));
  GeneratorOptions o;
  o.seed = seed;
  o.target_bytes = bytes;
  auto corpus = gen->Generate(o);
  REQUIRE_MESSAGE(corpus.ok(), (corpus.ok() ? "" : corpus.error().ToString()));
  return *corpus;
}

TEST_CASE("the same seed gives the same bytes, another seed other bytes") {
  GeneratedCorpus a = Generate(3, 200000), b = Generate(3, 200000), c = Generate(4, 200000);
  REQUIRE(a.documents.size() == b.documents.size());
  for (size_t i = 0; i < a.documents.size(); ++i) CHECK(a.documents[i].bytes == b.documents[i].bytes);
  size_t differing = 0;
  for (size_t i = 0; i < std::min(a.documents.size(), c.documents.size()); ++i) {
    differing += a.documents[i].bytes != c.documents[i].bytes ? 1 : 0;
  }
  CHECK(differing > a.documents.size() / 2);
}

TEST_CASE("the corpus reaches its size in whole events, dated apart, with values rewritten") {
  GeneratedCorpus g = Generate(1, 300000);
  size_t total = 0;
  for (const Document& d : g.documents) total += d.bytes.size();
  CHECK(total == g.bytes);
  CHECK(g.bytes >= 300000);
  CHECK(g.event_ends.size() > 5);
  CHECK(g.event_ends.back() == g.documents.size());
  CHECK(g.edits > g.documents.size());
  // Every article is dated and the events do not share dates within the link window.
  const int window = SharedEngine().FindLanguage("es")->link_window_days;
  long previous_last = -1000000;
  size_t begin = 0;
  for (size_t end : g.event_ends) {
    long first = 1000000000, last = -1000000000;
    for (size_t i = begin; i < end; ++i) {
      REQUIRE(g.documents[i].published.has_value());
      first = std::min(first, g.documents[i].published->DaysSinceEpoch());
      last = std::max(last, g.documents[i].published->DaysSinceEpoch());
    }
    CHECK(first - previous_last > window);
    previous_last = last;
    begin = end;
  }
  // The articles differ from one another (values perturbed, lines left out).
  std::set<std::string> distinct;
  for (const Document& d : g.documents) distinct.insert(d.bytes.substr(d.body_offset));
  CHECK(distinct.size() > g.documents.size() * 9 / 10);
}

TEST_CASE("generated articles yield claims whose quotes are their bytes") {
  GeneratedCorpus g = Generate(2, 60000);
  Analysis a = SharedEngine().Analyze(g.documents);
  CHECK(a.skipped.empty());
  CHECK(a.claims.size() > g.documents.size());
  for (const Claim& c : a.claims) {
    CAPTURE(c.quote);
    CHECK(a.documents[c.doc].bytes.substr(c.offset, c.length) == c.quote);
  }
}

}  // namespace
}  // namespace contraste::bench
