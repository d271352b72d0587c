#include "claims/measure_claims.h"

#include <algorithm>
#include <limits>

#include "claims/clause.h"
#include "claims/counted_noun_phrase.h"
#include "claims/group_values.h"
#include "claims/measure_finder.h"
#include "extract/names/entity_matcher.h"
#include "extract/names/name_finder.h"

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

// The subject the noun `lemma` gives: "noun:" and its language-neutral id (measures.yaml
// `subject_ids`: "man" -> "noun:hombre"), or none when its id is empty ("la máxima").
std::string NounSubject(const Language& lang, const std::string& lemma) {
  const std::string* id = lang.measures.subject_ids.Find(lemma);
  if (!id) return "noun:" + lemma;
  return id->empty() ? "" : "noun:" + *id;
}

// The subject a counted noun gives: "noun:" and its language-neutral id (claims/counted_noun_phrase.h
// CountedNounId: "passenger" -> "noun:pasajero"; "200 personas" evacuated are still a count of people).
std::string CountedNounSubject(const Language& lang, const std::string& lemma) {
  return "noun:" + CountedNounId(lang.measures, lemma);
}

// Whether token i is a subject noun of the measure; its lemma in `lemma`.
bool IsSubjectNoun(const Language& lang, const TokenRange& t, size_t i, const Measure& measure, std::string* lemma) {
  if (t.At(i).kind != TokenKind::kWord) return false;
  *lemma = lang.Lemma(std::string(t.Text(i)));
  return measure.subject_nouns.Contains(*lemma);
}

// Whether token i is a word that may stand between a subject noun and its value: no function
// word, and no part of a mention (a name, a number): "dos niñas españolas de 12 años".
bool IsModifier(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, size_t i) {
  if (t.At(i).kind != TokenKind::kWord || lang.function_words.words.Contains(t, i)) return false;
  return std::none_of(ms.begin(), ms.end(), [&](const Mention& n) { return n.begin_token <= i && i < n.end_token; });
}

// Subject right before the value: skips the measure's `before` cue and one comma, then takes a
// name ending there or a subject noun ("un niño de tres años", "el acusado, de 54 años"), which
// one modifier may follow ("dos niñas españolas de 12 años"). `noun`: the subject noun's token.
std::string AdjacentSubject(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                            const Mention& m, const Measure& measure, size_t* noun) {
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
  std::string lemma;
  if (IsSubjectNoun(lang, t, at - 1, measure, &lemma)) {
    *noun = at - 1;
    return NounSubject(lang, lemma);
  }
  if (at >= t.begin + 2 && IsModifier(lang, t, ms, at - 1) && IsSubjectNoun(lang, t, at - 2, measure, &lemma)) {
    *noun = at - 2;
    return NounSubject(lang, lemma);
  }
  return "";
}

constexpr size_t kNounsAfter = 3;  // "a 73-year-old retired farm labourer"

// Subject right after the value: one of the measure's `after` phrases, an optional article, then a
// name or a noun ("a 4 kilómetros de Santa Fe", "a unos 12 kilómetros de la capital").
std::string FollowingSubject(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                             const Mention& m, const Measure& measure) {
  PhraseTable::Match hit;
  if (!measure.subject_after.LongestAt(t, m.end_token, &hit)) return "";
  size_t at = hit.end;
  if (at < t.end && lang.measures.scope_articles.Contains(t, at)) ++at;
  if (at >= t.end) return "";
  // A measure that names its subject nouns takes one of them within a few words: "a 73-year-old
  // farm labourer" is the labourer's age.
  if (!measure.subject_nouns.empty()) {
    for (size_t i = at; i < t.end && i < at + kNounsAfter && t.At(i).kind == TokenKind::kWord; ++i) {
      const std::string lemma = lang.Lemma(std::string(t.Text(i)));
      if (measure.subject_nouns.Contains(lemma)) return NounSubject(lang, lemma);
    }
    return "";
  }
  for (const Mention& e : ms) {
    if (e.begin_token != at || e.kind != MentionKind::kEntity) continue;
    if (IsUnknownName(e)) return e.normalized;
    if (const Entity* entity = EntityOf(lang, e)) return entity->id;
  }
  if (t.At(at).kind != TokenKind::kWord) return "";
  return "noun:" + lang.Lemma(std::string(t.Text(at)));
}

