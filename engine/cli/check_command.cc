// contraste check DRAFT...|- [--corpus DIR] [--published YYYY-MM-DD] [--language es]
//                 [--format line|sarif|rdjson|github|json|md|html] [--min-severity error|warning|note]
//                 [--kind contradicted,...] [--slot S,...]
//                 [--stdin-filename PATH] [-o FILE] [--rules DIR]
// Exit: 2 error (unreadable draft, bad flag, missing corpus path, rules), else 1 contradictions, else
// 3 when a corpus file had to be skipped (named on stderr, JSON "skipped"), else 0.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <optional>
#include <set>

#include "check/check_writers.h"
#include "check/draft_loader.h"
#include "cli/commands.h"
#include "cli/output_selection.h"
#include "cli/project_settings.h"
#include "cli/store_access.h"
#include "report/diagnostic_formats.h"

namespace contraste::cli {

namespace {

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> drafts;
  std::string corpus_flag;          // --corpus
  std::vector<std::string> corpus;  // --corpus, else the configuration's corpus (or its store), else corpus/
  std::string store;  // --store: check against the claims store instead of --corpus
  std::string published;
  std::string language;
  std::string min_severity;    // empty: warning for line and sarif, note (everything) for the others
  std::string stdin_filename;  // --stdin-filename
  std::string ui;              // --ui: the language of the HTML page's words
  OutputSelection select;      // --kind (verdicts), --slot
};

// --min-severity, or the configuration's, or the format's default: the line, SARIF, rdjson and
// GitHub outputs are read by tools that show every line to someone, so notes (confirmed,
// unchecked) are hidden unless asked for.
Severity MinimumSeverity(const CheckOptions& o) {
  if (!o.min_severity.empty()) return *ParseSeverity(o.min_severity);
  return IsToolFormat(o.common.format) ? Severity::kWarning : Severity::kNote;
}

// Flags not given take the project configuration's values (.contraste.yaml), then the defaults.
CheckOptions WithSettings(CheckOptions o, const CLI::App& cmd) {
  const ProjectConfig* config = ProjectSettings();
  o.common.format = FlagOrSetting(cmd.get_option("--format"), o.common.format,
                                  config ? config->Format("check") : nullptr, "line");
  o.min_severity = FlagOrSetting(cmd.get_option("--min-severity"), o.min_severity,
                                 config ? config->MinSeverity("check") : nullptr, "");
  const bool named = cmd.get_option("--corpus")->count() > 0 || cmd.get_option("--store")->count() > 0;
  if (!o.corpus_flag.empty()) o.corpus = {o.corpus_flag};
  if (!named && config && config->store) o.store = config->store->value;
  if (!named && config) {
    for (const ConfigEntry& c : config->corpus) o.corpus.push_back(c.value);
  }
  if (o.corpus.empty()) o.corpus = {"corpus"};
  return o;
}

int RunCheck(const CheckOptions& o) {
  DraftOverrides overrides;
  if (!o.published.empty()) {
    overrides.published = CivilDate::Parse(o.published);
    if (!overrides.published) {
      std::cerr << "contraste: --published " << o.published << ": not a date (YYYY-MM-DD)\n";
      return kExitError;
    }
  }
  if (!o.language.empty()) overrides.language = o.language;
  overrides.stdin_path = o.stdin_filename;
  auto engine = LoadEngineOrReport(o.common.rules_dir);
  if (!engine || !SlotsKnownOrReport(*engine, o.select)) return kExitError;
  if (o.store.empty() && !NamedPathsExist(o.corpus)) return kExitError;
  DraftLoad drafts = LoadDrafts(o.drafts, overrides, &std::cin);
  for (const Error& e : drafts.errors) std::cerr << "contraste: draft: " << e.ToString() << "\n";
  std::set<std::string> draft_paths;
  for (const Document& d : drafts.drafts) draft_paths.insert(d.path);
  size_t skipped_before = 0;
  std::optional<CheckResult> checked;
  if (!o.store.empty()) {
    checked = CheckInStoreOrReport(*engine, o.store, std::move(drafts.drafts), &skipped_before);
    if (!checked) return kExitError;
  } else {
    CorpusLoad corpus = LoadCorpus(o.corpus, DocumentMetadata{});
    WarnSkipped(corpus.skipped);
    skipped_before = corpus.skipped.size();
    checked = CheckDrafts(*engine, std::move(corpus.documents), std::move(drafts.drafts), std::move(corpus.skipped));
  }
  CheckResult& r = *checked;
  // A draft the pipeline could not analyse (a language without rules) is an error; a corpus
  // document it could not analyse is a warning like any skipped corpus file.
  bool draft_skipped = false;
  for (size_t i = skipped_before; i < r.analysis.skipped.size(); ++i) {
    const Error& e = r.analysis.skipped[i];
    if (draft_paths.count(e.file)) {
      std::cerr << "contraste: draft: " << e.ToString() << "\n";
      draft_skipped = true;
    } else {
      std::cerr << "contraste: warning: skipped: " << e.ToString() << "\n";
    }
  }
  if (r.analysis.documents.size() == r.drafts.size()) {
    std::cerr << "contraste: the corpus " << (o.store.empty() ? fmt::format("{}", fmt::join(o.corpus, ", ")) : o.store)
              << " has no articles: every claim is unchecked\n";
  }
  r.DropRules(DisabledRules());
  const Severity min = MinimumSeverity(o);
  const size_t contradicted = r.Count(VerdictKind::kContradicted);
  r.KeepAtLeast(min);
  r.KeepVerdicts([&](const Verdict& v) { return o.select.Keeps(VerdictName(v.kind), r.analysis.claims[v.claim].slot); });
  std::optional<UiText> ui;
  if (o.common.format == "html" || o.common.format == "md") {  // the pages for people: in the reader's language
    ui = PageWordsOrReport(*engine, o.common.rules_dir, o.ui, r.analysis.documents);
    if (!ui) return kExitError;
    SayCheckIn(&r, engine->Messages(ui->language()), *ui);
  }
  bool ok = WithOutput(o.common.output, [&](std::ostream& out) {
    if (IsDiagnosticFormat(o.common.format)) {
      WriteDiagnostics(o.common.format, CheckLog(r, engine->rules(), min), out);
    } else if (o.common.format == "json") {
      WriteCheckJson(r, out);
    } else if (o.common.format == "md") {
      WriteCheckMarkdown(r, out, *ui);
    } else if (o.common.format == "html") {
      WriteCheckHtml(r, out, *ui);
    } else {
      WriteCheckLines(r, out, min);
    }
  });
  if (!ok || !drafts.errors.empty() || draft_skipped) return kExitError;
  if (contradicted > 0) return kExitFindings;
  return r.analysis.skipped.empty() ? kExitOk : kExitSkipped;
}

}  // namespace

void AddCheckCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check drafts against the corpus: each claim contradicted, disputed, confirmed or unchecked");
  cmd->add_option("drafts", o->drafts, "Draft files (id = file stem; front matter honoured); - reads standard input")
      ->required();
  cmd->add_option("--stdin-filename", o->stdin_filename,
                  "The path a draft read from standard input goes by (id: its stem; default <stdin>, id stdin)");
  cmd->add_option("--corpus", o->corpus_flag,
                  "Published articles to check against (default: .contraste.yaml's corpus or store, else corpus/)");
  cmd->add_option("--store", o->store, "Check against the claims store FILE (see `contraste ingest`) instead of --corpus");
  cmd->add_option("--published", o->published, "The drafts' publication date, YYYY-MM-DD (overrides front matter)");
  cmd->add_option("--language", o->language, "The drafts' language, e.g. es (overrides front matter)");
  o->common.format = "line";
  cmd->add_option("--format,-f", o->common.format,
                  "Output format: line (file:line:col: severity: message [rule]; col in characters), sarif (2.1.0), "
                  "rdjson (reviewdog), github (Actions annotations), json, md, html")
      ->check(CLI::IsMember({"line", "sarif", "rdjson", "github", "json", "md", "html"}));
  AddSelectionOptions(cmd, &o->select, {"contradicted", "disputed", "confirmed", "unchecked"});
  cmd->add_option("--min-severity", o->min_severity,
                  "Show verdicts of this severity or above: error (contradicted), warning (disputed), note (all); "
                  "default warning for line, sarif, rdjson and github, note otherwise")
      ->check(CLI::IsMember({"error", "warning", "note"}));
  cmd->add_option("--ui", o->ui,
                  "Language of the md and html pages: their words (rules/<lang>/ui.yaml) and verdict sentences "
                  "(rules/<lang>/messages.yaml); default: .contraste.yaml's ui, else the documents' language");
  cmd->add_option("-o,--output", o->common.output, "Write to FILE instead of stdout");
  AddRulesOption(cmd, &o->common);
  cmd->callback([=]() { *run = [=]() { return RunCheck(WithSettings(*o, *cmd)); }; });
}

}  // namespace contraste::cli
