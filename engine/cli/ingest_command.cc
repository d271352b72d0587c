// contraste ingest PATH... --store FILE [--rules DIR] [--jobs N]
// Analyses the articles under PATH into the claims store, only those new or changed since the last
// ingest (or all of them when the rules changed), removes those gone, then refreshes the corpus
// steps' results. Documents are analysed on --jobs threads (default one per core) and written by
// one, in order. Exit: 2 error (store, rules, missing path), 3 a file skipped, else 0.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "store/ingest.h"
#include "store/rules_version.h"

namespace contraste::cli {

namespace {

struct IngestOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string store;
};

IngestProgress ProgressOnStderr() {
  IngestProgress p;
  const bool tty = isatty(STDERR_FILENO) != 0;
  p.rules_changed = [](size_t stale) {
    std::cerr << fmt::format("contraste: the rules changed since the store was written: {} documents analysed again\n",
                             stale);
  };
  // On a terminal one line redrawn; otherwise a line every tenth of the way.
  p.step = [tty, last = size_t{0}](size_t done, size_t total) mutable {
    if (tty) {
      std::cerr << fmt::format("\rcontraste: ingest: {}/{} documents analysed", done, total) << (done == total ? "\n" : "")
                << std::flush;
    } else if (total >= 20 && (done * 10 / total > last || done == total)) {
      last = done * 10 / total;
      std::cerr << fmt::format("contraste: ingest: {}/{} documents analysed\n", done, total);
    }
  };
  p.skipped = [](const Error& e) { std::cerr << "contraste: warning: skipped: " << e.ToString() << "\n"; };
  return p;
}

int RunIngest(const IngestOptions& o) {
  if (!NamedPathsExist(o.paths)) return kExitError;
  const std::string rules_dir = ResolveRulesDir(o.common.rules_dir);
  auto engine = LoadEngineOrReport(rules_dir);
  if (!engine) return kExitError;
  auto version = RulesVersion(rules_dir);
  if (!version) {
    std::cerr << "contraste: " << version.error().ToString() << "\n";
    return kExitError;
  }
  auto store = OpenClaimsStore(o.store);
  if (!store) {
    std::cerr << "contraste: " << store.error().ToString() << "\n";
    return kExitError;
  }
  auto engines = EngineSet::Load(*engine, o.common.jobs);
  if (!engines) {
    std::cerr << "contraste: " << engines.error().ToString() << "\n";
    return kExitError;
  }
  const auto start = std::chrono::steady_clock::now();
  auto n = Ingest(*engines, **store, o.paths, *version, ProgressOnStderr());
  if (!n) {
    std::cerr << "contraste: " << n.error().ToString() << "\n";
    return kExitError;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << fmt::format(
      "contraste: ingest: {} added, {} changed, {} analysed again for the rules, {} unchanged, {} removed, {} skipped; "
      "{:.1f} MB analysed in {:.2f} s\n",
      n->added, n->changed, n->reanalysed, n->unchanged, n->removed, n->skipped, static_cast<double>(n->bytes_analysed) / 1e6,
      seconds);
  return n->skipped > 0 ? kExitSkipped : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Analyse articles into a claims store, only what changed");
  cmd->add_option("paths", o->paths, "Articles or directories")->required();
  cmd->add_option("--store", o->store, "The claims store: an SQLite file (created when missing)")->required();
  AddRulesOption(cmd, &o->common);
  AddJobsOption(cmd, &o->common);
  cmd->callback([=]() { *run = [=]() { return RunIngest(*o); }; });
}

}  // namespace contraste::cli
