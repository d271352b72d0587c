// Compares two JSON reports (schema contraste.report/2 or /1) finding by finding, matched by their stable
// id: what a rule change, a new article or a new language file did to the findings.
//
//   auto old_report = LoadJsonReport("reports/seed.json");
//   auto new_report = LoadJsonReport("new.json");
//   if (!old_report || !new_report) { ... }                    // file: byte N: message
//   ReportDiff d = DiffReports(*old_report, *new_report);
//   WriteDiffText(d, std::cout);                                // ends "1 added, 0 removed, 1 changed"
//   return d.Empty() ? 0 : 1;
//
// A finding is "changed" when its id is in both reports but its claims (which quote, where, with
// what value and interval), its sides or its explanation differ. Only findings are compared: the
// document list and summary follow from them.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "core/error.h"

namespace contraste {

using ReportJson = nlohmann::ordered_json;

struct LoadedReport {
  std::string path;
  ReportJson root;
};

// Reads and checks a report: valid JSON, schema contraste.report/2 or /1, findings with unique string ids.
Result<LoadedReport> LoadJsonReport(const std::string& path);
// The same from text in memory (`label` names it in errors).
Result<LoadedReport> ParseJsonReport(const std::string& text, const std::string& label);

struct FindingChange {
  std::string id;
  std::vector<std::string> what;  // sorted subset of: claims, event, explanation, sides, unit
  ReportJson before;              // the finding in the old report
  ReportJson after;               // the finding in the new report
};

struct ReportDiff {
  std::string old_path;
  std::string new_path;
  std::vector<ReportJson> added;       // in the new report's order
  std::vector<ReportJson> removed;     // in the old report's order
  std::vector<FindingChange> changed;  // in the new report's order
  size_t unchanged = 0;
  bool Empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

ReportDiff DiffReports(const LoadedReport& old_report, const LoadedReport& new_report);

// For people: one block per finding, then exactly "N added, N removed, N changed".
void WriteDiffText(const ReportDiff& d, std::ostream& out);
// Schema contraste.diff/1: {schema, old, new, summary, added, removed, changed}.
void WriteDiffJson(const ReportDiff& d, std::ostream& out);

}  // namespace contraste
