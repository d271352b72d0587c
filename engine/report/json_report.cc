#include <nlohmann/json.hpp>

#include "claims/attribution_finder.h"
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

Json EntityJson(const EntityRef& r) { return Json{{"id", r.id}, {"name", r.name}, {"kind", r.kind}}; }

// Who the article says states it, and for venues where it happened (the place, then its larger places).
void AddWhoAndWhere(const Claim& c, Json* j) {
  Json sources = Json::array();
  for (const EntityRef& r : c.attribution) sources.push_back(EntityJson(r));
  (*j)["attribution"] = sources;
  if (c.venue.empty()) return;
  Json place = EntityJson(c.venue.front());
  Json within = Json::array();
  for (size_t k = 1; k < c.venue.size(); ++k) within.push_back(EntityJson(c.venue[k]));
  place["within"] = within;
  (*j)["place"] = place;
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
  AddWhoAndWhere(c, &j);
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
    std::vector<size_t> members;
    for (const FindingClaim& fc : f.claims) members.push_back(fc.claim);
    Json shared = Json::array();
    for (const SharedSource& s : SharedSources(a.claims, members)) {
      Json docs = Json::array();
      for (size_t d : s.docs) docs.push_back(a.documents[d].id);
      shared.push_back({{"source", EntityJson(s.source)}, {"docs", docs}});
    }
    if (!shared.empty()) j["shared_attribution"] = shared;
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
