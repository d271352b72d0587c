#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "claims/calendar_checks.h"
#include "core/fingerprint.h"
#include "report/finding.h"

namespace contraste {

namespace {

std::string Fill(std::string text, const std::string& key, const std::string& value) {
  for (size_t pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size())) {
    text.replace(pos, key.size(), value);
  }
  return text;
}

std::string Explain(const std::string& templ, const Claim& any, const std::string& values) {
  std::string s = Fill(templ, "{event}", any.event_label);
  s = Fill(s, "{slot}", any.slot);
  s = Fill(s, "{unit}", any.unit);
  return Fill(s, "{values}", values);
}

// The value most claims of a side state (ties: the smallest string): a stable name for the side.
std::string ModeValue(const std::vector<Claim>& claims, const std::vector<size_t>& members) {
  std::map<std::string, size_t> count;
  for (size_t c : members) count[claims[c].value]++;
  std::string best;
  size_t n = 0;
  for (const auto& [v, k] : count) {
    if (k > n) {
      n = k;
      best = v;
    }
  }
  return best;
}

}  // namespace

std::vector<Finding> BuildFindings(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                   const ClaimGraph& graph) {
  std::vector<Finding> out;
  // Rank of each document's id (equal ids, equal ranks): claims are ordered by it, then by offset.
  std::vector<size_t> by_id(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) by_id[d] = d;
  std::sort(by_id.begin(), by_id.end(), [&](size_t a, size_t b) { return docs[a].id < docs[b].id; });
  std::vector<size_t> id_rank(docs.size());
  for (size_t k = 0; k < by_id.size(); ++k) {
    const bool same_id = k > 0 && docs[by_id[k]].id == docs[by_id[k - 1]].id;
    id_rank[by_id[k]] = same_id ? id_rank[by_id[k - 1]] : k;
  }
  auto claim_less = [&](size_t a, size_t b) {
    const Claim& x = claims[a];
    const Claim& y = claims[b];
    if (id_rank[x.doc] != id_rank[y.doc]) return id_rank[x.doc] < id_rank[y.doc];
    return x.offset < y.offset;
  };
  for (const ComparisonGroup& group : graph.groups) {
    // Sides: consensus groups within this comparison group, ordered by their first claim.
    std::map<int, std::vector<size_t>> sides_by_component;
    for (size_t c : group.claims) {
      sides_by_component[graph.consensus[c]].push_back(c);
    }
    std::vector<std::vector<size_t>> sides;
    for (auto& [comp, members] : sides_by_component) {
      std::sort(members.begin(), members.end(), claim_less);
      sides.push_back(members);
    }
    // Only sides with a conflict edge to another side take part in the conflict: a side that is
    // merely compatible with the others (another moment, a vague value) is no side of it.
    std::set<int> in_conflict;
    for (size_t c : group.claims) {
      for (auto [e, end] = boost::out_edges(c, graph.graph); e != end; ++e) {
        if (graph.graph[*e].relation != Relation::kConflicts) continue;
        size_t other = boost::target(*e, graph.graph);
        if (graph.consensus[other] == graph.consensus[c]) continue;
        in_conflict.insert(graph.consensus[c]);
        in_conflict.insert(graph.consensus[other]);
      }
    }
    std::sort(sides.begin(), sides.end(), [&](const auto& a, const auto& b) { return claim_less(a.front(), b.front()); });
    std::vector<std::vector<size_t>> conflict_sides;
    for (const auto& side : sides) {
      if (in_conflict.count(graph.consensus[side.front()])) conflict_sides.push_back(side);
    }
    const Claim& first = claims[group.claims.front()];
    const RuleSpec& spec = group.rule->spec();
    const std::string what = fmt::format("{}|{}|{}|{}", spec.id, first.event, first.slot,
                                         first.slot == "quantity" ? first.unit : "");
    // Internal consistency checks (claims/calendar_checks.h) conflict within one article.
    std::set<size_t> docs_in_conflict;
    for (const auto& side : conflict_sides) {
      for (size_t c : side) docs_in_conflict.insert(claims[c].doc);
    }
    if (conflict_sides.size() >= 2 && (docs_in_conflict.size() >= 2 || IsInternalCheck(first))) {
      Finding f;
      f.kind = "conflict";
      f.id = ShortFingerprint("conflict|" + what);
      f.rule = spec.id;
      f.slot = first.slot;
      f.event = first.event;
      f.event_label = first.event_label;
      f.unit = first.slot == "quantity" ? first.unit : "";
      std::vector<std::string> quoted;
      for (size_t s = 0; s < conflict_sides.size(); ++s) {
        quoted.push_back(group.rule->Describe(claims[conflict_sides[s].front()]));
        for (size_t c : conflict_sides[s]) f.claims.push_back({c, static_cast<int>(s)});
      }
      f.explanation = Explain(spec.conflict, first, fmt::format("{}", fmt::join(quoted, " vs ")));
      out.push_back(std::move(f));
    }
    for (const auto& side : sides) {
      std::set<size_t> side_docs;
      for (size_t c : side) side_docs.insert(claims[c].doc);
      if (side_docs.size() < 2) continue;
      Finding f;
      f.kind = "agreement";
      f.id = ShortFingerprint("agreement|" + what + "|" + ModeValue(claims, side));
      f.rule = spec.id;
      f.slot = first.slot;
      f.event = first.event;
      f.event_label = first.event_label;
      f.unit = f.slot == "quantity" ? first.unit : "";
      std::vector<std::string> quoted;
      std::set<std::string> seen;
      for (size_t c : side) {
        f.claims.push_back({c, 0});
        if (seen.insert(claims[c].quote).second) quoted.push_back(group.rule->Describe(claims[c]));
      }
      f.explanation = Explain(spec.agreement, first, fmt::format("{}", fmt::join(quoted, ", ")));
      out.push_back(std::move(f));
    }
  }
  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    if (a.kind != b.kind) return a.kind == "conflict";
    if (a.event_label != b.event_label) return a.event_label < b.event_label;
    if (a.slot != b.slot) return a.slot < b.slot;
    return a.id < b.id;
  });
  return out;
}

}  // namespace contraste
