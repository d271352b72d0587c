// Which rules a stored analysis was made with: a hash of every file under the rules directory
// (paths and bytes, in sorted order) and of the store's analysis format. A change to any rule or
// language file makes every stored document stale, so `ingest` analyses it again.
#pragma once

#include <string>

#include "core/error.h"

namespace contraste {

// Bumped when what a DocumentAnalysis holds, or how it is made, changes without a rule change.
constexpr int kAnalysisFormat = 1;

// 16 hex digits; kIo error when the directory cannot be read.
Result<std::string> RulesVersion(const std::string& rules_dir);

}  // namespace contraste
