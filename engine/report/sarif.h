// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the log code-scanning tools and
// editors read: `report --format sarif` and `check --format sarif` fill a SarifLog and write it.
//
//   SarifLog log;
//   log.rules = RulesForSarif(engine.rules());
//   SarifResult& r = log.results.emplace_back();
//   r.rule = "duration-interval"; r.level = Severity::kError; r.message = "...";
//   r.locations.push_back({doc.path, doc.bytes, claim.offset, claim.length, "unos 90 minutos"});
//   WriteSarif(log, out);
//
// One run, tool "contraste" with its rules (id, description); each result has a level, a message,
// its first location as the physical location and the others as related locations. Regions give
// startLine/startColumn/endLine/endColumn in UTF-16 code units (the run states columnKind
// "utf16CodeUnits", SARIF's default) plus byteOffset/byteLength into the file and the quote as
// snippet. Deterministic: rules sorted by id, results in the order given.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "report/severity.h"
#include "rules/rule_loader.h"

namespace contraste {

struct SarifRule {
  std::string id;
  std::string description;
};

struct SarifLocation {
  std::string path;         // as given on the command line (relative paths stay relative URIs)
  std::string_view bytes;   // the file's bytes, to count lines and columns
  size_t offset = 0;
  size_t length = 0;
  std::string message;      // what this location shows (related locations)
};

struct SarifResult {
  std::string rule;                     // rule id; an id missing from the log's rules is added
  Severity level = Severity::kWarning;
  std::string message;
  std::vector<SarifLocation> locations;  // [0] the result's location, the rest related
  std::string fingerprint;              // stable id of the result (contrasteId/v1)
  nlohmann::ordered_json properties = nlohmann::ordered_json::object();
};

// A file the run could not use (a skipped corpus file): a warning about the run, not a result.
struct SarifNotification {
  std::string path;
  std::string message;  // what was wrong, with the byte offset when known
};

struct SarifLog {
  std::vector<SarifRule> rules;
  std::vector<SarifResult> results;
  // Written as the run's invocation's toolExecutionNotifications (level warning); none: no
  // invocations object.
  std::vector<SarifNotification> skipped;
};

// Every skipped file of a run as a notification, when warnings are shown (`min` warning or note).
void AddSkipped(const std::vector<Error>& skipped, Severity min, SarifLog* log);

// The comparison rules of a rule set, as SARIF rules.
std::vector<SarifRule> RulesForSarif(const RuleList& rules);

// A path as a URI reference: relative stays relative, absolute becomes file://; characters outside
// RFC 3986's unreserved set and '/' are percent-encoded.
std::string PathToUri(std::string_view path);

void WriteSarif(const SarifLog& log, std::ostream& out);

}  // namespace contraste
