#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_set>

#include "claims/attribution_finder.h"
#include "claims/calendar_checks.h"
#include "core/ordered_parallel.h"
#include "core/fingerprint.h"
#include "findings/finding.h"
#include "findings/findings_on_threads.h"
#include "findings/gated_sides.h"
#include "findings/hedged_steps.h"
#include "graph/comparison_gates.h"

namespace contraste {

namespace {

std::string Fill(std::string text, const std::string& key, const std::string& value) {
  for (size_t pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size())) {
    text.replace(pos, key.size(), value);
  }
  return text;
}

// The explanation: the template with {event}, {slot}, {unit} and {values} filled in, in that
// order, each in what the previous ones left. When every '{' of the template opens one of the four
// keys and the event label, slot and unit have no '{', no filled-in text can make a key, and one
// pass over the template gives the same text without the intermediate copies.
std::string Explain(const std::string& templ, const Claim& any, const std::string& values) {
  static constexpr std::string_view kKeys[] = {"{event}", "{slot}", "{unit}", "{values}"};
  const std::string* fills[] = {&any.event_label, &any.slot, &any.unit, &values};
  auto key_at = [&](size_t pos) -> int {
    for (int k = 0; k < 4; ++k) {
      if (std::string_view(templ).substr(pos, kKeys[k].size()) == kKeys[k]) return k;
    }
    return -1;
  };
  bool one_pass = any.event_label.find('{') == std::string::npos && any.slot.find('{') == std::string::npos &&
                  any.unit.find('{') == std::string::npos;
  for (size_t pos = templ.find('{'); one_pass && pos != std::string::npos; pos = templ.find('{', pos + 1)) {
    one_pass = key_at(pos) >= 0;
  }
  if (!one_pass) {
    std::string s = Fill(templ, "{event}", any.event_label);
    s = Fill(s, "{slot}", any.slot);
    s = Fill(s, "{unit}", any.unit);
    return Fill(s, "{values}", values);
  }
  std::string out;
  out.reserve(templ.size() + any.event_label.size() + values.size());
  size_t done = 0;
  for (size_t pos = templ.find('{'); pos != std::string::npos; pos = templ.find('{', done)) {
    const int k = key_at(pos);
    out.append(templ, done, pos - done).append(*fills[k]);
    done = pos + kKeys[k].size();
  }
  return out.append(templ, done, std::string::npos);
}

// What an explanation says of claim `c`: its quote, its place's kind, and (`with_source`) its sources.
ExplainedValue Explained(const ComparisonRule& rule, const Claim& c, bool with_source) {
  return {c.quote, rule.PlaceKind(c), with_source && !c.attribution.empty() ? AttributionText(c.attribution) : ""};
}

// The value most claims of a side state (ties: the smallest string): a stable name for the side.
// `scratch` is reused between calls.
std::string_view ModeValue(const std::vector<Claim>& claims, const std::vector<size_t>& members,
                           std::vector<std::string_view>* scratch) {
  scratch->clear();
  for (size_t c : members) scratch->push_back(claims[c].value);
  std::sort(scratch->begin(), scratch->end());
  std::string_view best;
  size_t n = 0;
  for (size_t i = 0; i < scratch->size();) {
    size_t j = i + 1;
    while (j < scratch->size() && (*scratch)[j] == (*scratch)[i]) ++j;
    if (j - i > n) {
      n = j - i;
      best = (*scratch)[i];
    }
    i = j;
  }
  return best;
}

// True when the claims of `members` come from two or more documents.
bool FromTwoDocuments(const std::vector<Claim>& claims, const std::vector<size_t>& members) {
  return std::any_of(members.begin(), members.end(),
                     [&](size_t c) { return claims[c].doc != claims[members.front()].doc; });
}

// The earliest moment a side's figure is given (Claim::when), for ordering a timeline.
int64_t FirstWhen(const std::vector<Claim>& claims, const std::vector<size_t>& side) {
  int64_t when = INT64_MAX;
  for (size_t c : side) {
    if (claims[c].when != Claim::kUnknownTime) when = std::min(when, claims[c].when);
  }
  return when;
}

// Whether a gate (graph/comparison_gates.h) can apply to some pair of the group's claims: a
// cumulative figure with a time, or a figure with a source.
bool MayBeGated(const std::vector<Claim>& claims, const std::vector<size_t>& members) {
  return std::any_of(members.begin(), members.end(), [&](size_t c) {
    return ((claims[c].cumulative || claims[c].changed) && claims[c].when != Claim::kUnknownTime) ||
           !claims[c].attribution.empty();
  });
}

// Findings in report order (conflicts first, then by event label, slot, id), from runs of findings
// that follow one another. The findings stay where they are while their indices (in the runs
// one after the other) are sorted, then each is moved once: std::sort makes the same comparisons on
// the indices as it would on the findings joined in one list, so the order is the same, ties
// included, however the findings were cut into runs.
std::vector<Finding> SortFindings(std::vector<std::vector<Finding>>& runs) {
  std::vector<Finding*> f;
  for (auto& run : runs) {
    for (Finding& one : run) f.push_back(&one);
  }
  std::vector<uint32_t> order(f.size());
  std::iota(order.begin(), order.end(), 0u);
  std::vector<char> conflict(f.size());
  for (size_t i = 0; i < f.size(); ++i) conflict[i] = f[i]->kind == "conflict";
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (conflict[a] != conflict[b]) return conflict[a] != 0;
    if (f[a]->event_label != f[b]->event_label) return f[a]->event_label < f[b]->event_label;
    if (f[a]->slot != f[b]->slot) return f[a]->slot < f[b]->slot;
    return f[a]->id < f[b]->id;
  });
  std::vector<Finding> sorted;
  sorted.reserve(f.size());
  for (uint32_t i : order) sorted.push_back(std::move(*f[i]));
  return sorted;
}

