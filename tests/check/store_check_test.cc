// check --store: the seed drafts get the same verdicts against the store of corpus/ as against the
// files, reading only the stored documents their claims can link to.
#include <doctest/doctest.h>

#include <filesystem>

#include "check/store_check.h"
#include "check/draft_loader.h"
#include "cli_run.h"
#include "store/ingest.h"
#include "store/sqlite_store.h"
#include "store/store_backends.h"

using namespace contraste;
using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

// corpus/ stored once for the suite (relative paths, as the command lines below name it: ctest
// runs in the source tree).
std::string SeedStore() {
  static const std::string path = FreshSeedStore("check-cli");
  return path;
}

// What a verdict says, by document id and offset rather than claim index.
std::string Describe(const CheckResult& r, const Verdict& v) {
  auto where = [&](size_t c) {
    const Claim& claim = r.analysis.claims[c];
    std::string at = r.analysis.documents[claim.doc].id;
    return at.append("@").append(std::to_string(claim.offset));
  };
  std::string s = where(v.claim);
  s.append(" ").append(VerdictName(v.kind)).append(" ").append(v.rule).append(" +");
  for (size_t c : v.confirming) s.append(" ").append(where(c));
  s.append(" -");
  for (size_t c : v.contradicting) s.append(" ").append(where(c));
  return s;
}

}  // namespace

TEST_CASE("the seed drafts get the same verdicts from the store as from the files, on every back end") {
  for (const StoreUnderTest& backend : FreshStores("check")) {
  CAPTURE(backend.backend);
  auto store = OpenClaimsStore(backend.location);
  REQUIRE(store.ok());
  REQUIRE(Ingest(SharedEngine(), **store, {"corpus"}, "seed").ok());
  size_t contradicted = 0;
  for (const auto& e : fs::directory_iterator(SourcePath("tests/data/drafts"))) {
    CAPTURE(e.path().string());
    DraftLoad drafts = LoadDrafts({e.path().string()}, DraftOverrides{});
    REQUIRE(drafts.errors.empty());
    CorpusLoad corpus = LoadCorpus({"corpus"}, DocumentMetadata{});
    CheckResult files = CheckDrafts(SharedEngine(), std::move(corpus.documents), drafts.drafts);
    StoreCheckRead read;
    auto stored = CheckDraftsInStore(SharedEngine(), **store, drafts.drafts, {}, &read);
    REQUIRE(stored.ok());
    CHECK(read.about > 0);
    REQUIRE(stored->verdicts.size() == files.verdicts.size());
    for (size_t i = 0; i < files.verdicts.size(); ++i) {
      CHECK(Describe(*stored, stored->verdicts[i]) == Describe(files, files.verdicts[i]));
    }
    contradicted += stored->Count(VerdictKind::kContradicted);
  }
  CHECK(contradicted > 0);  // cumbre_con_errores.md is contradicted
  }
}

TEST_CASE("a draft about no one stored reads no stored document") {
  auto store = SqliteStore::Open(SeedStore());
  REQUIRE(store.ok());
  std::vector<Document> drafts = {Doc("nadie", "La reunión de ayer duró tres horas.\n")};
  StoreCheckRead read;
  auto r = CheckDraftsInStore(SharedEngine(), **store, drafts, {}, &read);
  REQUIRE(r.ok());
  CHECK(read.documents == 0);
  CHECK(r->analysis.documents.size() == 1);
}

TEST_CASE("check --store and report --store write what check and report over the files write") {
  const std::string store = SeedStore();
  std::string report_args = "report --format json --store ";
  report_args.append(store);
  CHECK(RunContraste(report_args).out == RunContraste("report corpus --format json").out);
  for (const char* draft : {"tests/data/drafts/cumbre_con_errores.md", "tests/data/drafts/cumbre_coherente.md"}) {
    CAPTURE(draft);
    std::string args = "check --format json ";
    args.append(draft);
    const CliRun files = RunContraste(args);
    const CliRun stored = RunContraste(args.append(" --store ").append(store));
    CHECK(stored.status == files.status);
    CHECK(stored.out == files.out);
  }
  const CliRun missing = RunContraste("report --store /nonexistent-dir/claims.db");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("claims.db") != std::string::npos);
}

TEST_CASE("a draft dated a year after the stored articles reads none of them, though it names the same people") {
  auto store = SqliteStore::Open(SeedStore());
  REQUIRE(store.ok());
  // The seed's people, on the seed's dates: the stored articles about them are read.
  const std::string text = "Vladímir Putin y Kim Jong Un se reunieron en Pionyang. La reunión duró dos horas.\n";
  StoreCheckRead same_days;
  REQUIRE(CheckDraftsInStore(SharedEngine(), **store, {Doc("cerca", text, "2024-06-19")}, {}, &same_days).ok());
  CHECK(same_days.about > 0);
  // A year later: out of every link window, nothing is read.
  StoreCheckRead year_later;
  auto r = CheckDraftsInStore(SharedEngine(), **store, {Doc("lejos", text, "2026-09-01")}, {}, &year_later);
  REQUIRE(r.ok());
  CHECK(year_later.about == 0);
  CHECK(year_later.documents == 0);
  // Without any date, every day is within reach.
  StoreCheckRead undated;
  REQUIRE(CheckDraftsInStore(SharedEngine(), **store, {Doc("sin-fecha", text, "")}, {}, &undated).ok());
  CHECK(undated.about == same_days.about);
}
