// Fresh, empty stores for a test, one per back end: an SQLite file always, and a PostgreSQL
// database when CONTRASTE_TEST_POSTGRES names a server (`.ci/run` starts a throwaway one:
// scripts/test-postgres.sh). Each PostgreSQL store is a database of its own, so suites running at
// once never share one.
//
//   for (const StoreUnderTest& s : FreshStores("ingest")) { SUBCASE(s.backend.c_str()) { ... } }
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "store/claims_store.h"
#include "store/ingest.h"
#include "store/rules_version.h"
#include "test_support.h"

namespace contraste::testing {

struct StoreUnderTest {
  std::string backend;   // "sqlite", "postgresql"
  std::string location;  // what --store takes
};

// The URL of `base` with its database replaced by `database`.
inline std::string WithDatabase(const std::string& base, const std::string& database) {
  const size_t scheme = base.find("://");
  const size_t slash = base.find('/', scheme + 3);
  const size_t query = base.find('?', slash);
  std::string out = base.substr(0, slash + 1);
  out.append(database);
  if (query != std::string::npos) out.append(base.substr(query));
  return out;
}

// A name no other test of any suite running now uses.
inline std::string UniqueStoreName(const std::string& name) {
  static int counter = 0;
  std::string unique = name;
  return unique.append("_").append(std::to_string(::getpid())).append("_").append(std::to_string(counter++));
}

// The SQLite files a suite made, removed (with their -wal and -shm) when it ends.
struct StoreFilesToRemove {
  std::vector<std::string> paths;
  ~StoreFilesToRemove() {
    std::error_code ec;
    for (const std::string& p : paths) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p + suffix, ec);
    }
  }
};

// A path for a new SQLite store (nothing there yet), removed when the suite ends.
inline std::string FreshSqlitePath(const std::string& name) {
  static StoreFilesToRemove made;
  std::string file = "contraste-";
  file.append(UniqueStoreName(name)).append(".db");
  const std::filesystem::path path = std::filesystem::temp_directory_path() / file;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  made.paths.push_back(path.string());
  return path.string();
}

inline std::vector<StoreUnderTest> FreshStores(const std::string& name) {
  const std::string unique = UniqueStoreName(name);
  std::vector<StoreUnderTest> out;
  out.push_back({"sqlite", FreshSqlitePath(name)});
  if (const char* pg = std::getenv("CONTRASTE_TEST_POSTGRES"); pg && *pg) {
    std::string database = "contraste_";
    for (char c : unique) database.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
    pqxx::connection admin(pg);
    pqxx::nontransaction create(admin);
    create.exec("DROP DATABASE IF EXISTS " + database);
    create.exec("CREATE DATABASE " + database);
    out.push_back({"postgresql", WithDatabase(pg, database)});
  }
  return out;
}

// One seed article (corpus/FILE) analysed alone.
inline DocumentAnalysis AnalysedSeed(const std::string& file) {
  CorpusLoad load = LoadCorpus({SourcePath("corpus/" + file)}, DocumentMetadata{});
  if (load.documents.size() != 1) throw std::runtime_error("no seed article " + file);
  auto d = SharedEngine().AnalyzeDocument(std::move(load.documents.front()));
  if (!d) throw std::runtime_error(d.error().ToString());
  return std::move(*d);
}

// A fresh SQLite store holding corpus/ (ingested with the rules' real version, as `serve` sees it).
inline std::string FreshSeedStore(const std::string& name) {
  const std::string location = FreshSqlitePath(name);
  auto store = OpenClaimsStore(location);
  if (!store) throw std::runtime_error(store.error().ToString());
  auto version = RulesVersion(SourcePath("rules"));
  if (!version || !Ingest(SharedEngine(), **store, {"corpus"}, *version)) throw std::runtime_error("seed ingest failed");
  return location;
}

}  // namespace contraste::testing
