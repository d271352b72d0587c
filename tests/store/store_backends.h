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

inline std::vector<StoreUnderTest> FreshStores(const std::string& name) {
  static int counter = 0;
  std::string unique = name;
  unique.append("_").append(std::to_string(::getpid())).append("_").append(std::to_string(counter++));
  std::vector<StoreUnderTest> out;
  const std::filesystem::path file = std::filesystem::temp_directory_path() / ("contraste-" + unique + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
  out.push_back({"sqlite", file.string()});
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

}  // namespace contraste::testing
