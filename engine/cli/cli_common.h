// What the sub-commands share: exit codes, where the rules are, writing to a file or stdout,
// loading the corpus with progress on a terminal.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "text/corpus_loader.h"

namespace contraste::cli {

// Exit codes, as documented in README.md.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;  // reserved for commands that fail on findings (check, diff)
constexpr int kExitError = 2;     // usage error, bad rules, or input that had to be skipped

struct CommonOptions {
  std::string rules_dir;   // --rules; empty: $CONTRASTE_RULES, ./rules, or the source tree's rules/
  std::string output;      // -o; empty or "-": stdout
  std::string format;
};

void AddRulesOption(CLI::App* app, CommonOptions* o);
std::string ResolveRulesDir(const std::string& given);

// Loads the engine; prints the error and returns nullptr on failure.
std::unique_ptr<Engine> LoadEngineOrReport(const std::string& rules_dir);

// Loads documents and runs the pipeline (as far as `depth`), printing skipped files on stderr and a
// progress line when stderr is a terminal.
Analysis RunPipeline(Engine& engine, const std::vector<std::string>& paths,
                     Engine::Depth depth = Engine::Depth::kFindings);

// Calls `write` with the output stream (-o FILE or stdout); false when the file cannot be written.
bool WithOutput(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace contraste::cli
