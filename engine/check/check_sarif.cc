// `check --format sarif|rdjson|github`: one result per draft claim at or above the minimum severity, at the
// draft's quote; the corpus claims against it and those compatible with it as related locations.
#include <fmt/format.h>

#include "check/check_writers.h"
#include "report/sarif.h"

namespace contraste {

namespace {

void AddRelated(const Analysis& a, const std::vector<size_t>& claims, const char* role, SarifResult* r) {
  for (size_t m : claims) {
    const Claim& c = a.claims[m];
    const Document& d = a.documents[c.doc];
    r->locations.push_back({d.path, d.bytes, c.offset, c.length, fmt::format("{}: \"{}\" ({})", role, c.quote, d.id)});
  }
}

}  // namespace

SarifLog CheckLog(const CheckResult& r, const RuleList& rules, Severity min) {
  const Analysis& a = r.analysis;
  SarifLog log;
  log.rules = RulesForSarif(rules);
  for (const Verdict& v : r.verdicts) {
    if (!AtLeast(VerdictLevel(v.kind), min)) continue;
    const Claim& c = a.claims[v.claim];
    const Document& d = a.documents[c.doc];
    SarifResult& res = log.results.emplace_back();
    res.rule = v.rule.empty() ? "no-rule" : v.rule;
    res.level = VerdictLevel(v.kind);
    res.message = fmt::format("{}: {}: {}", VerdictName(v.kind), ClaimSubject(c), VerdictMessage(r, v));
    res.fingerprint = v.finding.empty() ? fmt::format("{}@{}", d.id, c.offset) : v.finding;
    res.properties["verdict"] = VerdictName(v.kind);
    res.properties["slot"] = c.slot;
    res.properties["value"] = c.value;
    res.locations.push_back({d.path, d.bytes, c.offset, c.length, ""});
    AddRelated(a, v.contradicting, "against the draft", &res);
    AddRelated(a, v.confirming, "compatible with the draft", &res);
  }
  AddSkipped(a.skipped, min, &log);
  return log;
}

}  // namespace contraste
