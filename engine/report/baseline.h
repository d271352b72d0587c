// A baseline: findings an editor has already looked at (who, when, why, and what each side said then),
// so that the report stops showing them; shows one again, as "changed", when a finding with that id
// gained a side, a value or a document since (report/baseline_sides.h); and says when an entry no
// longer matches anything (it is "stale": the conflict was corrected, the article changed, or a rule
// change gave the finding another id).
//
//   auto report = LoadJsonReport("report.json");              // report/diff.h
//   Baseline b = BaselineFromReport(*report, {"ana", "2026-11-27", "checked with the outlet"}, {});
//   WriteBaselineYaml(b, out);                                  // contraste.baseline/1
//
//   auto baseline = LoadBaseline("baseline.yaml");              // file:line:col on a bad entry
//   BaselineOutcome o = ApplyBaseline(*baseline, &analysis);    // hides acknowledged ones
//   o.hidden.size(); o.changed; o.stale;                        // counted and listed in the report
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/error.h"
#include "report/baseline_sides.h"
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
  // What was acknowledged: each side's values and documents. Empty in entries written before
  // sides were recorded; such an entry hides its finding whatever it says (and is counted as
  // unrecorded, so that `baseline --update` can record it).
  std::vector<AcknowledgedSide> sides;
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
// or of kind `kind` when it is not empty), each recording the finding's sides. An id already in
// `previous` keeps its who/when/why and recorded sides when the finding holds nothing new; when it
// changed (or recorded no sides) it is acknowledged anew with `ack` and today's sides, and its id
// is added to `reacknowledged` (when given).
Baseline BaselineFromReport(const LoadedReport& report, const Acknowledgement& ack, const Baseline& previous,
                            const std::vector<std::string>& only = {}, const std::string& kind = "",
                            std::vector<std::string>* reacknowledged = nullptr);

// YAML with a comment header; deterministic (entries sorted by id).
void WriteBaselineYaml(const Baseline& b, std::ostream& out);

// A finding acknowledged once that holds news now: it stays in the report, marked changed.
struct BaselineChange {
  BaselineEntry entry;              // what was acknowledged (entry.id is the finding's id)
  std::vector<SideChange> changes;  // what is new, never empty
};

struct BaselineOutcome {
  std::string path;
  std::vector<BaselineEntry> hidden;     // entries that matched a finding with nothing new (removed)
  std::vector<BaselineChange> changed;   // entries whose finding gained a side, value or document (kept)
  std::vector<BaselineEntry> stale;      // entries that matched nothing
  size_t unrecorded = 0;                 // hidden entries that recorded no sides (older baselines)
  const BaselineChange* Changed(const std::string& finding_id) const;
};

// Removes the acknowledged findings that hold nothing new from `a->findings` (order kept), keeps
// and lists the changed ones, and tells which entries are stale.
BaselineOutcome ApplyBaseline(const Baseline& baseline, Analysis* a);
// The same over findings alone (their claims index `claims`, of `docs`).
BaselineOutcome ApplyBaseline(const Baseline& baseline, std::vector<Finding>* findings,
                              const std::vector<Claim>& claims = {}, const std::vector<Document>& docs = {});

// One line per changed finding, for stderr: "<id> (line N) changed since acknowledged by ana on
// 2026-11-27: sides: 2 acknowledged, 3 now; new value PT5H; new document 005_x".
std::string DescribeBaselineChange(const BaselineChange& c);

// Adds {"baseline": {file, hidden, acknowledged: [ids], changed: [{id, who, when, why, changes}],
// stale: [entries]}} after "summary", and to each changed finding {"baseline": {"status":
// "changed", "changes": [...]}}.
void AddBaselineToReportJson(const BaselineOutcome& o, ReportJson* report);
// The JSON report of `a` (its findings already filtered) with the baseline section added.
void WriteJsonReportWithBaseline(const Analysis& a, const BaselineOutcome& o, std::ostream& out);
// The baseline's section for the end of the Markdown report ("## Baseline"), in the words of `ui`
// (rules/<lang>/ui.yaml: baseline_*, acknowledged_by, change_*).
void WriteBaselineMarkdown(const BaselineOutcome& o, std::ostream& out, const UiText& ui);

}  // namespace contraste
