#include "cli/store_access.h"

#include <iostream>

#include "cli/cli_common.h"

namespace contraste::cli {

std::unique_ptr<ClaimsStore> OpenStoreOrReport(const std::string& location) {
  auto store = OpenClaimsStore(location);
  if (!store) {
    std::cerr << "contraste: " << store.error().ToString() << "\n";
    return nullptr;
  }
  return std::move(*store);
}

std::optional<Analysis> AnalysisFromStoreOrReport(Engine& engine, const std::string& location) {
  auto store = OpenStoreOrReport(location);
  if (!store) return std::nullopt;
  auto a = AnalysisFromStore(engine, *store);
  if (!a) {
    std::cerr << "contraste: " << a.error().ToString() << "\n";
    return std::nullopt;
  }
  WarnSkipped(a->skipped);
  return std::move(*a);
}

std::optional<CheckResult> CheckInStoreOrReport(Engine& engine, const std::string& location, std::vector<Document> drafts,
                                                size_t* stored_skipped) {
  auto store = OpenStoreOrReport(location);
  if (!store) return std::nullopt;
  auto skipped = store->SkippedErrors();
  if (!skipped) {
    std::cerr << "contraste: " << skipped.error().ToString() << "\n";
    return std::nullopt;
  }
  WarnSkipped(*skipped);
  *stored_skipped = skipped->size();
  auto r = CheckDraftsInStore(engine, *store, std::move(drafts));
  if (!r) {
    std::cerr << "contraste: " << r.error().ToString() << "\n";
    return std::nullopt;
  }
  return std::move(*r);
}

}  // namespace contraste::cli
