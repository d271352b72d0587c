#include "store/finding_json.h"

#include <nlohmann/json.hpp>

#include "store/claim_codec.h"

namespace contraste {

using nlohmann::json;

std::string FindingStory(const Analysis& a, const Finding& f) {
  return f.claims.empty() ? std::string() : a.claims[f.claims.front().claim].story;
}

std::string FindingJson(const Analysis& a, const Finding& f) {
  json claims = json::array();
  for (const FindingClaim& fc : f.claims) {
    const Claim& c = a.claims[fc.claim];
    json j{{"doc", a.documents[c.doc].id},
           {"quote", c.quote},
           {"offset", c.offset},
           {"length", c.length},
           {"line", c.line},
           {"column", c.column},
           {"value", c.value},
           {"hedge", c.hedge},
           {"interval", {{"min", NumberToJson(c.interval.lo)},
                         {"max", c.interval.IsBounded() ? NumberToJson(c.interval.hi) : json(nullptr)},
                         {"min_open", c.interval.lo_open},
                         {"max_open", c.interval.hi_open}}},
           {"side", fc.side}};
    claims.push_back(std::move(j));
  }
  json j{{"id", f.id},
         {"kind", f.kind},
         {"rule", f.rule},
         {"slot", f.slot},
         {"event", f.event_label},
         {"event_id", f.event},
         {"story", FindingStory(a, f)},
         {"explanation", f.explanation},
         {"claims", std::move(claims)}};
  if (!f.unit.empty()) j["unit"] = f.unit;
  if (!f.measure.empty()) j["measure"] = f.measure;
  if (!f.subject.empty()) j["subject"] = f.subject;
  if (!f.scope.empty()) j["scope"] = f.scope;
  return j.dump();
}

}  // namespace contraste
