#include <fmt/format.h>

#include "store/claims_store.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace contraste {

Result<std::unique_ptr<ClaimsStore>> OpenClaimsStore(const std::string& location) {
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) {
    return OpenPostgresStore(location);
  }
  auto store = SqliteStore::Open(location);
  if (!store) return store.error();
  return std::unique_ptr<ClaimsStore>(std::move(*store));
}

Result<Analysis> AnalysisFromStore(Engine& engine, ClaimsStore& store) {
  std::vector<DocumentAnalysis> docs;
  std::vector<Error> skipped;
  Status read = store.ReadConsistently([&]() -> Status {
    auto d = store.LoadDocuments({});
    if (!d) return d.error();
    auto s = store.SkippedErrors();
    if (!s) return s.error();
    docs = std::move(*d);
    skipped = std::move(*s);
    return Status();
  });
  if (!read) return read.error();
  return engine.Combine(std::move(docs), std::move(skipped));
}

}  // namespace contraste
