#include "report/rdjson.h"

#include <nlohmann/json.hpp>

#include "report/source_columns.h"

namespace contraste {

namespace {

using Json = nlohmann::ordered_json;

const char* RdjsonSeverity(Severity s) {
  switch (s) {
    case Severity::kError: return "ERROR";
    case Severity::kWarning: return "WARNING";
    case Severity::kNote: return "INFO";
  }
  return "INFO";
}

Json Position(const SourceColumns& at) { return {{"line", at.line}, {"column", at.bytes}}; }

Json RdjsonLocation(const SarifLocation& l) {
  return {{"path", l.path},
          {"range", {{"start", Position(ColumnsAt(l.bytes, l.offset))},
                     {"end", Position(ColumnsAt(l.bytes, l.offset + l.length))}}}};
}

}  // namespace

void WriteRdjson(const SarifLog& log, std::ostream& out) {
  Json diagnostics = Json::array();
  for (const SarifResult& r : log.results) {
    if (r.locations.empty()) continue;
    Json d;
    d["message"] = r.message;
    d["location"] = RdjsonLocation(r.locations.front());
    d["severity"] = RdjsonSeverity(r.level);
    d["source"] = {{"name", "contraste"}};
    d["code"] = {{"value", r.rule}};
    Json related = Json::array();
    for (size_t k = 1; k < r.locations.size(); ++k) {
      related.push_back({{"message", r.locations[k].message}, {"location", RdjsonLocation(r.locations[k])}});
    }
    if (!related.empty()) d["related_locations"] = std::move(related);
    diagnostics.push_back(std::move(d));
  }
  for (const SarifNotification& n : log.skipped) {
    diagnostics.push_back({{"message", "skipped: " + n.message},
                           {"location", {{"path", n.path}}},
                           {"severity", "WARNING"},
                           {"source", {{"name", "contraste"}}},
                           {"code", {{"value", "skipped"}}}});
  }
  Json root;
  root["source"] = {{"name", "contraste"}};
  root["diagnostics"] = std::move(diagnostics);
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace contraste