// What the findings of every group read: the claims, the graph and the order of claims.
struct FindingContext {
  const std::vector<Claim>& claims;
  const ClaimGraph& graph;
  std::vector<size_t> id_rank;  // rank of each document's id (equal ids, equal ranks)

  // Claims are ordered by their document's id, then by offset.
  bool ClaimLess(size_t a, size_t b) const {
    const Claim& x = claims[a];
    const Claim& y = claims[b];
    if (id_rank[x.doc] != id_rank[y.doc]) return id_rank[x.doc] < id_rank[y.doc];
    return x.offset < y.offset;
  }
};

// Buffers reused between groups.
struct FindingScratch {
  std::vector<std::pair<int, size_t>> by_component;
  std::vector<std::string_view> mode_scratch;
  std::unordered_set<std::string_view> seen_quotes;
};

// The findings of one comparison group, appended to `out`.
void AddGroupFindings(const FindingContext& ctx, const ComparisonGroup& group, FindingScratch& scratch,
                      std::vector<Finding>& out) {
  const std::vector<Claim>& claims = ctx.claims;
  const ClaimGraph& graph = ctx.graph;
  auto claim_less = [&](size_t a, size_t b) { return ctx.ClaimLess(a, b); };
  std::vector<std::pair<int, size_t>>& by_component = scratch.by_component;
  std::vector<std::string_view>& mode_scratch = scratch.mode_scratch;
  std::unordered_set<std::string_view>& seen_quotes = scratch.seen_quotes;
  // Sides: consensus groups within this comparison group, ordered by their first claim. The
  // group's claims are in claim order, so each side's members start in claim order.
  by_component.clear();
  for (size_t c : group.claims) by_component.emplace_back(graph.consensus[c], c);
  std::sort(by_component.begin(), by_component.end());
  std::vector<std::vector<size_t>> sides;
  for (size_t k = 0; k < by_component.size(); ++k) {
    if (k == 0 || by_component[k].first != by_component[k - 1].first) sides.emplace_back();
    sides.back().push_back(by_component[k].second);
  }
  for (auto& members : sides) std::sort(members.begin(), members.end(), claim_less);
  // Only sides in conflict with another side take part in the conflict: a side that is merely
  // compatible with the others (another moment, a vague value) is no side of it.
  std::sort(sides.begin(), sides.end(), [&](const auto& a, const auto& b) { return claim_less(a.front(), b.front()); });
  std::vector<const std::vector<size_t>*> conflict_sides;
  for (const auto& side : sides) {
    if (graph.in_conflict[static_cast<size_t>(graph.consensus[side.front()])]) conflict_sides.push_back(&side);
  }
  const Claim& first = claims[group.claims.front()];
  const RuleSpec& spec = group.rule->spec();
  const std::string_view unit = first.CompareUnit();
  // The finding is about "rule|event|slot|unit"; its id hashes that after its kind.
  auto hash_of = [&](std::string_view kind) {
    Fnv1a64Hasher h;
    h.Add(kind).Add("|").Add(spec.id).Add("|").Add(first.event).Add("|").Add(first.slot).Add("|").Add(unit);
    // Measure, subject and scope only when known, so findings without them keep their ids.
    if (!first.measure.empty() || !first.subject.empty() || !first.scope.empty()) {
      h.Add("|").Add(first.measure).Add("|").Add(first.subject).Add("|").Add(first.scope);
    }
    return h;
  };
  auto start = [&](const char* kind, uint64_t hash) {
    Finding f;
    f.kind = kind;
    f.id = ShortFingerprintOfHash(hash);
    f.rule = spec.id;
    f.slot = first.slot;
    f.event = first.event;
    f.event_label = first.event_label;
    f.unit = unit;
    f.measure = first.measure;
    f.subject = first.subject;
    f.scope = first.scope;
    return f;
  };
  // Internal consistency checks (claims/calendar_checks.h) conflict within one article.
  bool conflict_docs = false;
  for (const auto* side : conflict_sides) {
    for (size_t c : *side) conflict_docs = conflict_docs || claims[c].doc != claims[conflict_sides.front()->front()].doc;
  }
  if (conflict_sides.size() >= 2 && (conflict_docs || IsInternalCheck(first))) {
    Finding f = start("conflict", hash_of("conflict").value());
    std::string quoted;
    for (size_t s = 0; s < conflict_sides.size(); ++s) {
      if (s > 0) quoted += " vs ";
      quoted += group.rule->Describe(claims[conflict_sides[s]->front()]);
      f.values.push_back(Explained(*group.rule, claims[conflict_sides[s]->front()], false));
      for (size_t c : *conflict_sides[s]) f.claims.push_back({c, static_cast<int>(s)});
    }
    f.explanation = Explain(spec.conflict, first, quoted);
    out.push_back(std::move(f));
  }
  // Revisions and disputes: sides a rule finds incompatible that the gates keep from being a
  // conflict, because the figure moved over time or because different sources give them.
  if (sides.size() >= 2 && MayBeGated(claims, group.claims)) {
    const GatedSides gated_sides = FindGatedSides(claims, *group.rule, sides);
    auto gated = [&](const char* kind, const std::vector<char>& mark, const std::string& templ, bool in_time) {
      std::vector<const std::vector<size_t>*> in;
      for (size_t s = 0; s < sides.size(); ++s) {
        if (mark[s]) in.push_back(&sides[s]);
      }
      if (in.size() < 2) return;
      if (in_time) {
        std::stable_sort(in.begin(), in.end(), [&](const auto* x, const auto* y) {
          return FirstWhen(claims, *x) < FirstWhen(claims, *y);
        });
      }
      Finding f = start(kind, hash_of(kind).value());
      std::string quoted;
      for (size_t s = 0; s < in.size(); ++s) {
        const Claim& c = claims[in[s]->front()];
        if (s > 0) quoted += in_time ? " -> " : " vs ";
        quoted += group.rule->Describe(c);
        if (!in_time && !c.attribution.empty()) quoted += " (" + AttributionText(c.attribution) + ")";
        f.values.push_back(Explained(*group.rule, c, !in_time));
        for (size_t m : *in[s]) f.claims.push_back({m, static_cast<int>(s)});
      }
      f.explanation = Explain(templ, first, quoted);
      out.push_back(std::move(f));
    };
    gated("revision", gated_sides.revised, spec.revision, true);
    gated("dispute", gated_sides.disputed, spec.dispute, false);
  }
  // Steps of a timeline within one side: an open-ended count ("al menos dos") and a higher
  // figure given later ("tres") agree as intervals, yet the count moved (findings/hedged_steps.h).
  for (const auto& side : sides) {
    const std::vector<std::vector<size_t>> steps = HedgedSteps(claims, side);
    if (steps.empty()) continue;
    Finding f = start("revision", hash_of("revision").Add("|steps|").Add(ModeValue(claims, side, &mode_scratch)).value());
    std::string quoted;
    for (size_t s = 0; s < steps.size(); ++s) {
      const Claim& c = claims[steps[s].front()];
      if (s > 0) quoted += " -> ";
      quoted += group.rule->Describe(c);
      f.values.push_back(Explained(*group.rule, c, false));
      for (size_t m : steps[s]) f.claims.push_back({m, static_cast<int>(s)});
    }
    f.explanation = Explain(spec.revision, first, quoted);
    out.push_back(std::move(f));
  }
  for (const auto& side : sides) {
    if (!FromTwoDocuments(claims, side)) continue;
    Finding f = start("agreement", hash_of("agreement").Add("|").Add(ModeValue(claims, side, &mode_scratch)).value());
    std::string quoted;
    seen_quotes.clear();
    f.claims.reserve(side.size());
    for (size_t c : side) {
      f.claims.push_back({c, 0});
      if (!seen_quotes.insert(claims[c].quote).second) continue;
      if (seen_quotes.size() > 1) quoted += ", ";
      quoted += group.rule->Describe(claims[c]);
      f.values.push_back(Explained(*group.rule, claims[c], false));
    }
    f.explanation = Explain(spec.agreement, first, quoted);
    out.push_back(std::move(f));
  }
}

}  // namespace