// Subject named by one of the measure's `nearby` nouns in the value's clause or the clause before
// ("una veintena de réplicas, la mayor de ellas de magnitud 4,2").
std::string NearbySubject(const Language& lang, const TokenRange& t, const Mention& m, const Measure& measure) {
  auto [b, e] = ClauseAround(t, m.number_token);
  const bool relative = lang.measures.relatives.Contains(t, b);
  if (b >= t.begin + 2) b = ClauseAround(t, b - 2).first;
  // A relative clause describes the noun it follows, past a clause set off between them: "its blade
  // factory in Aoiz, in the northern region of Navarre, which employs 410 people".
  if (relative && b >= t.begin + 2) b = ClauseAround(t, b - 2).first;
  // The nearest one: "la máxima fue de 44 y la mínima de 29" gives each value its own.
  std::string best;
  size_t best_distance = 0;
  bool found = false;
  for (size_t i = b; i < e; ++i) {
    if (t.At(i).kind != TokenKind::kWord || (i >= m.begin_token && i < m.end_token)) continue;
    const std::string lemma = lang.Lemma(std::string(t.Text(i)));
    if (!measure.subject_nearby.Contains(lemma)) continue;
    const size_t distance = i < m.begin_token ? m.begin_token - i : i - m.end_token + 1;
    if (!found || distance < best_distance) {
      best = lemma;
      best_distance = distance;
      found = true;
    }
  }
  return found ? NounSubject(lang, best) : "";
}

std::string NearestName(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                        const std::vector<std::string>& kinds, size_t b, size_t e);

// The nearest name of the measure's subject kinds in the value's clause, the one before it on ties;
// else the last one of the clause before ("Lemus obtuvo el 42 % y Delgado, el 36 %"), or, when that
// clause is an apposition, the one of the clause before it.
std::string ClauseSubject(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                          const Measure& measure) {
  auto [b, e] = ClauseAround(t, m.number_token);
  std::string subject = NearestName(lang, t, ms, m, measure.subject_kinds, b, e);
  if (subject.empty() && b >= t.begin + 2) {
    auto [pb, pe] = ClauseAround(t, b - 2);
    subject = NearestName(lang, t, ms, m, measure.subject_kinds, pb, pe);
    // "Ramiro Salcedo, de Alianza por Jalisco, alcanzó 1.541.093 votos": the clause before
    // describes the name before it, which is the subject; so does one that names nobody ("El
    // keniano Elijah Kiprono, de 27 años, ha ganado con 2:04:12").
    if (pb >= t.begin + 2 && lang.measures.appositions.Contains(t, pb)) {
      auto [qb, qe] = ClauseAround(t, pb - 2);
      std::string described = NearestName(lang, t, ms, m, measure.subject_kinds, qb, qe);
      if (!described.empty()) subject = std::move(described);
    }
  }
  return subject;
}

bool CoordinatorBetween(const Language& lang, const TokenRange& t, size_t b, size_t e);

// Whether the name `n`, of unknown kind, stands right after an article or a preposition of the
// measures' data ("el Maratón de Sevilla", "el atleta de Eldoret", "en La Cartuja"): a thing or a
// place named as an object, not who a figure is of. Names the gazetteer knows are what it says.
bool NamedAsObject(const Language& lang, const TokenRange& t, const Mention& n) {
  if (!IsUnknownName(n) || n.begin_token <= t.begin) return false;
  const MeasureLexicon& ml = lang.measures;
  const size_t before = n.begin_token - 1;
  // An article opening the sentence or a clause opens its subject ("El PP logró 15 escaños",
  // "With all votes counted, the PP took 15 seats"), no object.
  size_t opening = ClauseAround(t, before).first;
  while (opening < before && t.At(opening).kind == TokenKind::kPunct) ++opening;
  if (before == opening && ml.scope_articles.Contains(t, before)) return false;
  return ml.scope_articles.Contains(t, before) || ml.scope_prepositions.Contains(t, before) ||
         ml.appositions.Contains(t, before);
}

