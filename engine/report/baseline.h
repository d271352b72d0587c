// A baseline: findings an editor has already looked at (who, when, why), so that the report stops
// showing them, and says when one of them no longer matches anything (it is "stale": the conflict was
// corrected, the article changed, or a rule change gave the finding another id).
//
//   auto report = LoadJsonReport("report.json");              // report/diff.h
//   Baseline b = BaselineFromReport(*report, {"ana", "2026-11-27", "checked with the outlet"}, {});
//   WriteBaselineYaml(b, out);                                  // contraste.baseline/1
//
//   auto baseline = LoadBaseline("baseline.yaml");              // file:line:col on a bad entry
//   BaselineOutcome o = ApplyBaseline(*baseline, &analysis.findings);  // hides acknowledged ones
//   o.hidden.size(); o.stale;                                   // counted and listed in the report
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/error.h"
#include "report/diff.h"
#include "findings/finding.h"
#include "report/report_writers.h"

namespace contraste {

struct BaselineEntry {
  std::string id;     // the finding's stable id
  std::string kind;   // conflict | agreement (informative: copied from the report)
  std::string rule;   // rule id (informative)
  std::string event;  // event label (informative)
  std::string who;    // who acknowledged it
  std::string when;   // YYYY-MM-DD
  std::string why;    // one sentence
  int line = 0;       // where the entry is in the baseline file (0 when built in memory)
};

struct Baseline {
  std::string path;
  std::vector<BaselineEntry> entries;  // sorted by id, ids unique
};

// Reads a baseline (YAML, schema contraste.baseline/1). Unknown keys, missing who/when/why, bad dates
// and duplicate ids are errors with file:line:col.
Result<Baseline> LoadBaseline(const std::string& path);
Result<Baseline> ParseBaseline(const std::string& text, const std::string& label);

struct Acknowledgement {
  std::string who, when, why;
};

// Entries for the findings of `report` (all, or those whose id is in `only` when it is not empty,
// or of kind `kind` when it is not empty). An id already in `previous` keeps its who/when/why.
Baseline BaselineFromReport(const LoadedReport& report, const Acknowledgement& ack, const Baseline& previous,
                            const std::vector<std::string>& only = {}, const std::string& kind = "");

// YAML with a comment header; deterministic (entries sorted by id).
void WriteBaselineYaml(const Baseline& b, std::ostream& out);

struct BaselineOutcome {
  std::string path;
  std::vector<BaselineEntry> hidden;  // entries that matched a finding (which was removed)
  std::vector<BaselineEntry> stale;   // entries that matched nothing
};

// Removes the acknowledged findings from `findings` (order kept) and tells which entries are stale.
BaselineOutcome ApplyBaseline(const Baseline& baseline, std::vector<Finding>* findings);

// Adds {"baseline": {file, hidden, acknowledged: [ids], stale: [entries]}} after "summary".
void AddBaselineToReportJson(const BaselineOutcome& o, ReportJson* report);
// The JSON report of `a` (its findings already filtered) with the baseline section added.
void WriteJsonReportWithBaseline(const Analysis& a, const BaselineOutcome& o, std::ostream& out);
// A "## Baseline" section for the end of the Markdown report.
void WriteBaselineMarkdown(const BaselineOutcome& o, std::ostream& out);

}  // namespace contraste
