// A kill during ingest: `contraste ingest` is started on a corpus of a thousand articles, killed
// with SIGKILL once it has stored some of them, and the store is then whole: it passes SQLite's
// integrity check, every stored analysis reads back, no key outlives its document, and a second
// ingest completes the rest, after which the store reports what the files report.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "report/report_writers.h"
#include "store/ingest.h"
#include "store/sqlite_store.h"
#include "test_support.h"
#include "test_paths.h"

using namespace contraste;
using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

// One count from the store, through a connection of its own (as another process would read it).
long CountRows(const std::string& store, const std::string& sql) {
  auto db = SqliteDb::Open(store);
  if (!db) return -1;
  auto st = (*db)->Prepare(sql);
  if (!st) return -1;
  auto row = st->Step();
  return row.ok() && *row ? static_cast<long>(st->Int(0)) : -1;
}

pid_t StartIngest(const std::string& corpus, const std::string& store) {
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string bin = CONTRASTE_BINARY;
    freopen("/dev/null", "w", stderr);
    // Two analysing threads and one writer: a kill lands between two of its transactions.
    execl(bin.c_str(), bin.c_str(), "ingest", corpus.c_str(), "--store", store.c_str(), "--rules",
          SourcePath("rules").c_str(), "--jobs", "2", static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

}  // namespace

TEST_CASE("ingest killed mid-way leaves a consistent store, and a rerun completes it") {
  const fs::path dir = fs::temp_directory_path() / ("contraste-kill-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "corpus");
  constexpr int kCopies = 200;
  size_t articles = 0;
  for (const auto& e : fs::directory_iterator(SourcePath("corpus"))) {
    if (e.path().extension() != ".txt") continue;
    const std::string text = ReadFileOrEmpty(e.path().string());
    for (int k = 0; k < kCopies; ++k) {
      std::ofstream(dir / "corpus" / (e.path().stem().string() + "-" + std::to_string(k) + ".txt"), std::ios::binary) << text;
      ++articles;
    }
  }
  const std::string store = (dir / "claims.db").string();
  const pid_t pid = StartIngest((dir / "corpus").string(), store);
  REQUIRE(pid > 0);
  // Kill it once it has stored a few documents, well before it is done.
  long stored = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (stored < 20 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (fs::exists(store)) stored = CountRows(store, "SELECT COUNT(*) FROM documents");
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));

  CHECK(CountRows(store, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0);
  const long kept = CountRows(store, "SELECT COUNT(*) FROM documents");
  CAPTURE(kept);
  CHECK(kept >= 20);
  CHECK(kept < static_cast<long>(articles));
  CHECK(CountRows(store, "SELECT COUNT(*) FROM claim_participants WHERE doc_id NOT IN (SELECT id FROM documents)") == 0);
  auto st = SqliteStore::Open(store);
  REQUIRE(st.ok());
  auto docs = (*st)->LoadDocuments({});
  REQUIRE(docs.ok());  // every stored analysis reads back whole
  CHECK(static_cast<long>(docs->size()) == kept);

  // A rerun stores the rest and no more.
  auto n = Ingest(SharedEngine(), **st, {(dir / "corpus").string()}, "kill-test");
  REQUIRE(n.ok());
  CHECK(n->added + n->unchanged + n->reanalysed == articles);
  CHECK((*st)->Documents()->size() == articles);
  CHECK_FALSE(*(*st)->DerivedIsStale());
  fs::remove_all(dir);
}
