// What the sub-commands share: exit codes, where the rules are, writing to a file or stdout,
// loading the corpus with progress on a terminal.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "report/ui_text.h"
#include "text/corpus_loader.h"

namespace contraste::cli {

// Exit codes, as documented in README.md. Precedence: an error (2) wins over findings that fail the
// command (1), which win over a skipped corpus file (3), which wins over success (0). A corpus file
// that had to be skipped is a warning (named on stderr and in the JSON's "skipped"), never an error:
// only a path named on the command line that does not exist, a draft that cannot be read and a
// broken rule set are errors.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;  // commands that fail on findings: check (contradictions), diff, rules test
constexpr int kExitError = 2;     // usage error, broken rules, a named path missing, an unreadable draft
// The run completed but a corpus file had to be skipped (named on stderr and in the JSON): never
// silent, yet never taken for an error that hides findings. Precedence: 2, then 1, then 3, then 0.
constexpr int kExitSkipped = 3;

struct CommonOptions {
  std::string rules_dir;   // --rules; empty: found by LocateRules (cli/rules_location.h)
  std::string output;      // -o; empty or "-": stdout
  std::string format;
  size_t jobs = 0;         // --jobs; 0: one thread per core (pipeline/parallel_analysis.h)
};

void AddRulesOption(CLI::App* app, CommonOptions* o);
// --jobs N: threads analysing documents (output is the same for any N).
void AddJobsOption(CLI::App* app, CommonOptions* o);
std::string ResolveRulesDir(const std::string& given);

// Loads the engine; prints the error and returns nullptr on failure.
std::unique_ptr<Engine> LoadEngineOrReport(const std::string& rules_dir);

// Checks that every path named on the command line exists; prints one message per missing path.
bool NamedPathsExist(const std::vector<std::string>& paths);
// The same, printing nothing.
bool PathsExist(const std::vector<std::string>& paths);

// "contraste: warning: skipped: <error>" on stderr, one line per file that could not be used.
void WarnSkipped(const std::vector<Error>& skipped, size_t from = 0);

// Loads documents and runs the pipeline (as far as `depth`), printing skipped files on stderr and a
// progress line when stderr is a terminal. With `jobs` other than 1, files are read on that many
// threads (0: one per core) and documents analysed on as many, each thread past the first with an
// engine that reads `engine`'s rules (Engine::SharingRulesOf), at most one thread per MiB of
// input; the Analysis is the same.
Analysis RunPipeline(Engine& engine, const std::vector<std::string>& paths,
                     Engine::Depth depth = Engine::Depth::kFindings, size_t jobs = 1);
// The same over a corpus already read (LoadCorpusInBackground).
Analysis RunPipeline(Engine& engine, CorpusLoad load, Engine::Depth depth, size_t jobs);
// LoadCorpus of `paths` on --jobs threads, started now on another thread: the files are read while
// the caller loads the rules.
std::future<CorpusLoad> LoadCorpusInBackground(const std::vector<std::string>& paths, size_t jobs);

// Calls `write` with the output stream (-o FILE or stdout); false when the file cannot be written.
bool WithOutput(const std::string& path, const std::function<void(std::ostream&)>& write);

// The words of the HTML pages (rules/<lang>/ui.yaml): --ui when given, else .contraste.yaml's `ui:`,
// else the language of most documents, else English. A language asked for by name must have its
// ui.yaml (else nullopt, the error printed); one chosen by the documents falls back to English, then
// to the labels' keys.
std::optional<UiText> PageWordsOrReport(const Engine& engine, const std::string& rules_dir, const std::string& requested,
                                        const std::vector<Document>& documents);

}  // namespace contraste::cli
