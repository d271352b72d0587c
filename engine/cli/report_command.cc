// contraste report [PATH...] [--format md|json|html|line|sarif|rdjson|github] [--min-severity error|warning|note]
//                  [--kind K,...] [--slot S,...] [--agreements folded|full|count] [-o FILE]
#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/output_selection.h"
#include "cli/project_settings.h"
#include "cli/store_access.h"
#include "pipeline/parallel_analysis.h"
#include "report/baseline.h"
#include "report/diagnostic_formats.h"
#include "report/explanation_text.h"
#include "report/findings_outputs.h"
#include "report/report_writers.h"

namespace contraste::cli {

namespace {

// What the report is over: the paths named, else the store named, else the configuration's corpus
// or store, else corpus/.
struct ReportSource {
  std::vector<std::string> paths;
  std::string store;
};

ReportSource ChooseReportSource(const std::vector<std::string>& paths, const std::string& store) {
  if (!paths.empty() || !store.empty()) return {paths, store};
  if (const ProjectConfig* config = ProjectSettings()) {
    if (config->store) return {{}, config->store->value};
    if (!config->corpus.empty()) {
      ReportSource source;
      for (const ConfigEntry& c : config->corpus) source.paths.push_back(c.value);
      return source;
    }
  }
  return {{"corpus"}, ""};
}

}  // namespace

void AddReportCommand(CLI::App& app, std::function<int()>* run) {
  auto opts = std::make_shared<CommonOptions>();
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("report", "Discrepancy report over articles (files or directories)");
  cmd->add_option("paths", *paths, "Articles or directories (default: .contraste.yaml's corpus or store, else corpus/)");
  opts->format = "md";
  cmd->add_option("--format,-f", opts->format,
                  "Output format: md, json, html, line (file:line:col: severity: ...; col in characters), sarif (2.1.0), "
                  "rdjson (reviewdog), github (Actions annotations)")
      ->check(CLI::IsMember({"md", "json", "html", "line", "sarif", "rdjson", "github"}));
  auto agreements = std::make_shared<std::string>("folded");
  cmd->add_option("--agreements", *agreements,
                  "How md and html show agreements: folded (after the rest: one line each, or closed), full, count")
      ->check(CLI::IsMember({"folded", "full", "count"}));
  auto min_severity = std::make_shared<std::string>();
  cmd->add_option("--min-severity", *min_severity,
                  "Show findings of this severity or above: error (conflicts), warning (other kinds), note (all, "
                  "agreements included); default warning for line, sarif, rdjson and github, note otherwise")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  auto select = std::make_shared<OutputSelection>();
  AddSelectionOptions(cmd, select.get(), {"conflict", "agreement", "revision", "dispute"});
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  auto baseline_path = std::make_shared<std::string>();
  cmd->add_option("--baseline", *baseline_path,
                  "Hide the findings acknowledged in FILE (see `contraste baseline`) and list its stale entries");
  auto ui_language = std::make_shared<std::string>();
  cmd->add_option("--ui", *ui_language,
                  "Language of the md and html pages: their words (rules/<lang>/ui.yaml), explanations and place kinds "
                  "(rules/<lang>/messages.yaml); default: .contraste.yaml's ui, else the documents' language");
  auto store = std::make_shared<std::string>();
  cmd->add_option("--store", *store, "Report over the claims store FILE (see `contraste ingest`) instead of paths")
      ->excludes(cmd->get_option("paths"));
  AddRulesOption(cmd, opts.get());
  AddJobsOption(cmd, opts.get());
  cmd->callback([=]() {
    *run = [=]() {
      std::optional<Baseline> acknowledged;
      if (!baseline_path->empty()) {
        auto loaded = LoadBaseline(*baseline_path);
        if (!loaded) {
          std::cerr << "contraste: " << loaded.error().ToString() << "\n";
          return kExitError;
        }
        acknowledged = std::move(*loaded);
      }
      const ReportSource source = ChooseReportSource(*paths, *store);
      // The files are read while the rules load (when every path named exists: else the rules'
      // errors, then the missing paths, are reported as before, and nothing is read).
      std::future<CorpusLoad> corpus;
      if (source.store.empty() && PathsExist(source.paths)) corpus = LoadCorpusInBackground(source.paths, opts->jobs);
      auto engine = LoadEngineOrReport(opts->rules_dir);
      if (!engine || !SlotsKnownOrReport(*engine, *select)) return kExitError;
      if (source.store.empty() && !NamedPathsExist(source.paths)) return kExitError;
      std::optional<Analysis> stored =
          source.store.empty() ? std::nullopt : AnalysisFromStoreOrReport(*engine, source.store);
      if (!source.store.empty() && !stored) return kExitError;
      Analysis a = stored ? std::move(*stored)
                          : RunPipeline(*engine, corpus.valid() ? corpus.get() : LoadCorpus(source.paths, {}, JobsOrCores(opts->jobs)),
                                        Engine::Depth::kFindings, opts->jobs);
      std::erase_if(a.findings, [disabled = DisabledRules()](const Finding& f) { return disabled.count(f.rule) > 0; });
      std::optional<BaselineOutcome> baseline;
      if (acknowledged) {
        baseline = ApplyBaseline(*acknowledged, &a);
        std::cerr << fmt::format("contraste: baseline {}: {} acknowledged findings hidden, {} changed, {} stale entries\n",
                                 baseline->path, baseline->hidden.size(), baseline->changed.size(),
                                 baseline->stale.size());
        for (const auto& c : baseline->changed) {
          std::cerr << "contraste: changed: " << DescribeBaselineChange(c) << "\n";
        }
        for (const auto& e : baseline->stale) {
          std::cerr << fmt::format("contraste: stale baseline entry {} (line {}): matches no finding\n", e.id, e.line);
        }
      }
      const ProjectConfig* config = ProjectSettings();
      const std::string format = FlagOrSetting(cmd->get_option("--format"), opts->format,
                                               config ? config->Format("report") : nullptr, "md");
      const std::string min_name = FlagOrSetting(cmd->get_option("--min-severity"), *min_severity,
                                                 config ? config->MinSeverity("report") : nullptr, "");
      const Severity min = !min_name.empty()      ? *ParseSeverity(min_name)
                           : IsToolFormat(format) ? Severity::kWarning
                                                  : Severity::kNote;
      std::erase_if(a.findings, [&](const Finding& f) {
        return !AtLeast(FindingSeverity(f), min) || !select->Keeps(f.kind, f.slot);
      });
      const AgreementLayout layout = *agreements == "full"    ? AgreementLayout::kFull
                                     : *agreements == "count" ? AgreementLayout::kCount
                                                              : AgreementLayout::kFolded;
      std::optional<UiText> ui;
      if (format == "html" || format == "md") {  // the pages for people: in the reader's language
        ui = PageWordsOrReport(*engine, opts->rules_dir, *ui_language, a.documents);
        if (!ui) return kExitError;
        SayFindingsIn(&a, engine->Messages(ui->language()), *ui);
      }
      bool ok = WithOutput(opts->output, [&](std::ostream& out) {
        if (format == "line") {
          WriteLineReport(a, min, out);
        } else if (IsDiagnosticFormat(format)) {
          WriteDiagnostics(format, FindingsLog(a, engine->rules(), min), out);
        } else if (format == "json") {
          if (baseline) {
            WriteJsonReportWithBaseline(a, *baseline, out);
          } else {
            WriteJsonReport(a, out, JobsOrCores(opts->jobs));
          }
        } else if (format == "html") {
          WriteHtmlReport(a, out, *ui, layout);
        } else {
          WriteMarkdownReport(a, out, PageWords{*ui, engine->Messages(ui->language())}, layout);
          if (baseline) WriteBaselineMarkdown(*baseline, out, *ui);
        }
      });
      if (!ok) return kExitError;
      return a.skipped.empty() ? kExitOk : kExitSkipped;  // named on stderr and in JSON "skipped"
    };
  });
}

}  // namespace contraste::cli
