#include "report/sarif.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/source_columns.h"

namespace contraste {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

Json Region(const SarifLocation& l) {
  const SourceColumns start = ColumnsAt(l.bytes, l.offset);
  const SourceColumns end = ColumnsAt(l.bytes, l.offset + l.length);
  Json r;
  r["startLine"] = start.line;
  r["startColumn"] = start.utf16;
  r["endLine"] = end.line;
  r["endColumn"] = end.utf16;
  r["byteOffset"] = l.offset;
  r["byteLength"] = l.length;
  if (l.offset + l.length <= l.bytes.size()) r["snippet"] = {{"text", std::string(l.bytes.substr(l.offset, l.length))}};
  return r;
}

Json SarifLocationJson(const SarifLocation& l) {
  Json j;
  j["physicalLocation"] = {{"artifactLocation", {{"uri", PathToUri(l.path)}}}, {"region", Region(l)}};
  if (!l.message.empty()) j["message"] = {{"text", l.message}};
  return j;
}

}  // namespace

std::vector<SarifRule> RulesForSarif(const RuleList& rules) {
  std::vector<SarifRule> out;
  for (const auto& rule : rules) out.push_back({rule->spec().id, rule->spec().description});
  return out;
}

std::string PathToUri(std::string_view path) {
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (char ch : path) {
    const auto b = static_cast<unsigned char>(ch);
    const bool unreserved = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' ||
                            b == '.' || b == '_' || b == '~' || b == '/';
    uri += unreserved ? std::string(1, ch) : fmt::format("%{:02X}", b);
  }
  return uri;
}

void AddSkipped(const std::vector<Error>& skipped, Severity min, SarifLog* log) {
  if (!AtLeast(Severity::kWarning, min)) return;
  for (const Error& e : skipped) {
    std::string message = e.message;
    if (e.offset) message = fmt::format("byte {}: {}", *e.offset, e.message);
    log->skipped.push_back({e.file, message});
  }
}

void WriteSarif(const SarifLog& log, std::ostream& out) {
  std::map<std::string, std::string> rules;  // id -> description, sorted
  for (const SarifRule& r : log.rules) rules[r.id] = r.description;
  for (const SarifResult& r : log.results) rules.emplace(r.rule, "");
  std::map<std::string, size_t> index;
  Json rule_list = Json::array();
  for (const auto& [id, description] : rules) {
    index[id] = rule_list.size();
    Json r;
    r["id"] = id;
    r["shortDescription"] = {{"text", description.empty() ? id : description}};
    rule_list.push_back(std::move(r));
  }
  Json results = Json::array();
  for (const SarifResult& r : log.results) {
    Json j;
    j["ruleId"] = r.rule;
    j["ruleIndex"] = index[r.rule];
    j["level"] = SeverityName(r.level);
    j["message"] = {{"text", r.message}};
    Json locations = Json::array(), related = Json::array();
    for (size_t k = 0; k < r.locations.size(); ++k) {
      Json l = SarifLocationJson(r.locations[k]);
      if (k == 0) {
        locations.push_back(std::move(l));
      } else {
        l["id"] = k;
        related.push_back(std::move(l));
      }
    }
    j["locations"] = std::move(locations);
    if (!related.empty()) j["relatedLocations"] = std::move(related);
    if (!r.fingerprint.empty()) j["partialFingerprints"] = {{"contrasteId/v1", r.fingerprint}};
    if (!r.properties.empty()) j["properties"] = r.properties;
    results.push_back(std::move(j));
  }
  Json driver;
  driver["name"] = "contraste";
  driver["rules"] = std::move(rule_list);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["columnKind"] = "utf16CodeUnits";
  run["results"] = std::move(results);
  if (!log.skipped.empty()) {
    Json notifications = Json::array();
    for (const SarifNotification& n : log.skipped) {
      Json j;
      j["level"] = "warning";
      j["message"] = {{"text", "skipped: " + n.message}};
      j["locations"] = Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", PathToUri(n.path)}}}}}}});
      notifications.push_back(std::move(j));
    }
    run["invocations"] = Json::array({{{"executionSuccessful", true}, {"toolExecutionNotifications", std::move(notifications)}}});
  }
  Json root;
  root["$schema"] = kSarifSchema;
  root["version"] = "2.1.0";
  root["runs"] = Json::array({std::move(run)});
  out << root.dump(2) << "\n";
}

}  // namespace contraste
