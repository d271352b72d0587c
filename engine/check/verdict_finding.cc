#include "check/verdict_finding.h"

#include <fmt/format.h>

#include <algorithm>

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

std::string Explanation(const Analysis& a, const Verdict& v) {
  const std::string quote = a.claims[v.claim].quote;
  switch (v.kind) {
    case VerdictKind::kContradicted:
      return fmt::format("The draft says \"{}\"; the corpus says {}.", quote, QuotesWithDocs(a, v.contradicting));
    case VerdictKind::kDisputed: {
      std::vector<std::string> sides;
      for (const auto& side : v.corpus_sides) sides.push_back(QuotesWithDocs(a, side));
      return fmt::format("The corpus itself disagrees: {}; the draft's \"{}\" sides with {}.",
                         fmt::join(sides, " vs "), quote,
                         QuotesWithDocs(a, v.corpus_sides[static_cast<size_t>(v.draft_side)]));
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
  f.unit = c.slot == "quantity" ? c.unit : "";
  f.id = ShortFingerprint(fmt::format("check|{}|{}|{}|{}|{}|{}|{}", VerdictName(v.kind), a.documents[c.doc].id,
                                      c.offset, v.rule, c.event, c.slot, f.unit));
  f.explanation = Explanation(a, v);
  f.claims.push_back({v.claim, 0});
  if (v.draft_side >= 0) {
    for (size_t m : v.corpus_sides[static_cast<size_t>(v.draft_side)]) f.claims.push_back({m, 0});
  }
  if (f.kind == "conflict") {
    int side = 1;
    for (size_t s = 0; s < v.corpus_sides.size(); ++s) {
      if (static_cast<int>(s) == v.draft_side) continue;
      for (size_t m : v.corpus_sides[s]) f.claims.push_back({m, side});
      ++side;
    }
  }
  return f;
}

}  // namespace contraste
