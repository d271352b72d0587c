#include "check/verdict_finding.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/calendar.h"
#include "core/fingerprint.h"

namespace contraste {

std::string QuotesWithDocs(const Analysis& a, const std::vector<size_t>& claims) {
  std::vector<std::pair<std::string, std::vector<std::string>>> by_quote;  // first-seen order
  for (size_t c : claims) {
    const Claim& claim = a.claims[c];
    auto it = std::find_if(by_quote.begin(), by_quote.end(), [&](const auto& q) { return q.first == claim.quote; });
    if (it == by_quote.end()) it = by_quote.insert(by_quote.end(), {claim.quote, {}});
    const std::string& doc = a.documents[claim.doc].id;
    if (std::find(it->second.begin(), it->second.end(), doc) == it->second.end()) it->second.push_back(doc);
  }
  std::vector<std::string> parts;
  for (const auto& [quote, docs] : by_quote) parts.push_back(fmt::format("\"{}\" ({})", quote, fmt::join(docs, ", ")));
  return fmt::format("{}", fmt::join(parts, "; "));
}

namespace {

// For a draft's figure that moves over time (a toll): the corpus' latest figure, when it says
// something else than the draft ("The latest figure in the corpus is ..."); else empty.
std::string LatestFigure(const Analysis& a, const Verdict& v) {
  const Claim& draft = a.claims[v.claim];
  if (!draft.cumulative) return "";
  const Claim* latest = nullptr;
  for (const auto& side : v.corpus_sides) {
    for (size_t m : side) {
      const Claim& c = a.claims[m];
      if (!c.cumulative || c.when == Claim::kUnknownTime) continue;
      if (!latest || c.when > latest->when) latest = &c;
    }
  }
  // A draft written today about last week's count: its own date says nothing of its figure's age.
  if (!latest || (latest->interval.lo == draft.interval.lo && latest->interval.hi == draft.interval.hi)) return "";
  return fmt::format(" The latest figure in the corpus is \"{}\" ({}, {}).", latest->quote, a.documents[latest->doc].id,
                     MinutesText(latest->when, ' '));
}

std::string Explanation(const Analysis& a, const Verdict& v) {
  const std::string quote = a.claims[v.claim].quote;
  if (v.internal && v.kind == VerdictKind::kContradicted) {
    return fmt::format("The draft contradicts itself: \"{}\" does not fit {}.", quote, QuotesWithDocs(a, v.contradicting));
  }
  switch (v.kind) {
    case VerdictKind::kContradicted:
      if (v.confirming.empty()) {
        return fmt::format("The draft says \"{}\"; the corpus says {}.{}", quote, QuotesWithDocs(a, v.contradicting),
                           LatestFigure(a, v));
      }
      return fmt::format("The draft says \"{}\"; the corpus says {} (and, compatible with both, {}).{}", quote,
                         QuotesWithDocs(a, v.contradicting), QuotesWithDocs(a, v.confirming), LatestFigure(a, v));
    case VerdictKind::kDisputed: {
      if (!v.contradicting.empty()) {
        return fmt::format("The corpus itself disagrees: the draft's \"{}\" agrees with {} but not with {}.", quote,
                           QuotesWithDocs(a, v.confirming), QuotesWithDocs(a, v.contradicting));
      }
      std::vector<std::string> sides;
      for (const auto& side : v.corpus_sides) sides.push_back(QuotesWithDocs(a, side));
      return fmt::format("The corpus itself disagrees: {}; the draft's \"{}\" is compatible with all of them.",
                         fmt::join(sides, " vs "), quote);
    }
    case VerdictKind::kConfirmed:
      return fmt::format("The draft's \"{}\" agrees with {}.", quote, QuotesWithDocs(a, v.confirming));
    case VerdictKind::kUnchecked:
      break;
  }
  return fmt::format("Nothing in the corpus about \"{}\".", quote);
}

}  // namespace

Finding VerdictFinding(const Analysis& a, const Verdict& v) {
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
  f.explanation = Explanation(a, v);
  f.claims.push_back({v.claim, 0});
  if (f.kind == "agreement") {
    for (size_t m : v.confirming) f.claims.push_back({m, 0});
    return f;
  }
  // A vague draft compatible with every side: the draft alone, then the corpus' groups.
  const bool vague = v.contradicting.empty();
  if (!vague) {
    for (size_t m : v.confirming) f.claims.push_back({m, 0});
  }
  // The claims against the draft (or all, for a vague draft), one side per corpus group.
  int side = 1;
  for (const auto& group : v.corpus_sides) {
    bool used = false;
    for (size_t m : group) {
      if (!vague && !std::binary_search(v.contradicting.begin(), v.contradicting.end(), m)) continue;
      f.claims.push_back({m, side});
      used = true;
    }
    if (used) ++side;
  }
  return f;
}

}  // namespace contraste
