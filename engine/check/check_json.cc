#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "check/check_writers.h"
#include "report/report_writers.h"

namespace contraste {

namespace {

using Json = nlohmann::ordered_json;

Json DocIds(const Analysis& a, const std::vector<size_t>& claims) {
  std::set<std::string> ids;
  for (size_t c : claims) ids.insert(a.documents[a.claims[c].doc].id);
  return Json(std::vector<std::string>(ids.begin(), ids.end()));
}

Json VerdictJson(const CheckResult& r, const Verdict& v) {
  const Analysis& a = r.analysis;
  const Claim& c = a.claims[v.claim];
  Json j;
  j["doc"] = a.documents[c.doc].id;
  j["path"] = a.documents[c.doc].path;
  j["quote"] = c.quote;
  j["offset"] = c.offset;
  j["length"] = c.length;
  j["line"] = c.line;
  j["column"] = c.column;
  j["event"] = c.event_label;
  j["event_id"] = c.event;
  j["slot"] = c.slot;
  if (c.slot == "quantity" && !c.unit.empty()) j["unit"] = c.unit;
  j["value"] = c.value;
  j["verdict"] = VerdictName(v.kind);
  j["severity"] = VerdictSeverity(v.kind);
  j["rule"] = v.rule.empty() ? Json(nullptr) : Json(v.rule);
  j["finding"] = v.finding.empty() ? Json(nullptr) : Json(v.finding);
  j["message"] = VerdictMessage(r, v);
  j["confirmed_by"] = DocIds(a, v.confirming);
  j["contradicted_by"] = DocIds(a, v.contradicting);
  return j;
}

}  // namespace

void WriteCheckJson(const CheckResult& r, std::ostream& out) {
  // The report part is exactly what WriteJsonReport writes for the same analysis.
  std::ostringstream report;
  WriteJsonReport(r.analysis, report);
  Json root = Json::parse(report.str());
  Json check;
  check["drafts"] = std::vector<std::string>(r.drafts.begin(), r.drafts.end());
  check["summary"] = {{"claims", r.verdicts.size()},
                      {"contradicted", r.Count(VerdictKind::kContradicted)},
                      {"disputed", r.Count(VerdictKind::kDisputed)},
                      {"confirmed", r.Count(VerdictKind::kConfirmed)},
                      {"unchecked", r.Count(VerdictKind::kUnchecked)}};
  Json verdicts = Json::array();
  for (const Verdict& v : r.verdicts) verdicts.push_back(VerdictJson(r, v));
  check["verdicts"] = verdicts;
  root["check"] = check;
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace contraste
