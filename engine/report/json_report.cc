#include <nlohmann/json.hpp>

#include "report/report_writers.h"

namespace contraste {

using Json = nlohmann::ordered_json;

namespace {

Json IntervalJson(const Interval& i) {
  Json j;
  j["min"] = i.lo;
  j["max"] = i.IsBounded() ? Json(i.hi) : Json(nullptr);
  j["min_open"] = i.lo_open;
  j["max_open"] = i.hi_open;
  return j;
}

}  // namespace

Json ClaimJson(const Analysis& a, const Claim& c) {
  const Document& d = a.documents[c.doc];
  Json j;
  j["doc"] = d.id;
  j["quote"] = c.quote;
  j["offset"] = c.offset;
  j["length"] = c.length;
  j["line"] = c.line;
  j["column"] = c.column;
  j["sentence"] = d.bytes.substr(c.sentence_offset, c.sentence_length);
  j["value"] = c.value;
  j["hedge"] = c.hedge.empty() ? Json(nullptr) : Json(c.hedge);
  j["interval"] = IntervalJson(c.interval);
  return j;
}

Json DocumentsJson(const Analysis& a) {
  Json docs = Json::array();
  for (const Document& d : a.documents) {
    Json j;
    j["id"] = d.id;
    j["path"] = d.path;
    j["title"] = d.title;
    j["language"] = d.language;
    j["published"] = d.published ? Json(d.published->ToString()) : Json(nullptr);
    j["outlet"] = d.outlet;
    j["assumptions"] = d.assumptions;
    docs.push_back(j);
  }
  return docs;
}

Json SkippedJson(const Analysis& a) {
  Json skipped = Json::array();
  for (const Error& e : a.skipped) {
    Json j;
    j["path"] = e.file;
    j["error"] = ErrorCodeName(e.code);
    j["message"] = e.ToString();
    if (e.offset) j["offset"] = *e.offset;
    skipped.push_back(j);
  }
  return skipped;
}

void WriteJsonReport(const Analysis& a, std::ostream& out) {
  Json root;
  root["schema"] = "contraste.report/1";
  root["documents"] = DocumentsJson(a);
  root["skipped"] = SkippedJson(a);
  size_t conflicts = 0, agreements = 0;
  for (const Finding& f : a.findings) (f.kind == "conflict" ? conflicts : agreements)++;
  root["summary"] = {{"documents", a.documents.size()}, {"claims", a.claims.size()},
                     {"conflicts", conflicts}, {"agreements", agreements}};
  Json findings = Json::array();
  for (const Finding& f : a.findings) {
    Json j;
    j["id"] = f.id;
    j["kind"] = f.kind;
    j["rule"] = f.rule;
    j["slot"] = f.slot;
    j["event"] = f.event_label;
    j["event_id"] = f.event;
    if (!f.unit.empty()) j["unit"] = f.unit;
    j["explanation"] = f.explanation;
    Json claims = Json::array();
    for (const FindingClaim& fc : f.claims) {
      Json c = ClaimJson(a, a.claims[fc.claim]);
      c["side"] = fc.side;
      claims.push_back(c);
    }
    j["claims"] = claims;
    findings.push_back(j);
  }
  root["findings"] = findings;
  out << root.dump(2) << "\n";
}

void WriteClaimsJson(const Analysis& a, std::ostream& out) {
  Json root;
  root["schema"] = "contraste.claims/1";
  root["documents"] = DocumentsJson(a);
  root["skipped"] = SkippedJson(a);
  Json claims = Json::array();
  for (const Claim& c : a.claims) {
    Json j = ClaimJson(a, c);
    j["frame"] = c.frame;
    j["event"] = c.event_label;
    j["event_id"] = c.event;
    j["participants"] = c.participants;
    j["slot"] = c.slot;
    j["unit"] = c.unit;
    claims.push_back(j);
  }
  root["claims"] = claims;
  out << root.dump(2) << "\n";
}

}  // namespace contraste
