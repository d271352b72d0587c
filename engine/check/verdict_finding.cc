#include "check/verdict_finding.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/calendar.h"
#include "core/fingerprint.h"

namespace contraste {

std::string QuotesWithDocs(const Analysis& a, const std::vector<size_t>& claims, const MessageTemplates& m) {
  std::vector<std::pair<std::string, std::vector<std::string>>> by_quote;  // first-seen order
  for (size_t c : claims) {
    const Claim& claim = a.claims[c];
    auto it = std::find_if(by_quote.begin(), by_quote.end(), [&](const auto& q) { return q.first == claim.quote; });
    if (it == by_quote.end()) it = by_quote.insert(by_quote.end(), {claim.quote, {}});
    const std::string& doc = a.documents[claim.doc].id;
    if (std::find(it->second.begin(), it->second.end(), doc) == it->second.end()) it->second.push_back(doc);
  }
  std::vector<std::string> parts;
  for (const auto& [quote, docs] : by_quote) parts.push_back(fmt::format("{} ({})", m.Quote(quote), fmt::join(docs, ", ")));
  return fmt::format("{}", fmt::join(parts, "; "));
}

namespace {

// For a draft's figure that moves over time (a toll): the corpus' latest figure, when it says
// something else than the draft (the sentence `latest_figure`); else empty.
std::string LatestFigure(const Analysis& a, const Verdict& v, const MessageTemplates& m) {
  const Claim& draft = a.claims[v.claim];
  if (!draft.cumulative) return "";
  const Claim* latest = nullptr;
  for (const auto& side : v.corpus_sides) {
    for (size_t k : side) {
      const Claim& c = a.claims[k];
      if (!c.cumulative || c.when == Claim::kUnknownTime) continue;
      if (!latest || c.when > latest->when) latest = &c;
    }
  }
  // A draft written today about last week's count: its own date says nothing of its figure's age.
  if (!latest || (latest->interval.lo == draft.interval.lo && latest->interval.hi == draft.interval.hi)) return "";
  // Built with append: GCC 12 at -O3 warns falsely (-Wrestrict) on " " + std::string.
  std::string out(1, ' ');
  out.append(FillTemplate(m.Verdict("latest_figure"), {{"quote", m.Quote(latest->quote)},
                                                      {"document", a.documents[latest->doc].id},
                                                      {"moment", MinutesText(latest->when, ' ')}}));
  return out;
}

}  // namespace

std::string VerdictExplanation(const Analysis& a, const Verdict& v, const MessageTemplates& m) {
  const Claim& c = a.claims[v.claim];
  const std::string quote = m.Quote(c.quote);
  auto say = [&](const char* key, std::vector<std::pair<std::string, std::string>> values) {
    values.emplace_back("quote", quote);
    return FillTemplate(m.Verdict(key), values);
  };
  if (v.internal && v.kind == VerdictKind::kContradicted) {
    return say("self_contradicted", {{"corpus", QuotesWithDocs(a, v.contradicting, m)}});
  }
  switch (v.kind) {
    case VerdictKind::kContradicted:
      if (v.confirming.empty()) {
        return say("contradicted", {{"corpus", QuotesWithDocs(a, v.contradicting, m)}, {"latest", LatestFigure(a, v, m)}});
      }
      return say("contradicted_and_compatible", {{"corpus", QuotesWithDocs(a, v.contradicting, m)},
                                                 {"compatible", QuotesWithDocs(a, v.confirming, m)},
                                                 {"latest", LatestFigure(a, v, m)}});
    case VerdictKind::kDisputed: {
      if (!v.contradicting.empty()) {
        return say("disputed", {{"compatible", QuotesWithDocs(a, v.confirming, m)},
                                {"corpus", QuotesWithDocs(a, v.contradicting, m)}});
      }
      std::vector<std::string> sides;
      for (const auto& side : v.corpus_sides) sides.push_back(QuotesWithDocs(a, side, m));
      return say("disputed_vague", {{"sides", fmt::format("{}", fmt::join(sides, m.sides_joiner))}});
    }
    case VerdictKind::kConfirmed:
      return say("confirmed", {{"compatible", QuotesWithDocs(a, v.confirming, m)}});
    case VerdictKind::kUnchecked:
      break;
  }
  if (v.rule.empty()) return say("no_rule", {{"slot", c.slot}});
  return say("unchecked", {});
}

Finding VerdictFinding(const Analysis& a, const Verdict& v, const MessageTemplates& m) {
  const Claim& c = a.claims[v.claim];
  Finding f;
  f.kind = v.kind == VerdictKind::kConfirmed ? "agreement" : "conflict";
  f.rule = v.rule;
  f.slot = c.slot;
  f.event = c.event;
  f.event_label = c.event_label;
  f.unit = c.CompareUnit();
  f.id = ShortFingerprint(fmt::format("check|{}|{}|{}|{}|{}|{}|{}", VerdictName(v.kind), a.documents[c.doc].id,
                                      c.offset, v.rule, c.event, c.slot, f.unit));
  f.explanation = VerdictExplanation(a, v, m);
  f.claims.push_back({v.claim, 0});
  if (f.kind == "agreement") {
    for (size_t k : v.confirming) f.claims.push_back({k, 0});
    return f;
  }
  // A vague draft compatible with every side: the draft alone, then the corpus' groups.
  const bool vague = v.contradicting.empty();
  if (!vague) {
    for (size_t k : v.confirming) f.claims.push_back({k, 0});
  }
  // The claims against the draft (or all, for a vague draft), one side per corpus group.
  int side = 1;
  for (const auto& group : v.corpus_sides) {
    bool used = false;
    for (size_t k : group) {
      if (!vague && !std::binary_search(v.contradicting.begin(), v.contradicting.end(), k)) continue;
      f.claims.push_back({k, side});
      used = true;
    }
    if (used) ++side;
  }
  return f;
}

}  // namespace contraste
