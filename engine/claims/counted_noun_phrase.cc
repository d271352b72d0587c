#include "claims/counted_noun_phrase.h"

#include <algorithm>
#include <cmath>

#include "claims/clause.h"
#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

constexpr size_t kMaxQualifiers = 2;  // "contratos indefinidos nuevos"

bool InOtherMention(const std::vector<Mention>& ms, const Mention& m, size_t i) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& n) {
    return &n != &m && n.begin_token <= i && i < n.end_token;
  });
}

// Whether a measure's cue starts at token i: a counted noun, a predicate or a complement of some
// measure says what the figure is, and is no qualifier of the noun; nor is a participle that names
// the happening the noun took part in (a context word of some measure: "los 11 albergues
// habilitados" are the shelters "se habilitaron siete albergues" counts).
bool StartsCue(const Language& lang, const TokenRange& t, size_t i, const std::string& lemma) {
  const MeasureLexicon& ml = lang.measures;
  PhraseTable::Match hit;
  return ml.noun_lemmas.Find(lemma) || ml.noun_phrases.LongestAt(t, i, &hit) || ml.predicates.LongestAt(t, i, &hit) ||
         ml.complements.LongestAt(t, i, &hit) || ml.context_words.LongestAt(t, i, &hit);
}

// A content word at token i, as its lemma in `lemma`: a word, no function word, no word a counted
// noun may not be (nouns.yaml `not_nouns`), no part of another mention.
bool ContentWord(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m, size_t i,
                 std::string* word, std::string* lemma) {
  if (i >= t.end || t.At(i).kind != TokenKind::kWord || lang.function_words.words.Contains(t, i)) return false;
  *word = std::string(t.Text(i));
  if (lang.not_nouns.count(*word) || InOtherMention(ms, m, i)) return false;
  *lemma = lang.Lemma(*word);
  return true;
}

// Where the plural words that agree with the plural counted noun of `m` end ("contratos indefinidos",
// "medios aéreos"), appending "+" and the lemma of each to `subject` when it is given.
size_t QualifiersEnd(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m, bool plural,
                     std::string* subject) {
  size_t at = m.end_token;
  std::string word, lemma;
  for (size_t k = 0; plural && k < kMaxQualifiers && ContentWord(lang, t, ms, m, at, &word, &lemma); ++k, ++at) {
    if (lemma == word || StartsCue(lang, t, at, lemma)) break;
    if (subject) subject->append("+").append(lemma);
  }
  return at;
}

}  // namespace

std::string CountedNounId(const MeasureLexicon& ml, const std::string& lemma) {
  const std::string* id = ml.subject_ids.Find(lemma);
  if (!id || id->empty()) return lemma;
  const std::string* next = ml.subject_ids.Find(*id);
  return next && next->empty() ? lemma : *id;
}

bool NamesPeople(const MeasureLexicon& ml, const std::string& lemma) {
  std::string at = lemma;
  for (int step = 0; step < 3; ++step) {
    const std::string* id = ml.subject_ids.Find(at);
    if (!id) return false;
    if (id->empty()) return true;
    at = *id;
  }
  return false;
}

std::string CountedNounPhrase(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                              const Measure& measure) {
  if (m.kind != MentionKind::kQuantity || m.unit.empty() || m.end_token <= t.begin) return "";
  const MeasureLexicon& ml = lang.measures;
  if (ml.unit_by_id.count(m.unit)) return "";
  // A count is of whole things: "46,8 grados" counts none.
  if (m.amount != std::floor(m.amount)) return "";
  // "veces", "puntos", "personas": nothing countable by itself (measures.yaml `subject_ids` "");
  // but a noun some measure counts ("personas": the evacuated, a crowd) is, when the happening its
  // clause names says what happened to them ("rescataron al menos a 131 personas").
  const std::string* id = ml.subject_ids.Find(m.unit);
  if (id && id->empty() && !(measure.needs_context && ml.noun_lemmas.Find(m.unit))) return "";
  // The noun's language-neutral id (`subject_ids`: "passenger" -> "pasajero"), so that an English
  // and a Spanish count of one thing are one subject.
  std::string subject = "noun:" + CountedNounId(ml, m.unit);
  const size_t noun = m.end_token - 1;
  // "el 112 Andalucía": a name after a number is no counted noun.
  if (InOtherMention(ms, m, noun)) return "";
  const bool plural = t.At(noun).kind == TokenKind::kWord && lang.Lemma(std::string(t.Text(noun))) != t.Text(noun);
  // More than one of a thing is counted with a plural noun: a word after "1.677" that the lemma rules
  // read as no plural ("1.677 recibieron") is a verb whose subject is elsewhere, no counted noun.
  if (!plural && m.amount > 1 && !m.vague) return "";
  size_t at = QualifiersEnd(lang, t, ms, m, plural, &subject);
  // "afiliados a la Seguridad Social", "pasajeros del tren": a complement the measure's
  // `subject.after` phrases open.
  PhraseTable::Match hit, cue;
  if (at >= t.end || !measure.subject_after.LongestAt(t, at, &hit)) return subject;
  // "pasajeros a bordo": a preposition that starts a measure's cue opens no complement.
  if (ml.context_words.LongestAt(t, at, &cue) || ml.predicates.LongestAt(t, at, &cue)) return subject;
  at = hit.end;
  if (at < t.end && ml.scope_articles.Contains(t, at)) ++at;
  for (const Mention& e : ms) {
    if (e.begin_token != at || e.kind != MentionKind::kEntity) continue;
    if (IsUnknownName(e)) return subject + "/" + e.normalized;
    if (const Entity* entity = EntityOf(lang, e)) return subject + "/" + entity->id;
  }
  std::string word, lemma;
  if (!ContentWord(lang, t, ms, m, at, &word, &lemma)) return "";  // "30 contratos de los 50": a part
  return subject + "/" + lemma;
}

size_t CountedNounPhraseEnd(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                            const PhraseTable& after) {
  if (m.kind != MentionKind::kQuantity || m.unit.empty() || m.end_token <= t.begin) return m.end_token;
  const size_t noun = m.end_token - 1;
  if (t.At(noun).kind != TokenKind::kWord || InOtherMention(ms, m, noun)) return m.end_token;
  const bool plural = lang.Lemma(std::string(t.Text(noun))) != t.Text(noun);
  size_t at = QualifiersEnd(lang, t, ms, m, plural, nullptr);
  PhraseTable::Match hit;
  if (at >= t.end || after.empty() || !after.LongestAt(t, at, &hit)) return at;
  size_t word = hit.end;
  if (word < t.end && lang.measures.scope_articles.Contains(t, word)) ++word;
  for (const Mention& e : ms) {
    if (e.begin_token == word && e.kind == MentionKind::kEntity) return e.end_token;
  }
  std::string text, lemma;
  // A complement of one content word ("del barrio"); any other ("de los 50") is not read.
  return ContentWord(lang, t, ms, m, word, &text, &lemma) ? word + 1 : at;
}

bool ClauseStatesPeriod(const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  const std::pair<size_t, size_t> clause = ClauseAround(t, m.number_token);
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& n) {
    if (n.kind != MentionKind::kDate || n.begin_token < clause.first || n.end_token > clause.second) return false;
    switch (n.temporal.kind) {
      case TemporalKind::kMonth:
      case TemporalKind::kYear:
      case TemporalKind::kDecade:
      case TemporalKind::kRelativePeriod:
      case TemporalKind::kAgo:
      case TemporalKind::kPeriod:
        return true;
      default:
        return false;
    }
  });
}

}  // namespace contraste
