#include "check/draft_checker.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "check/verdict_finding.h"
#include "graph/claim_graph.h"

namespace contraste {

namespace {

// The corpus' consensus groups among `corpus_claims` (all of one comparison key), computed by the
// same claim graph as the report, but without any draft claim in it.
std::vector<std::vector<size_t>> CorpusSides(const std::vector<Claim>& claims, const std::vector<size_t>& corpus_claims,
                                             const RuleList& rules) {
  std::vector<Claim> sub;
  sub.reserve(corpus_claims.size());
  for (size_t c : corpus_claims) sub.push_back(claims[c]);
  ClaimGraph graph = BuildClaimGraph(sub, rules);
  std::map<int, std::vector<size_t>> by_component;
  for (size_t k = 0; k < corpus_claims.size(); ++k) by_component[graph.consensus[k]].push_back(corpus_claims[k]);
  auto claim_less = [&](size_t a, size_t b) {
    if (claims[a].doc != claims[b].doc) return claims[a].doc < claims[b].doc;  // documents are sorted by id
    return claims[a].offset < claims[b].offset;
  };
  std::vector<std::vector<size_t>> sides;
  for (auto& [component, members] : by_component) {
    std::sort(members.begin(), members.end(), claim_less);
    sides.push_back(std::move(members));
  }
  std::sort(sides.begin(), sides.end(), [&](const auto& a, const auto& b) { return claim_less(a.front(), b.front()); });
  return sides;
}

// The relations the report's claim graph draws between the claims of one comparison key (the
// corpus' and one draft's), related exactly as the graph relates them (graph/claim_graph.h:
// RelateGroup), so that what makes the report call two values compatible (co-stated venues,
// containment, a vague value between two excluding ones) makes the check call them compatible too.
class KeyRelations {
 public:
  KeyRelations(const std::vector<Claim>& claims, const std::vector<size_t>& members, const ComparisonRule& rule) {
    for (size_t k = 0; k < members.size(); ++k) local_[members[k]] = k;
    ComparisonGroup group;
    group.rule = &rule;
    group.claims = members;
    relations_ = RelateGroup(claims, group);
  }

  // Relation between two member claims (indices into the analysis' claims).
  Relation Between(size_t a, size_t b) const { return relations_.Between(local_.at(a), local_.at(b)); }

