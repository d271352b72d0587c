// What the commands that read the claims store share (report --store, check --store, serve).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "check/store_check.h"
#include "store/claims_store.h"

namespace contraste::cli {

// Opens the store; prints the error and returns nullptr on failure.
std::unique_ptr<ClaimsStore> OpenStoreOrReport(const std::string& location);

// The Analysis of every stored document (what `report` over the same files gives), skipped files
// named on stderr; nullopt (error printed) when the store cannot be read.
std::optional<Analysis> AnalysisFromStoreOrReport(Engine& engine, const std::string& location);

// Checks drafts against the store (check/store_check.h); the store's skipped files are named on
// stderr and counted in `stored_skipped`. nullopt (error printed) when the store cannot be read.
std::optional<CheckResult> CheckInStoreOrReport(Engine& engine, const std::string& location, std::vector<Document> drafts,
                                                size_t* stored_skipped);

}  // namespace contraste::cli
