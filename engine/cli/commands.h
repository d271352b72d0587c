// One function per sub-command; each adds itself to the app and, when chosen, sets `run`.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

#include "cli/cli_common.h"

namespace contraste::cli {

void AddReportCommand(CLI::App& app, std::function<int()>* run);
void AddClaimsCommand(CLI::App& app, std::function<int()>* run);
void AddCheckCommand(CLI::App& app, std::function<int()>* run);     // check drafts against a corpus
void AddRulesCommand(CLI::App& app, std::function<int()>* run);     // rules test, rules explain
void AddDiffCommand(CLI::App& app, std::function<int()>* run);
void AddBaselineCommand(CLI::App& app, std::function<int()>* run);
void AddEvalCommand(CLI::App& app, std::function<int()>* run);      // score on gold files
void AddIngestCommand(CLI::App& app, std::function<int()>* run);    // articles into the claims store
void AddServeCommand(CLI::App& app, std::function<int()>* run);     // the claims store over HTTP
void AddConfigCommand(CLI::App& app, std::function<int()>* run);    // the settings in use and their origins

}  // namespace contraste::cli
