#include "eval/matcher.h"

#include <set>
#include <string>

namespace contraste {

namespace {

// A finding's claim where the matcher needs it: document, bytes, side.
struct PlacedClaim {
  const std::string* doc = nullptr;
  ByteSpan span;
  int side = 0;
};

std::vector<PlacedClaim> PlaceClaims(const Analysis& a, const Finding& f) {
  std::vector<PlacedClaim> out;
  out.reserve(f.claims.size());
  for (const FindingClaim& fc : f.claims) {
    const Claim& c = a.claims[fc.claim];
    out.push_back({&a.documents[c.doc].id, {c.offset, c.length}, fc.side});
  }
  return out;
}

bool Matches(const PlacedClaim& c, const LocatedQuote& q) { return *c.doc == q.doc_id && Overlaps(c.span, q.span); }

// The item's sides that hold a claim matching `c`.
std::vector<size_t> SidesMatched(const PlacedClaim& c, const LocatedItem& item) {
  std::vector<size_t> sides;
  for (size_t s = 0; s < item.sides.size(); ++s) {
    for (const LocatedQuote& q : item.sides[s]) {
      if (Matches(c, q)) {
        sides.push_back(s);
        break;
      }
    }
  }
  return sides;
}

// Two claims (on different finding sides when `distinct_finding_sides`) match two different item sides.
bool SpansTwoSides(const std::vector<PlacedClaim>& claims, const LocatedItem& item, bool distinct_finding_sides) {
  std::vector<std::vector<size_t>> matched;
  matched.reserve(claims.size());
  for (const PlacedClaim& c : claims) matched.push_back(SidesMatched(c, item));
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (distinct_finding_sides && claims[i].side == claims[j].side) continue;
      for (size_t si : matched[i]) {
        for (size_t sj : matched[j]) {
          if (si != sj) return true;
        }
      }
    }
  }
  return false;
}

// The finding's claims match item claims of two or more documents.
bool MatchesAgreement(const std::vector<PlacedClaim>& claims, const LocatedItem& item) {
  std::set<std::string> docs;
  for (const auto& side : item.sides) {
    for (const LocatedQuote& q : side) {
      for (const PlacedClaim& c : claims) {
        if (Matches(c, q)) {
          docs.insert(q.doc_id);
          break;
        }
      }
    }
  }
  return docs.size() >= 2;
}

// The claims of one finding side match item claims of two or more documents.
bool OneSideAgrees(const std::vector<PlacedClaim>& claims, const LocatedItem& item) {
  std::set<int> sides;
  for (const PlacedClaim& c : claims) sides.insert(c.side);
  for (int side : sides) {
    std::vector<PlacedClaim> on_side;
    for (const PlacedClaim& c : claims) {
      if (c.side == side) on_side.push_back(c);
    }
    if (MatchesAgreement(on_side, item)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::vector<size_t>> MatchFindings(const Analysis& analysis, const std::vector<LocatedItem>& items) {
  std::vector<std::vector<size_t>> out(analysis.findings.size());
  for (size_t fi = 0; fi < analysis.findings.size(); ++fi) {
    const Finding& f = analysis.findings[fi];
    const std::vector<PlacedClaim> claims = PlaceClaims(analysis, f);
    for (size_t ii = 0; ii < items.size(); ++ii) {
      const LocatedItem& item = items[ii];
      const bool agreement_item = item.item.kind == "agreement";
      bool hit = false;
      if (f.kind == "agreement") {
        hit = agreement_item && MatchesAgreement(claims, item);
      } else if (!agreement_item) {
        hit = SpansTwoSides(claims, item, f.kind == "conflict");
      } else {
        // Claims that agree stand on one side of a conflict, revision or dispute: the report says
        // they agree.
        hit = OneSideAgrees(claims, item);
      }
      if (hit) out[fi].push_back(ii);
    }
  }
  return out;
}

}  // namespace contraste
