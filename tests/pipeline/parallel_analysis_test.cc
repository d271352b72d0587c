// Analysing documents on several threads gives what one thread gives (pipeline/parallel_analysis.h),
// and the ordered hand-back of core/ordered_parallel.h keeps input order under any timing.
#include <doctest/doctest.h>

#include <sstream>
#include <tuple>
#include <thread>

#include "core/ordered_parallel.h"
#include "findings/findings_on_threads.h"
#include "graph/claim_graph_on_threads.h"
#include "pipeline/parallel_analysis.h"
#include "report/report_writers.h"
#include "test_support.h"
#include "text/corpus_loader.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::string JsonOf(const Analysis& a) {
  std::ostringstream out;
  WriteJsonReport(a, out);
  return out.str();
}

// The seed articles, each twice under another id, and one document no language fits.
std::vector<Document> Corpus() {
  CorpusLoad load = LoadCorpus({SourcePath("corpus")}, DocumentMetadata{});
  std::vector<Document> docs = load.documents;
  for (const Document& d : load.documents) {
    Document copy = d;
    copy.id = "copy-" + d.id;
    copy.path = "copy-" + d.path;
    docs.push_back(copy);
  }
  DocumentMetadata meta;
  meta.language = "xx";
  auto odd = DocumentFromBytes("Texto sin reglas.", "odd", meta);
  REQUIRE(odd.ok());
  docs.push_back(*odd);
  return docs;
}

}  // namespace

TEST_CASE("three threads give the report one thread gives") {
  const std::string one = JsonOf(SharedEngine().Analyze(Corpus()));
  auto engines = EngineSet::Load(SharedEngine(), 3);
  REQUIRE(engines.ok());
  CHECK(engines->size() == 3);
  const Analysis parallel = AnalyzeInParallel(*engines, Corpus());
  CHECK(parallel.skipped.size() == 1);  // the document without rules, as Analyze skips it
  CHECK(JsonOf(parallel) == one);
}

TEST_CASE("the engines past the first read its languages and rules, not copies, and analyse alike") {
  Engine& first = SharedEngine();
  auto more = Engine::SharingRulesOf(first);
  REQUIRE(more.ok());
  auto again = Engine::SharingRulesOf(**more);  // an engine sharing a sharing one reads the first's
  REQUIRE(again.ok());
  for (const std::string& code : first.LanguageCodes()) {
    CHECK((*more)->FindLanguage(code) == first.FindLanguage(code));
    CHECK((*again)->FindLanguage(code) == first.FindLanguage(code));
  }
  CHECK(&(*more)->rules() == &first.rules());
  CHECK(&(*again)->rules() == &first.rules());
  CHECK(JsonOf((*more)->Analyze(Corpus())) == JsonOf(first.Analyze(Corpus())));
}

TEST_CASE("results come back in input order and a consumer can stop the work") {
  std::vector<size_t> seen;
  OrderedParallel<size_t>(
      200, 4, 8,
      [](size_t, size_t i) {
        if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // out of order
        return i * 2;
      },
      [&](size_t i, size_t r) {
        CHECK(r == i * 2);
        seen.push_back(i);
        return true;
      });
  REQUIRE(seen.size() == 200);
  for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);

  size_t consumed = 0;
  OrderedParallel<size_t>(1000, 3, 4, [](size_t, size_t i) { return i; }, [&](size_t i, size_t) {
    ++consumed;
    return i < 9;  // stop after the tenth
  });
  CHECK(consumed == 10);
}

TEST_CASE("the JSON report's findings written on several threads are the bytes one thread writes") {
  // The seed's findings listed 400 times over: many runs of findings, spliced in order.
  CorpusLoad load = LoadCorpus({SourcePath("corpus")}, DocumentMetadata{});
  Analysis a = SharedEngine().Analyze(std::move(load.documents));
  REQUIRE_FALSE(a.findings.empty());
  const std::vector<Finding> seed = a.findings;
  for (int copy = 1; copy < 400; ++copy) a.findings.insert(a.findings.end(), seed.begin(), seed.end());
  std::ostringstream one;
  WriteJsonReport(a, one, 1);
  for (size_t threads : {2, 3}) {
    std::ostringstream many;
    WriteJsonReport(a, many, threads);
    CHECK(many.str() == one.str());
  }
  Analysis none = a;
  none.findings.clear();
  std::ostringstream empty_one, empty_many;
  WriteJsonReport(none, empty_one, 1);
  WriteJsonReport(none, empty_many, 3);
  CHECK(empty_many.str() == empty_one.str());
}

TEST_CASE("the claim graph and the findings built on several threads are those of one thread") {
  // The seed articles twice over: groups enough for runs on every thread.
  Analysis a = SharedEngine().Analyze(Corpus(), {}, Engine::Depth::kClaims);
  const ClaimGraph one = BuildClaimGraph(a.claims, SharedEngine().rules());
  const std::vector<Finding> one_findings = BuildFindings(a.documents, a.claims, one);
  REQUIRE(one.groups.size() >= 8);
  REQUIRE_FALSE(one_findings.empty());
  auto edges = [](const ClaimGraph& g) {
    std::vector<std::tuple<size_t, size_t, int, const ComparisonRule*>> out;
    for (auto [e, end] = boost::edges(g.graph); e != end; ++e) {
      out.emplace_back(boost::source(*e, g.graph), boost::target(*e, g.graph), static_cast<int>(g.graph[*e].relation),
                       g.graph[*e].rule);
    }
    return out;
  };
  for (size_t threads : {1, 2, 3, 7}) {
    CAPTURE(threads);
    const ClaimGraph many = BuildClaimGraphOnThreads(a.claims, SharedEngine().rules(), threads);
    CHECK(edges(many) == edges(one));
    CHECK(many.consensus == one.consensus);
    CHECK(many.in_conflict == one.in_conflict);
    CHECK(many.comparisons == one.comparisons);
    const std::vector<Finding> findings = BuildFindingsOnThreads(a.documents, a.claims, many, threads);
    REQUIRE(findings.size() == one_findings.size());
    for (size_t i = 0; i < findings.size(); ++i) {
      CHECK(findings[i].id == one_findings[i].id);
      CHECK(findings[i].kind == one_findings[i].kind);
      CHECK(findings[i].explanation == one_findings[i].explanation);
      CHECK(findings[i].claims.size() == one_findings[i].claims.size());
    }
  }
}
