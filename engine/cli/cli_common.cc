#include "cli/cli_common.h"

#include "cli/project_settings.h"
#include "cli/rules_location.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>

#include "pipeline/parallel_analysis.h"

namespace contraste::cli {

namespace fs = std::filesystem;

void AddRulesOption(CLI::App* app, CommonOptions* o) {
  app->add_option("--rules", o->rules_dir,
                  "Rule set directory (default: $CONTRASTE_RULES, else .contraste.yaml's rules:, else the "
                  "installed share/contraste/rules, else the source tree's rules/)");
}

void AddJobsOption(CLI::App* app, CommonOptions* o) {
  app->add_option("--jobs,-j", o->jobs, "Threads analysing documents (default 0: one per core); same output for any N");
}

std::string ResolveRulesDir(const std::string& given) { return LocateRules(given).dir; }

std::unique_ptr<Engine> LoadEngineOrReport(const std::string& rules_dir) {
  auto engine = Engine::Load(ResolveRulesDir(rules_dir));
  if (!engine) {
    std::cerr << "contraste: " << engine.error().ToString() << "\n";
    return nullptr;
  }
  // The configuration's disabled rules must name rules of this rule set: a misspelt id would
  // otherwise disable nothing, silently.
  if (const ProjectConfig* config = ProjectSettings()) {
    std::vector<std::string> ids;
    for (const auto& rule : (*engine)->rules()) ids.push_back(rule->spec().id);
    std::sort(ids.begin(), ids.end());
    if (Status s = CheckDisabledRules(*config, ids); !s) {
      std::cerr << "contraste: " << s.error().ToString() << "\n";
      return nullptr;
    }
  }
  return std::move(*engine);
}

bool NamedPathsExist(const std::vector<std::string>& paths) {
  bool ok = true;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::exists(p, ec)) continue;
    std::cerr << "contraste: " << p << ": no such file or directory\n";
    ok = false;
  }
  return ok;
}

bool PathsExist(const std::vector<std::string>& paths) {
  return std::all_of(paths.begin(), paths.end(), [](const std::string& p) {
    std::error_code ec;
    return fs::exists(p, ec);
  });
}

void WarnSkipped(const std::vector<Error>& skipped, size_t from) {
  for (size_t i = from; i < skipped.size(); ++i) {
    std::cerr << "contraste: warning: skipped: " << skipped[i].ToString() << "\n";
  }
}

std::future<CorpusLoad> LoadCorpusInBackground(const std::vector<std::string>& paths, size_t jobs) {
  return std::async(std::launch::async, [paths, jobs] { return LoadCorpus(paths, DocumentMetadata{}, JobsOrCores(jobs)); });
}

Analysis RunPipeline(Engine& engine, const std::vector<std::string>& paths, Engine::Depth depth, size_t jobs) {
  return RunPipeline(engine, LoadCorpus(paths, DocumentMetadata{}, JobsOrCores(jobs)), depth, jobs);
}

Analysis RunPipeline(Engine& engine, CorpusLoad load, Engine::Depth depth, size_t jobs) {
  WarnSkipped(load.skipped);
  const bool tty = isatty(STDERR_FILENO) != 0 && load.documents.size() >= 20;
  if (tty) std::cerr << fmt::format("contraste: analysing {} documents...\r", load.documents.size()) << std::flush;
  size_t before = load.skipped.size();
  size_t bytes = 0;
  for (const Document& d : load.documents) bytes += d.bytes.size();
  const size_t threads = std::min(JobsOrCores(jobs), std::max<size_t>(1, bytes >> 20));
  // The engines past the first are made by their own threads while the first one analyses; they
  // read the first one's rules (Engine::SharingRulesOf).
  EngineSet engines = EngineSet::LoadLater(engine, threads);
  Analysis a = threads > 1 ? AnalyzeInParallel(engines, std::move(load.documents), std::move(load.skipped), depth)
                           : engine.Analyze(std::move(load.documents), std::move(load.skipped), depth);
  for (const Error& e : engines.errors()) {
    std::cerr << "contraste: warning: one thread fewer: " << e.ToString() << "\n";
  }
  WarnSkipped(a.skipped, before);
  if (tty && depth == Engine::Depth::kClaims) {
    std::cerr << fmt::format("contraste: {} documents, {} claims          \n", a.documents.size(), a.claims.size());
  } else if (tty) {
    std::cerr << fmt::format("contraste: {} documents, {} claims, {} findings          \n", a.documents.size(),
                             a.claims.size(), a.findings.size());
  }
  return a;
}

bool WithOutput(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    write(std::cout);
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    std::cerr << "contraste: cannot write " << path << "\n";
    return false;
  }
  write(out);
  out.close();
  return static_cast<bool>(out);
}

std::optional<UiText> PageWordsOrReport(const Engine& engine, const std::string& rules_dir, const std::string& requested,
                                        const std::vector<Document>& documents) {
  const ProjectConfig* config = ProjectSettings();
  std::string language = requested;
  if (language.empty() && config && config->ui) language = config->ui->value;
  const bool named = !language.empty();
  if (!named && !documents.empty()) language = engine.CorpusLanguage(documents).code;
  const fs::path dir = ResolveRulesDir(rules_dir);
  for (const std::string& lang : {language, std::string("en")}) {
    if (lang.empty()) continue;
    const fs::path file = dir / lang / "ui.yaml";
    std::error_code ec;
    if (!fs::exists(file, ec)) {
      if (named) {
        std::cerr << "contraste: --ui " << lang << ": no " << file.string() << "\n";
        return std::nullopt;
      }
      continue;
    }
    auto ui = LoadUiText(file.string(), lang);
    if (!ui) {
      std::cerr << "contraste: " << ui.error().ToString() << "\n";
      return std::nullopt;
    }
    return std::move(*ui);
  }
  return UiText{};
}

}  // namespace contraste::cli