// Whether every coordinator in tokens [b, e) (e: the value's first token) joins two figures of one
// predicate ("El PP logró 15 escaños y el 41,20 % de los votos"): a quantity ends right before it
// and at most an article stands between it and the value ("El PP gana en 150 municipios y se queda
// a dos escaños", "Lemus obtuvo el 42 % y el PAN, el 36 %" stay other predicates').
bool JoinsFiguresOnly(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    if (!lang.measures.scope_coordinators.Contains(t, i)) continue;
    const bool after_figure = std::any_of(ms.begin(), ms.end(), [&](const Mention& q) {
      return q.kind == MentionKind::kQuantity && q.end_token == i;
    });
    const bool value_follows = i + 1 == e || (i + 2 == e && lang.measures.scope_articles.Contains(t, i + 1));
    if (!after_figure || !value_follows) return false;
  }
  return true;
}

// The name of `kinds` in tokens [b, e) nearest to the value `m`, the one before it on ties. A name
// across a coordinator from the value is another predicate's ("Kiprono gana en 2:04:21 y Alemu
// manda", "Daniel Kiptoo (2:04:58) y Moses Rotich (2:05:20)").
std::string NearestName(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                        const std::vector<std::string>& kinds, size_t b, size_t e) {
  const std::string* best = nullptr;
  long best_distance = 0;
  for (const Mention& n : ms) {
    if (n.begin_token < b || n.end_token > e || (n.begin_token >= m.begin_token && n.end_token <= m.end_token)) continue;
    const std::string* id = NameOf(lang, n, kinds);
    if (!id) continue;
    if (NamedAsObject(lang, t, n)) continue;
    if (n.end_token <= m.begin_token
            ? CoordinatorBetween(lang, t, n.end_token, m.begin_token) && !JoinsFiguresOnly(lang, t, ms, n.end_token, m.begin_token)
            : CoordinatorBetween(lang, t, m.end_token, n.begin_token)) {
      continue;
    }
    const long distance = n.end_token <= m.begin_token ? static_cast<long>(m.begin_token - n.end_token)
                                                       : static_cast<long>(n.begin_token) - static_cast<long>(m.end_token) + 1;
    if (!best || distance < best_distance) {
      best = id;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

constexpr size_t kNoPreposition = static_cast<size_t>(-1);

// The scope preposition the name `n` stands after (with an optional article and link between), or
// kNoPreposition.
size_t ScopePrepositionOf(const Language& lang, const TokenRange& t, const Mention& n) {
  const MeasureLexicon& ml = lang.measures;
  size_t at = n.begin_token;
  PhraseTable::Match hit;
  size_t start = 0;
  if (ml.scope_links.LongestEndingAt(t, at, &hit, &start)) at = start;
  if (at > t.begin && ml.scope_articles.Contains(t, at - 1)) --at;
  return at > t.begin && ml.scope_prepositions.Contains(t, at - 1) ? at - 1 : kNoPreposition;
}

bool AfterScopePreposition(const Language& lang, const TokenRange& t, const Mention& n) {
  return ScopePrepositionOf(lang, t, n) != kNoPreposition;
}

// Whether a coordinator stands in tokens [b, e): "murió en Atarfe y 22 personas resultaron heridas".
bool CoordinatorBetween(const Language& lang, const TokenRange& t, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    if (lang.measures.scope_coordinators.Contains(t, i)) return true;
  }
  return false;
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
    const size_t preposition = ScopePrepositionOf(lang, t, n);
    if (preposition == kNoPreposition) continue;
    // A place before the value across a coordinator is the other predicate's ("una mujer murió en
    // Atarfe y 22 personas resultaron heridas"), unless it opens the clause ("En Paiporta murieron
    // 20 personas y 30 resultaron heridas").
    if (n.end_token <= m.begin_token && preposition > b + 1 && CoordinatorBetween(lang, t, n.end_token, m.begin_token)) {
      continue;
    }
    const long distance = n.end_token <= m.begin_token ? static_cast<long>(m.begin_token - n.end_token)
                                                       : static_cast<long>(n.begin_token) - static_cast<long>(m.end_token);
    if (!best || distance < best_distance) {
      best = id;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

// The place whose people a count of people is ("cuatro personas de Huanggang murieron", "tres
// vecinos de Paiporta"): a place name right after the counted noun, when the noun names the people
// a story counts (claims/counted_noun_phrase.h NamesPeople) and one of the general count's
// `subject.after` phrases ("de") joins them. Empty otherwise.
std::string PeopleOfPlace(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  if (m.kind != MentionKind::kQuantity || m.unit.empty() || !NamesPeople(lang.measures, m.unit)) return "";
  const PhraseTable* after = nullptr;
  for (const Measure& measure : lang.measures.measures) {
    if (IsGeneralCount(measure)) after = &measure.subject_after;
  }
  PhraseTable::Match hit;
  if (!after || !after->LongestAt(t, m.end_token, &hit)) return "";
  for (const Mention& n : ms) {
    if (n.kind != MentionKind::kEntity || n.begin_token != hit.end) continue;
    const std::string* id = NameOf(lang, n, lang.measures.scope_kinds);
    return id ? *id : "";
  }
  return "";
}

// The place that opens the sentence as its subject ("Algemesí concentra 24 de las víctimas"), when
// the value's clause [b, e) names no place itself.
std::string OpeningSubjectScope(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, size_t b,
                                size_t e, const ArticlePlaces& places) {
  const MeasureLexicon& ml = lang.measures;
  if (ml.scope_opening_words == 0) return "";
  const Mention* opening = nullptr;
  const size_t first = t.begin + 1 < t.end && ml.scope_articles.Contains(t, t.begin) ? t.begin + 1 : t.begin;
  for (const Mention& n : ms) {
    if (n.kind != MentionKind::kEntity || !NameOf(lang, n, ml.scope_kinds)) continue;
    // A name of unknown kind is a place when the article says so elsewhere ("en Algemesí").
    if (n.begin_token == first) {
      if (!IsUnknownName(n) || places.count(n.normalized)) opening = &n;
    } else if (n.begin_token >= b && n.end_token <= e) {
      return "";  // the value's clause names another place
    }
  }
  std::string id;
  size_t name_end = first + 1;
  if (opening) {
    id = *NameOf(lang, *opening, ml.scope_kinds);
    name_end = opening->end_token;
    // A place and a full stop opening the sentence are a dateline ("MADRID. Irati cerró 2026 con
    // ..."), which the sentence splitter left joined to it: no subject of the sentence.
    if (name_end < t.end && t.Text(name_end) == ".") return "";
  } else if (first < t.end && t.At(first).kind == TokenKind::kWord) {
    // One capitalized word opening a sentence is no name to the name finder ("Ayer"); it is this
    // article's place when the article puts it after a scope preposition elsewhere.
    id = UnknownNameId(t, first, first + 1);
    if (!places.count(id)) return "";
  } else {
    return "";
  }
  const size_t clause_end = ClauseAround(t, first).second;
  size_t words = 0;
  for (size_t i = name_end; i < clause_end; ++i) words += t.At(i).kind == TokenKind::kWord ? 1 : 0;
  return words >= ml.scope_opening_words ? id : "";
}

std::string FindScope(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                      const ArticlePlaces& places) {
  auto [b, e] = ClauseAround(t, m.number_token);
  std::string scope = ScopeIn(lang, t, ms, b, e, m);
  if (scope.empty() && b > t.begin) {
    // The sentence's opening clause when it opens with the place: "En Paiporta, 40 personas
    // murieron", "Solo en Algemesí, ..."; not a place deep in a clause about something else ("se
    // ha cobrado la vida de una mujer en Atarfe, y ha dejado 22 heridos").
    auto [ob, oe] = ClauseAround(t, t.begin);
    const bool opens_with_place = (ob < oe && lang.measures.scope_prepositions.Contains(t, ob)) ||
                                  (ob + 1 < oe && lang.measures.scope_prepositions.Contains(t, ob + 1));
    if (opens_with_place) scope = ScopeIn(lang, t, ms, ob, oe, m);
  }
  if (scope.empty()) scope = PeopleOfPlace(lang, t, ms, m);
  if (scope.empty()) scope = OpeningSubjectScope(lang, t, ms, b, e, places);
  return scope;
}

// Whether the value is the whole a part is taken from: a number and a partitive stand before it,
// with at most a few tokens between (claims/measure_finder.h MayPrecedeWhole): "11 de los 20
// escaños", "11 of the council's 20 seats", "11 of the remaining 20 seats".
bool IsWholeOfPart(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  PhraseTable::Match hit;
  size_t start = 0;
  for (size_t gap = 0; gap <= kMaxTokensBeforeWhole && m.begin_token >= t.begin + gap + 1; ++gap) {
    const size_t end = m.begin_token - gap;
    if (!lang.measures.partitives.LongestEndingAt(t, end, &hit, &start)) continue;
    if (!MayPrecedeWhole(lang, t, end, m.begin_token)) return false;
    return std::any_of(ms.begin(), ms.end(), [&](const Mention& n) {
      return n.end_token == start && (n.kind == MentionKind::kNumber || n.kind == MentionKind::kQuantity);
    });
  }
  return false;
}

bool IsRatio(const Language& lang, const Claim& c) {
  if (c.slot != "quantity") return false;
  auto it = lang.measures.unit_by_id.find(c.unit);
  return it != lang.measures.unit_by_id.end() && lang.measure_units[static_cast<size_t>(it->second)].kind == "ratio";
}

// Whether cue `cue` (null: none) gives measure `k`.
bool CueGives(const Language& lang, const int* cue, int k) {
  if (!cue) return false;
  const std::vector<int>& measures = lang.measures.cues[static_cast<size_t>(*cue)];
  return std::find(measures.begin(), measures.end(), k) != measures.end();
}

// Whether the counted noun `lemma` names measure `k` by itself ("fallecido": deaths; "persona": none).
bool NounNamesMeasure(const Language& lang, const std::string& lemma, int k) {
  return !lemma.empty() && CueGives(lang, lang.measures.noun_lemmas.Find(lemma), k);
}

// Whether the words at token `at` are a noun of measure `k` (one of its `nouns`: "lesionados").
bool DescribedBy(const Language& lang, const TokenRange& t, size_t at, int k) {
  if (at >= t.end || t.At(at).kind != TokenKind::kWord) return false;
  PhraseTable::Match hit;
  if (lang.measures.noun_phrases.LongestAt(t, at, &hit)) return CueGives(lang, &hit.id, k);
  return NounNamesMeasure(lang, lang.Lemma(std::string(t.Text(at))), k);
}

// Whether a predicate of the measure of `m` follows its counted noun, or the noun's phrase as the
// general count reads it (claims/counted_noun_phrase.h: "dos bomberos forestales resultaron
// heridos"), or ends right before the number ("resultaron heridos cinco bomberos").
bool PredicateAfterNounPhrase(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                              const Mention& m) {
  static const PhraseTable kNoComplement;
  const PhraseTable* after = &kNoComplement;
  for (const Measure& measure : lang.measures.measures) {
    if (IsGeneralCount(measure)) after = &measure.subject_after;
  }
  PhraseTable::Match hit;
  for (size_t at : {m.end_token, CountedNounPhraseEnd(lang, t, ms, m, *after)}) {
    if (lang.measures.predicates.LongestAt(t, at, &hit) && CueGives(lang, &hit.id, m.measure)) return true;
  }
  // Or one that ends right before the number: "resultaron heridos cinco bomberos".
  constexpr size_t kLongestPredicate = 6;
  for (size_t at = m.begin_token > t.begin + kLongestPredicate ? m.begin_token - kLongestPredicate : t.begin;
       at < m.begin_token; ++at) {
    for (const PhraseTable::Match& before : lang.measures.predicates.MatchesAt(t, at)) {
      if (before.end == m.begin_token && CueGives(lang, &before.id, m.measure)) return true;
    }
  }
  return false;
}

// Whose figure the value `m` of `measure` is (`unit`: the noun it counts, for `any_noun`).
// `noun`: set to the subject noun's token when the subject is a noun right before the value.
std::string SubjectOf(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                      const Measure& measure, const std::string& unit, size_t* noun) {
  std::string subject;
  // The general count: the counted noun phrase is whose figure it is ("30 contratos indefinidos").
  if (CountsNounPhrase(measure)) return CountedNounPhrase(lang, t, ms, m, measure);
  // What is counted is whose figure it is: 63 laboratories destroyed are not 12 cars.
  if (measure.any_noun && measure.noun_subject && !unit.empty() && !lang.measures.unit_by_id.count(unit)) subject = CountedNounSubject(lang, unit);
  // A counted noun described by a noun of the measure right after it ("7 manifestantes
  // lesionados", "114 policías lesionados") is whose figure it is: the protesters' injured are not
  // the police's. Not when the noun names the measure by itself, or with the word after it
  // ("personas heridas", a noun of the measure: the whole count).
  PhraseTable::Match phrase;
  if (subject.empty() && m.kind == MentionKind::kQuantity && !unit.empty() && !lang.measures.unit_by_id.count(unit) &&
      !NounNamesMeasure(lang, unit, m.measure) && m.end_token > t.begin &&
      !lang.measures.noun_phrases.LongestAt(t, m.end_token - 1, &phrase) && DescribedBy(lang, t, m.end_token, m.measure)) {
    subject = CountedNounSubject(lang, unit);
  }
  // A counted noun no measure names, given its measure by a predicate ("dos bomberos resultaron
  // heridos", "tres agentes fueron atendidos"), is a part of the toll, whose figure it is: two injured
  // firefighters are not the fire's five injured. A noun of the people the story counts
  // ("22 personas resultaron heridas", "15 ocupantes murieron": NamesPeople) is the whole count.
  if (subject.empty() && !measure.any_noun && m.kind == MentionKind::kQuantity && !unit.empty() &&
      !lang.measures.unit_by_id.count(unit) && !NounNamesMeasure(lang, unit, m.measure) &&
      !NamesPeople(lang.measures, unit) && PredicateAfterNounPhrase(lang, t, ms, m)) {
    subject = CountedNounSubject(lang, unit);
  }
  if (subject.empty() && !measure.subject_after.empty()) subject = FollowingSubject(lang, t, ms, m, measure);
  if (subject.empty() && !measure.subject_nearby.empty()) subject = NearbySubject(lang, t, m, measure);
  if (subject.empty() && !measure.subject_nouns.empty()) {
    subject = AdjacentSubject(lang, t, ms, m, measure, noun);
  } else if (subject.empty() && !measure.subject_kinds.empty()) {
    subject = ClauseSubject(lang, t, ms, m, measure);
  }
  return subject;
}

// The place that tells which person a common-noun subject is (measures.yaml `subject.places`):
// the first name of a place after the value in its clause ("un hombre de 78 años hallado en su
// domicilio de Écija"), else the nearest before it with no coordinator between ("en Andújar, un
// hombre de 84 años"); never past another value of the measure (another person's). Empty: none.
std::string PersonPlace(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  const auto [b, e] = ClauseAround(t, m.number_token);
  const std::vector<std::string>& kinds = lang.measures.scope_kinds;
  for (const Mention& n : ms) {
    if (n.begin_token < m.end_token || n.end_token > e) continue;
    if (n.measure == m.measure && n.kind != MentionKind::kEntity) break;  // another person's value
    if (const std::string* id = NameOf(lang, n, kinds)) return *id;
  }
  for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
    const Mention& n = *it;
    if (n.end_token > m.begin_token || n.begin_token < b) continue;
    if (n.measure == m.measure && n.kind != MentionKind::kEntity) break;
    if (CoordinatorBetween(lang, t, n.end_token, m.begin_token)) break;
    if (const std::string* id = NameOf(lang, n, kinds)) return *id;
  }
  return "";
}

// Whether a `conditional` word stands before the number in its clause: "obtendría el 43 %",
// "sobrepasará las 770.000 muertes" (where "sobrepasará las" may be read as the hedge).
bool Conditional(const Language& lang, const TokenRange& t, const Mention& m) {
  if (lang.measures.conditional.empty()) return false;
  const size_t b = ClauseAround(t, m.number_token).first;
  for (size_t i = b; i < m.number_token; ++i) {
    if (lang.measures.conditional.Contains(t, i)) return true;
  }
  return false;
}

}  // namespace

void LearnArticlePlaces(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, ArticlePlaces* places) {
  if (lang.measures.scope_opening_words == 0) return;
  for (const Mention& n : ms) {
    if (n.kind == MentionKind::kEntity && IsUnknownName(n) && AfterScopePreposition(lang, t, n)) places->insert(n.normalized);
  }
}

void ApplyMeasure(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                  const Frame& frame, const ArticlePlaces& places, Claim* c) {
  if (m.measure >= 0 && (frame.fallback || !lang.measures.measures[static_cast<size_t>(m.measure)].fallback_only)) {
    const Measure& measure = lang.measures.measures[static_cast<size_t>(m.measure)];
    std::string subject;
    // A share set off right after a figure is that figure's subject's ("Salcedo alcanzó 1.541.093
    // votos, el 36,49 %").
    const Mention* whole = measure.share_of >= 0 ? ApposedFigure(lang, t, ms, m) : nullptr;
    size_t noun = std::numeric_limits<size_t>::max();
    if (whole && whole->measure == measure.share_of) {
      subject = SubjectOf(lang, t, ms, *whole, lang.measures.measures[static_cast<size_t>(whole->measure)], whole->unit, &noun);
    }
    // A list of values ("de 12 y 13 años") is whose the words before its first value say.
    ValueList list;
    Mention listed;
    if (measure.groups) {
      list = FindValueList(lang, t, ms, m);
      listed = m;
      listed.begin_token = list.begin;
    }
    if (subject.empty()) subject = SubjectOf(lang, t, ms, measure.groups ? listed : m, measure, c->unit, &noun);
    if ((!measure.subject_required && (!measure.any_noun || !measure.noun_subject)) || !subject.empty()) {
      c->measure = measure.counts_as;
      c->subject = std::move(subject);
      if (measure.scoped) c->scope = FindScope(lang, t, ms, m, places);
      // "Los otros dos fallecidos": two of the dead, after another was counted (a noun that names
      // the measure by itself follows the number; "otras 30 personas resultaron heridas", cued by its
      // predicate, is all the injured). Asked before the counted noun is dropped below.
      const bool part_of_count = m.begin_token > t.begin && lang.measures.others.Contains(t, m.begin_token - 1) &&
                                 c->slot == "quantity" && NounNamesMeasure(lang, c->unit, m.measure);
      // What the article counts the figure with ("muertos", "personas") is not what is compared.
      if (c->slot == "quantity" && !lang.measures.unit_by_id.count(c->unit)) c->unit.clear();
      // A value with no unit is in the measure's default one ("44 grados": celsius), if it has one.
      if (c->slot == "quantity" && c->unit.empty()) c->unit = measure.default_unit;
      // A part of a count ("37 de las viviendas dañadas") is the figure of a place when the
      // sentence names one ("cinco de los fallecidos, en Algemesí"), or of whose figure it is
      // ("Future Auckland won 12 of the 20 seats"); with neither, of what part is unsaid.
      PhraseTable::Match hit;
      if (c->scope.empty() && c->subject.empty() && !IsRatio(lang, *c) &&
          lang.measures.partitives.LongestAt(t, m.end_token, &hit)) {
        c->compared = false;
      }
      if (part_of_count) c->compared = false;
      // The whole a part is taken from ("11 de los 20 escaños") is no one's figure of the measure.
      if (IsWholeOfPart(lang, t, ms, m)) c->compared = false;
      // A measure named only so that no other takes the value (measures.yaml `compared: false`).
      if (!measure.compared) c->compared = false;
      // A projection or a forecast ("obtendría el 43 %", "sobrepasará las 770.000 muertes") is no
      // stated figure: never compared, precision first (two forecasts rarely forecast one thing).
      if (Conditional(lang, t, m)) c->compared = false;
      // A general count in a clause that states a year or a period ("frente a los 30 de 2023", "en
      // lo que va de año"), or a part ("los otros 12 coches"), is no count of the story's whole.
      if (CountsNounPhrase(measure) && (ClauseStatesPeriod(t, ms, m) ||
                                      (m.begin_token > t.begin && lang.measures.others.Contains(t, m.begin_token - 1)))) {
        c->compared = false;
      }
      const bool group = measure.groups && ApplyGroup(t, ms, m, list, noun, c);
      // "un hombre de 78 años" is one man of many: the place of its sentence says which, and with
      // none he is nobody in particular. A group of a stated size ("dos niñas de 12 y 13 años",
      // subject "noun:nina*2") is told apart by its size instead.
      if (!group && measure.subject_places && c->subject.rfind("noun:", 0) == 0) {
        const std::string place = PersonPlace(lang, t, ms, m);
        if (place.empty()) {
          c->compared = false;
        } else {
          c->subject += "@" + place;
        }
      }
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