 private:
  std::unordered_map<size_t, size_t> local_;  // claim index -> position among the members
  GroupRelations relations_;
};

// Do two of the corpus' consensus groups conflict (some claim of one against some of the other)?
bool SidesConflict(const std::vector<std::vector<size_t>>& sides, const KeyRelations& rel) {
  for (size_t s = 0; s < sides.size(); ++s) {
    for (size_t t = s + 1; t < sides.size(); ++t) {
      for (size_t a : sides[s]) {
        for (size_t b : sides[t]) {
          if (rel.Between(a, b) == Relation::kConflicts) return true;
        }
      }
    }
  }
  return false;
}

Verdict Judge(size_t draft_claim, const ComparisonRule& rule, const std::vector<std::vector<size_t>>& sides,
              const KeyRelations& rel) {
  Verdict v;
  v.claim = draft_claim;
  v.rule = rule.spec().id;
  v.corpus_sides = sides;
  if (sides.empty()) return v;  // unchecked
  for (const auto& side : sides) {
    for (size_t c : side) {
      (rel.Between(draft_claim, c) == Relation::kConflicts ? v.contradicting : v.confirming).push_back(c);
    }
  }
  std::sort(v.confirming.begin(), v.confirming.end());
  std::sort(v.contradicting.begin(), v.contradicting.end());
  if (v.contradicting.empty()) {
    // Groups that are only compatible (two moments of one event) are no dispute, as in the report.
    v.kind = SidesConflict(sides, rel) ? VerdictKind::kDisputed : VerdictKind::kConfirmed;
  } else if (v.confirming.empty()) {
    v.kind = VerdictKind::kContradicted;
  } else {
    // Does a corpus claim on the draft's side disagree with one against it?
    bool corpus_disagrees = false;
    for (size_t a : v.confirming) {
      for (size_t b : v.contradicting) {
        if (!corpus_disagrees && rel.Between(a, b) == Relation::kConflicts) corpus_disagrees = true;
      }
    }
    v.kind = corpus_disagrees ? VerdictKind::kDisputed : VerdictKind::kContradicted;
  }
  return v;
}

}  // namespace

size_t CheckResult::Count(VerdictKind kind) const {
  return static_cast<size_t>(std::count_if(verdicts.begin(), verdicts.end(), [&](const Verdict& v) { return v.kind == kind; }));
}

void CheckResult::KeepAtLeast(Severity min) {
  KeepVerdicts([&](const Verdict& v) { return AtLeast(VerdictLevel(v.kind), min); });
}

void CheckResult::DropRules(const std::set<std::string>& rules) {
  if (rules.empty()) return;
  KeepVerdicts([&](const Verdict& v) { return v.rule.empty() || !rules.count(v.rule); });
}

void CheckResult::KeepVerdicts(const std::function<bool(const Verdict&)>& keep) {
  std::set<std::string> shown;
  std::vector<Verdict> kept;
  for (Verdict& v : verdicts) {
    if (!keep(v)) continue;
    if (!v.finding.empty()) shown.insert(v.finding);
    kept.push_back(std::move(v));
  }
  verdicts = std::move(kept);
  std::vector<Finding> findings;
  for (Finding& f : analysis.findings) {
    if (shown.count(f.id)) findings.push_back(std::move(f));
  }
  analysis.findings = std::move(findings);
}

CheckResult CheckDrafts(Engine& engine, std::vector<Document> corpus, std::vector<Document> drafts,
                        std::vector<Error> skipped) {
  std::set<std::string> draft_ids;
  for (const Document& d : drafts) draft_ids.insert(d.id);
  std::vector<Document> docs;
  docs.reserve(corpus.size() + drafts.size());
  auto is_a_draft = [&](const Document& d) {
    if (draft_ids.count(d.id)) return true;
    for (const Document& draft : drafts) {
      std::error_code ec;
      if (std::filesystem::equivalent(d.path, draft.path, ec) && !ec) return true;
    }
    return false;
  };
  for (Document& d : corpus) {
    if (!is_a_draft(d)) docs.push_back(std::move(d));
  }
  for (Document& d : drafts) docs.push_back(std::move(d));
  std::sort(docs.begin(), docs.end(), [](const Document& a, const Document& b) { return a.id < b.id; });

  return JudgeDrafts(engine, engine.Analyze(std::move(docs), std::move(skipped)), draft_ids);
}

CheckResult JudgeDrafts(Engine& engine, Analysis analysis, const std::set<std::string>& draft_ids) {
  CheckResult r;
  r.analysis = std::move(analysis);
  r.messages = engine.Messages(kExplanationLanguage);
  for (const Document& d : r.analysis.documents) {
    if (draft_ids.count(d.id)) r.drafts.insert(d.id);
  }
  const std::vector<Claim>& claims = r.analysis.claims;
  std::vector<bool> judged(claims.size(), false);
  ClaimGraph graph = BuildClaimGraph(claims, engine.rules());
  for (const ComparisonGroup& group : graph.groups) {
    std::vector<size_t> corpus_claims;
    std::map<size_t, std::vector<size_t>> by_draft;  // draft document -> its claims of this key
    for (size_t c : group.claims) {
      if (r.IsDraft(claims[c].doc)) {
        by_draft[claims[c].doc].push_back(c);
      } else {
        corpus_claims.push_back(c);
      }
    }
    if (by_draft.empty()) continue;
    // Where the corpus says nothing, the draft's own claims are compared with each other, as the
    // report compares any article's (a weekday and the date it is written with): a conflict among
    // them contradicts the draft; anything else leaves the claim unchecked.
    const bool internal = corpus_claims.empty();
    const auto corpus_sides = CorpusSides(claims, corpus_claims, engine.rules());
    for (const auto& [doc, own] : by_draft) {
      std::vector<size_t> members = corpus_claims;
      members.insert(members.end(), own.begin(), own.end());
      std::sort(members.begin(), members.end());
      const KeyRelations rel(claims, members, *group.rule);
      for (size_t d : own) {
        if (internal) {
          std::vector<size_t> others;
          for (size_t o : own) {
            if (o != d) others.push_back(o);
          }
          Verdict v = Judge(d, *group.rule, CorpusSides(claims, others, engine.rules()), rel);
          if (v.kind == VerdictKind::kContradicted) {
            v.internal = true;
          } else {
            const std::string rule = v.rule;
            v = Verdict{};
            v.claim = d;
            v.rule = rule;
          }
          r.verdicts.push_back(std::move(v));
        } else {
          r.verdicts.push_back(Judge(d, *group.rule, corpus_sides, rel));
        }
        judged[d] = true;
      }
    }
  }
  for (size_t c = 0; c < claims.size(); ++c) {
    if (!judged[c] && r.IsDraft(claims[c].doc)) {
      Verdict v;  // no rule compares this slot: unchecked
      v.claim = c;
      r.verdicts.push_back(v);
    }
  }
  std::sort(r.verdicts.begin(), r.verdicts.end(), [&](const Verdict& a, const Verdict& b) {
    const Claim& x = claims[a.claim];
    const Claim& y = claims[b.claim];
    if (x.doc != y.doc) return x.doc < y.doc;
    return x.offset < y.offset;
  });

  std::vector<Finding> findings;
  for (Verdict& v : r.verdicts) {
    if (v.kind == VerdictKind::kUnchecked) continue;
    findings.push_back(VerdictFinding(r.analysis, v, r.messages));
    v.finding = findings.back().id;
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.kind != b.kind) return a.kind == "conflict";
    if (a.event_label != b.event_label) return a.event_label < b.event_label;
    if (a.slot != b.slot) return a.slot < b.slot;
    return a.id < b.id;
  });
  r.analysis.findings = std::move(findings);
  return r;
}

}  // namespace contraste