std::vector<Finding> BuildFindings(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                   const ClaimGraph& graph) {
  return BuildFindingsOnThreads(docs, claims, graph, 1);
}

std::vector<Finding> BuildFindingsOnThreads(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                            const ClaimGraph& graph, size_t threads) {
  FindingContext ctx{claims, graph, std::vector<size_t>(docs.size())};
  std::vector<size_t> by_id(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) by_id[d] = d;
  std::sort(by_id.begin(), by_id.end(), [&](size_t a, size_t b) { return docs[a].id < docs[b].id; });
  for (size_t k = 0; k < by_id.size(); ++k) {
    const bool same_id = k > 0 && docs[by_id[k]].id == docs[by_id[k - 1]].id;
    ctx.id_rank[by_id[k]] = same_id ? ctx.id_rank[by_id[k - 1]] : k;
  }
  // Runs of consecutive groups on `threads` threads, kept in group order: the same findings, in the
  // same order, for any number of threads.
  threads = std::max<size_t>(1, threads);
  const size_t group_count = graph.groups.size();
  const size_t run_count = threads == 1 ? std::min<size_t>(1, group_count) : std::min(group_count, threads * 32);
  std::vector<FindingScratch> scratch(threads);
  std::vector<std::vector<Finding>> runs(run_count);
  OrderedParallel<std::vector<Finding>>(
      run_count, threads, run_count,
      [&](size_t worker, size_t r) {
        std::vector<Finding> found;
        for (size_t g = group_count * r / run_count; g < group_count * (r + 1) / run_count; ++g) {
          AddGroupFindings(ctx, graph.groups[g], scratch[worker], found);
        }
        return found;
      },
      [&](size_t r, std::vector<Finding> found) {
        runs[r] = std::move(found);
        return true;
      });
  return SortFindings(runs);
}

}  // namespace contraste
