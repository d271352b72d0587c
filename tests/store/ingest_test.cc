// Incremental ingest: what is new is added, what is unchanged is not analysed again, what changed
// replaces its claims, what is gone is removed, and a rules change analyses everything again; the
// store's Analysis writes the same JSON report as the files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/report_writers.h"
#include "store/analysis_codec.h"
#include "store/ingest.h"
#include "store/sqlite_store.h"
#include "store_backends.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path dir;
  std::string store;
  explicit Scratch(const std::string& name) {
    dir = fs::temp_directory_path() / ("contraste-ingest-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir / "corpus");
    for (const auto& e : fs::directory_iterator(SourcePath("corpus"))) fs::copy(e.path(), dir / "corpus" / e.path().filename());
    store = (dir / "claims.db").string();
  }
  ~Scratch() { fs::remove_all(dir); }
  std::string corpus() const { return (dir / "corpus").string(); }
};

std::string JsonOf(const Analysis& a) {
  std::ostringstream out;
  WriteJsonReport(a, out);
  return out.str();
}

std::string ReportOverFiles(const std::string& dir) {
  CorpusLoad load = LoadCorpus({dir}, DocumentMetadata{});
  return JsonOf(SharedEngine().Analyze(std::move(load.documents), std::move(load.skipped)));
}

std::string ReportOverStore(ClaimsStore& store) {
  auto a = AnalysisFromStore(SharedEngine(), store);
  REQUIRE(a.ok());
  return JsonOf(*a);
}

}  // namespace

TEST_CASE("ingest adds, skips the unchanged, replaces the changed, removes the gone, and redoes all for new rules") {
  for (const StoreUnderTest& backend : FreshStores("incremental")) {
  CAPTURE(backend.backend);
  Scratch s("incremental");
  auto store = OpenClaimsStore(backend.location);
  REQUIRE(store.ok());
  ClaimsStore& st = **store;

  auto first = Ingest(SharedEngine(), st, {s.corpus()}, "rules-1");
  REQUIRE(first.ok());
  CHECK(first->added == 5);
  CHECK(first->unchanged == 0);
  CHECK(ReportOverStore(st) == ReportOverFiles(s.corpus()));
  CHECK_FALSE(*st.DerivedIsStale());

  auto again = Ingest(SharedEngine(), st, {s.corpus()}, "rules-1");
  REQUIRE(again.ok());
  CHECK(again->added + again->changed + again->reanalysed == 0);
  CHECK(again->unchanged == 5);

  // Changed: a figure of one article; its claims are replaced, the report follows.
  const fs::path changed = fs::path(s.corpus()) / "002_c11d152f0e18ed40.txt";
  std::string text = ReadFileOrEmpty(changed.string());
  text += "\nLa reunión duró cinco horas, según fuentes oficiales.\n";
  std::ofstream(changed, std::ios::binary) << text;
  auto third = Ingest(SharedEngine(), st, {s.corpus()}, "rules-1");
  REQUIRE(third.ok());
  CHECK(third->changed == 1);
  CHECK(third->unchanged == 4);
  CHECK(ReportOverStore(st) == ReportOverFiles(s.corpus()));

  // Removed: the store forgets it and its claims.
  fs::remove(fs::path(s.corpus()) / "004_927d38cd81ea4cda.txt");
  auto fourth = Ingest(SharedEngine(), st, {s.corpus()}, "rules-1");
  REQUIRE(fourth.ok());
  CHECK(fourth->removed == 1);
  CHECK(st.Documents()->size() == 4);
  CHECK(ReportOverStore(st) == ReportOverFiles(s.corpus()));

  // New rules: every document analysed again, and said so.
  size_t told = 0;
  IngestProgress progress;
  progress.rules_changed = [&](size_t stale) { told = stale; };
  auto fifth = Ingest(SharedEngine(), st, {s.corpus()}, "rules-2", progress);
  REQUIRE(fifth.ok());
  CHECK(told == 4);
  CHECK(fifth->reanalysed == 4);
  CHECK(fifth->unchanged == 0);
  auto docs = st.Documents();
  REQUIRE(docs.ok());
  REQUIRE(docs->size() == 4);
  for (size_t i = 0; i < docs->size(); ++i) CHECK((*docs)[i].rules_version == "rules-2");
  }
}

TEST_CASE("a file that cannot be used is stored as skipped and reported as the files report it") {
  Scratch s("skipped");
  std::ofstream(fs::path(s.corpus()) / "broken.txt", std::ios::binary) << "Texto \xc3 roto.\n";
  auto store = SqliteStore::Open(s.store);
  REQUIRE(store.ok());
  auto n = Ingest(SharedEngine(), **store, {s.corpus()}, "rules-1");
  REQUIRE(n.ok());
  CHECK(n->skipped == 1);
  CHECK(ReportOverStore(**store) == ReportOverFiles(s.corpus()));
  // Mended: it becomes a document and leaves the skipped list.
  std::ofstream(fs::path(s.corpus()) / "broken.txt", std::ios::binary) << "Texto sano.\n";
  REQUIRE(Ingest(SharedEngine(), **store, {s.corpus()}, "rules-1").ok());
  CHECK((*store)->Skipped()->empty());
  CHECK(ReportOverStore(**store) == ReportOverFiles(s.corpus()));
}

TEST_CASE("ingest on three threads stores what one thread stores") {
  for (const StoreUnderTest& backend : FreshStores("parallel")) {
    CAPTURE(backend.backend);
    Scratch s("parallel");
    auto store = OpenClaimsStore(backend.location);
    REQUIRE(store.ok());
    auto engines = EngineSet::Load(SharedEngine(), 3);
    REQUIRE(engines.ok());
    size_t steps = 0;
    IngestProgress progress;
    progress.step = [&](size_t done, size_t) { CHECK(done == ++steps); };  // in order
    auto n = Ingest(*engines, **store, {s.corpus()}, "rules-1", progress);
    REQUIRE(n.ok());
    CHECK(n->added == 5);
    CHECK(steps == 5);
    CHECK(ReportOverStore(**store) == ReportOverFiles(s.corpus()));
    auto docs = (*store)->LoadDocuments({});
    REQUIRE(docs.ok());
    CorpusLoad load = LoadCorpus({s.corpus()}, DocumentMetadata{});
    REQUIRE(docs->size() == load.documents.size());
    for (size_t i = 0; i < docs->size(); ++i) {
      auto alone = SharedEngine().AnalyzeDocument(load.documents[i]);
      REQUIRE(alone.ok());
      CHECK(EncodeDocumentAnalysis((*docs)[i]) == EncodeDocumentAnalysis(*alone));
    }
  }
}
