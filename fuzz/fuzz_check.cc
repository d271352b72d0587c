// A draft through `check` against three seed articles: every verdict's quote is the draft's bytes,
// and the findings keep the report's invariants.
#include "check/draft_checker.h"
#include "fuzz_support.h"

namespace {

std::vector<contraste::Document> Published() {
  static const std::vector<contraste::Document> docs = [] {
    contraste::CorpusLoad load = contraste::LoadCorpus(
        {contraste::fuzz::SourcePath("corpus/000_692f4dc4092f85cc.txt"),
         contraste::fuzz::SourcePath("corpus/001_1a9a5d5ea12ce952.txt"),
         contraste::fuzz::SourcePath("corpus/002_c11d152f0e18ed40.txt")},
        {});
    return load.documents;
  }();
  return docs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste;
  using namespace contraste::fuzz;
  std::vector<Document> drafts = Documents({std::string(Bytes(data, size))});
  if (drafts.empty()) return 0;
  drafts[0].id = "draft";
  CheckResult r = CheckDrafts(SharedEngine(), Published(), drafts);
  CheckAnalysis(r.analysis);
  for (const Verdict& v : r.verdicts) {
    if (v.claim >= r.analysis.claims.size() || !r.IsDraft(r.analysis.claims[v.claim].doc)) Broken("verdict on no draft claim");
  }
  return 0;
}
