#include "eval/scores.h"

#include <map>
#include <set>

namespace contraste {

namespace {

constexpr const char* kNoMeasure = "(none)";

std::string MeasureOf(const LocatedItem& item) { return item.item.measure.empty() ? kNoMeasure : item.item.measure; }

// What a false conflict that hits no item is about: its slot, and the counted thing when there is one.
std::string MeasureOf(const Finding& f) { return f.unit.empty() ? f.slot : f.slot + ":" + f.unit; }

MissedItem MissedOf(const LocatedItem& item) {
  MissedItem m{RefOf(item), {}};
  for (size_t s = 0; s < item.sides.size(); ++s) {
    std::vector<QuotedClaim> side;
    for (size_t q = 0; q < item.sides[s].size(); ++q) {
      const LocatedQuote& place = item.sides[s][q];
      side.push_back({place.doc_id, item.item.sides[s][q].quote, place.at.line, place.at.column});
    }
    m.sides.push_back(std::move(side));
  }
  return m;
}

FalseConflict FalseConflictOf(const Analysis& a, const Finding& f, const std::vector<ItemRef>& hits) {
  FalseConflict fc{f.id, f.rule, f.slot, f.unit, f.event_label, {}, hits};
  for (const FindingClaim& c : f.claims) {
    const Claim& claim = a.claims[c.claim];
    const size_t side = static_cast<size_t>(c.side);
    if (fc.sides.size() <= side) fc.sides.resize(side + 1);
    fc.sides[side].push_back({a.documents[claim.doc].id, claim.quote, claim.line, claim.column});
  }
  return fc;
}

// The languages of the articles `doc_ids` are in, sorted and joined by "+" ("en+es").
std::string LanguagesOf(const std::map<std::string, std::string>& language_of, const std::set<std::string>& doc_ids) {
  std::set<std::string> languages;
  for (const std::string& id : doc_ids) {
    auto it = language_of.find(id);
    languages.insert(it == language_of.end() || it->second.empty() ? "?" : it->second);
  }
  std::string out;
  for (const std::string& l : languages) out += (out.empty() ? "" : "+") + l;
  return out;
}

}  // namespace

ItemRef RefOf(const LocatedItem& item) {
  return {item.file, item.item.line, item.item.id, item.item.kind, MeasureOf(item)};
}

std::optional<double> Fraction::Value() const {
  if (total == 0) return std::nullopt;
  return static_cast<double>(hits) / static_cast<double>(total);
}

Fraction& Fraction::operator+=(const Fraction& o) {
  hits += o.hits;
  total += o.total;
  return *this;
}

std::optional<double> F1(const Fraction& precision, const Fraction& recall) {
  auto p = precision.Value();
  auto r = recall.Value();
  if (!p || !r) return std::nullopt;
  if (*p + *r == 0) return 0.0;
  return 2 * *p * *r / (*p + *r);
}

GroupScores ScoreGroup(const Analysis& analysis, const std::vector<LocatedItem>& items,
                       const std::vector<std::vector<size_t>>& matches) {
  GroupScores s;
  std::vector<bool> found(items.size(), false);
  std::map<std::string, RuleScore> rules;
  std::map<std::string, std::set<size_t>> rule_items;
  std::map<std::string, MeasureScore> measures;
  std::map<std::string, std::string> language_of;  // document id -> language
  for (const Document& d : analysis.documents) language_of[d.id] = d.language;
  std::map<std::string, LanguageScore> languages;
  for (size_t fi = 0; fi < analysis.findings.size(); ++fi) {
    const Finding& f = analysis.findings[fi];
    // An agreement item is found by an agreement finding, or by one side of any other finding.
    for (size_t ii : matches[fi]) found[ii] = found[ii] || items[ii].item.kind == "agreement";
    if (f.kind != "conflict") {
      // An agreement, revision or dispute finding finds the items of its own kind.
      for (size_t ii : matches[fi]) found[ii] = found[ii] || items[ii].item.kind == f.kind;
      continue;
    }
    ++s.conflict_precision.total;
    std::set<std::string> finding_docs;
    for (const FindingClaim& c : f.claims) finding_docs.insert(analysis.documents[analysis.claims[c.claim].doc].id);
    LanguageScore& language = languages[LanguagesOf(language_of, finding_docs)];
    ++language.precision.total;
    RuleScore& rule = rules[f.rule];
    rule.rule = f.rule;
    ++rule.reported;
    std::vector<size_t> conflicts;
    std::vector<ItemRef> others;
    for (size_t ii : matches[fi]) {
      if (items[ii].item.kind == "conflict") {
        conflicts.push_back(ii);
      } else if (items[ii].item.kind != "agreement") {
        others.push_back(RefOf(items[ii]));
      }
    }
    if (!conflicts.empty()) {
      ++s.conflict_precision.hits;
      ++language.precision.hits;
      ++rule.correct;
      for (size_t ii : conflicts) {
        found[ii] = true;
        rule_items[f.rule].insert(ii);
      }
      ++measures[MeasureOf(items[conflicts.front()])].correct;
    } else {
      ++measures[others.empty() ? MeasureOf(f) : others.front().measure].false_conflicts;
      s.false_conflicts.push_back(FalseConflictOf(analysis, f, others));
    }
  }
  for (size_t ii = 0; ii < items.size(); ++ii) {
    const std::string& kind = items[ii].item.kind;
    Fraction* recall = kind == "conflict"    ? &s.conflict_recall
                       : kind == "agreement" ? &s.agreement_recall
                       : kind == "revision"  ? &s.revision_recall
                       : kind == "dispute"   ? &s.dispute_recall
                                             : nullptr;
    if (!recall) continue;  // traps are only hit, never found
    ++recall->total;
    if (found[ii]) ++recall->hits;
    if (kind != "conflict") {
      if (!found[ii]) s.missed_other.push_back(MissedOf(items[ii]));
      continue;
    }
    MeasureScore& m = measures[MeasureOf(items[ii])];
    ++m.items;
    std::set<std::string> item_docs;
    for (const auto& side : items[ii].sides) {
      for (const LocatedQuote& q : side) item_docs.insert(q.doc_id);
    }
    LanguageScore& language = languages[LanguagesOf(language_of, item_docs)];
    ++language.recall.total;
    if (found[ii]) ++language.recall.hits;
    if (found[ii]) {
      ++m.found;
    } else {
      s.missed.push_back(MissedOf(items[ii]));
    }
  }
  for (auto& [name, rule] : rules) {
    rule.items_found = rule_items[name].size();
    s.rules.push_back(rule);
  }
  for (auto& [name, m] : measures) {
    m.measure = name;
    s.measures.push_back(m);
  }
  for (auto& [name, l] : languages) {
    l.languages = name;
    s.languages.push_back(l);
  }
  return s;
}

}  // namespace contraste
