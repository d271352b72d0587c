#include <fmt/format.h>

#include "store/claims_store.h"
#include "store/sqlite_store.h"

namespace contraste {

Result<std::unique_ptr<ClaimsStore>> OpenClaimsStore(const std::string& location) {
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) {
    return MakeError(ErrorCode::kIo, fmt::format("{}: this build has no PostgreSQL back end", location));
  }
  auto store = SqliteStore::Open(location);
  if (!store) return store.error();
  return std::unique_ptr<ClaimsStore>(std::move(*store));
}

Result<Analysis> AnalysisFromStore(Engine& engine, ClaimsStore& store) {
  auto docs = store.LoadDocuments({});
  if (!docs) return docs.error();
  auto skipped = store.SkippedErrors();
  if (!skipped) return skipped.error();
  return engine.Combine(std::move(*docs), std::move(*skipped));
}

}  // namespace contraste
