#include "claims/measure_claims.h"

#include <algorithm>

#include "claims/clause.h"
#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

bool KindIn(const Language& lang, const std::string& kind, const std::vector<std::string>& kinds) {
  return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) { return lang.kinds.IsA(kind, k); });
}

// The id a name mention gives when it is of one of `kinds` (a name of unknown kind always is), or null.
const std::string* NameOf(const Language& lang, const Mention& e, const std::vector<std::string>& kinds) {
  if (e.kind != MentionKind::kEntity) return nullptr;
  if (IsUnknownName(e)) return &e.normalized;
  const Entity* entity = EntityOf(lang, e);
  return entity && KindIn(lang, entity->kind, kinds) ? &entity->id : nullptr;
}

// Subject right before the value: skips the measure's `before` cue and one comma, then takes a
// name ending there or a subject noun ("un niño de tres años", "el acusado, de 54 años").
std::string AdjacentSubject(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                            const Mention& m, const Measure& measure) {
  size_t at = m.begin_token;
  PhraseTable::Match hit;
  size_t start = 0;
  if (at > t.begin && lang.measures.before.LongestEndingAt(t, at, &hit, &start)) at = start;
  if (at > t.begin && IsClauseBreak(t, at - 1)) --at;
  if (at <= t.begin) return "";
  for (const Mention& e : ms) {
    if (e.end_token != at) continue;
    if (const std::string* id = NameOf(lang, e, measure.subject_kinds)) return *id;
  }
  if (t.At(at - 1).kind != TokenKind::kWord) return "";
  const std::string lemma = lang.Lemma(std::string(t.Text(at - 1)));
  return measure.subject_nouns.Contains(lemma) ? "noun:" + lemma : "";
}

std::string NearestName(const Language& lang, const std::vector<Mention>& ms, const Mention& m,
                        const std::vector<std::string>& kinds, size_t b, size_t e);

// The nearest name of the measure's subject kinds in the value's clause, the one before it on ties;
// else the last one of the clause before ("Lemus obtuvo el 42 % y Delgado, el 36 %").
std::string ClauseSubject(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                          const Measure& measure) {
  auto [b, e] = ClauseAround(t, m.number_token);
  std::string subject = NearestName(lang, ms, m, measure.subject_kinds, b, e);
  if (subject.empty() && b >= t.begin + 2) {
    auto [pb, pe] = ClauseAround(t, b - 2);
    subject = NearestName(lang, ms, m, measure.subject_kinds, pb, pe);
  }
  return subject;
}

// The name of `kinds` in tokens [b, e) nearest to the value `m`, the one before it on ties.
std::string NearestName(const Language& lang, const std::vector<Mention>& ms, const Mention& m,
                        const std::vector<std::string>& kinds, size_t b, size_t e) {
  const std::string* best = nullptr;
  long best_distance = 0;
  for (const Mention& n : ms) {
    if (n.begin_token < b || n.end_token > e || (n.begin_token >= m.begin_token && n.end_token <= m.end_token)) continue;
    const std::string* id = NameOf(lang, n, kinds);
    if (!id) continue;
    const long distance = n.end_token <= m.begin_token ? static_cast<long>(m.begin_token - n.end_token)
                                                       : static_cast<long>(n.begin_token) - static_cast<long>(m.end_token) + 1;
    if (!best || distance < best_distance) {
      best = id;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

// A place after a scope preposition (and an optional article and link) within [b, e).
std::string ScopeIn(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, size_t b, size_t e,
                    const Mention& m) {
  const MeasureLexicon& ml = lang.measures;
  const std::string* best = nullptr;
  long best_distance = 0;
  for (const Mention& n : ms) {
    if (n.kind != MentionKind::kEntity || n.begin_token < b || n.end_token > e || n.begin_token <= t.begin) continue;
    const std::string* id = NameOf(lang, n, ml.scope_kinds);
    if (!id) continue;
    size_t at = n.begin_token;
    PhraseTable::Match hit;
    size_t start = 0;
    if (ml.scope_links.LongestEndingAt(t, at, &hit, &start)) at = start;
    if (at > t.begin && ml.scope_articles.Contains(t, at - 1)) --at;
    if (at <= t.begin || !ml.scope_prepositions.Contains(t, at - 1)) continue;
    const long distance = n.end_token <= m.begin_token ? static_cast<long>(m.begin_token - n.end_token)
                                                       : static_cast<long>(n.begin_token) - static_cast<long>(m.end_token);
    if (!best || distance < best_distance) {
      best = id;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

std::string FindScope(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  auto [b, e] = ClauseAround(t, m.number_token);
  std::string scope = ScopeIn(lang, t, ms, b, e, m);
  if (scope.empty() && b > t.begin) {
    // The sentence's opening clause: "En Paiporta, 40 personas murieron".
    auto [ob, oe] = ClauseAround(t, t.begin);
    scope = ScopeIn(lang, t, ms, ob, oe, m);
  }
  return scope;
}

bool IsRatio(const Language& lang, const Claim& c) {
  if (c.slot != "quantity") return false;
  auto it = lang.measures.unit_by_id.find(c.unit);
  return it != lang.measures.unit_by_id.end() && lang.measure_units[static_cast<size_t>(it->second)].kind == "ratio";
}

}  // namespace

void ApplyMeasure(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                  const Frame& frame, Claim* c) {
  if (m.measure >= 0 && (frame.fallback || !lang.measures.measures[static_cast<size_t>(m.measure)].fallback_only)) {
    const Measure& measure = lang.measures.measures[static_cast<size_t>(m.measure)];
    std::string subject;
    if (!measure.subject_nouns.empty()) {
      subject = AdjacentSubject(lang, t, ms, m, measure);
    } else if (!measure.subject_kinds.empty()) {
      subject = ClauseSubject(lang, t, ms, m, measure);
    }
    if (!measure.subject_required || !subject.empty()) {
      c->measure = measure.counts_as;
      c->subject = std::move(subject);
      if (measure.scoped) c->scope = FindScope(lang, t, ms, m);
      // What the article counts the figure with ("muertos", "personas") is not what is compared.
      if (c->slot == "quantity" && !lang.measures.unit_by_id.count(c->unit)) c->unit.clear();
    }
  }
  if (!c->measure.empty()) return;
  // Precision first: what a percentage is of, and what a number of the fallback frame counts or
  // how long what lasted, is unsaid.
  if (IsRatio(lang, *c) || (frame.fallback && (c->slot == "quantity" || c->slot == "duration"))) c->compared = false;
  // When what happened is unsaid too (a fire that broke out on Monday and was put out on Wednesday:
  // two dates of one story, neither wrong): such dates may agree, never conflict.
  if (frame.fallback && c->slot == "date") c->agree_only = true;
}

}  // namespace contraste
