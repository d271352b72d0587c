#include "claims/measure_finder.h"

#include <fmt/format.h>

#include <algorithm>

#include "claims/clause.h"
#include "claims/counted_noun_phrase.h"
#include "claims/group_values.h"

namespace contraste {

namespace {

// Where a cue was found; earlier sources win (a predicate says more than a unit).
// The general count (claims/counted_noun_phrase.h) comes last: any other cue says more.
enum Source { kPredicate = 0, kNoun = 1, kTotal = 2, kComplement = 3, kShare = 4, kBefore = 5, kUnit = 6, kGeneral = 7, kSources = 8 };

struct Candidate {
  int measure = -1;
  Source source = kUnit;
};

class Finder {
 public:
  Finder(const Language& lang, const TokenRange& t) : lang_(lang), ml_(lang.measures), t_(t) {}

  // `all`: the sentence's mentions, for a partitive whose whole is a number ("11 of the 20 seats").
  void Run(Mention* m, const std::vector<Mention>& all) {
    // A year is a figure only where a measure's words right before it say so ("construido en 1962"):
    // a date that is a year alone, written in digits.
    const bool year = m->kind == MentionKind::kDate && m->temporal.kind == TemporalKind::kYear && m->temporal.year > 0 &&
                      m->end_token == m->begin_token + 1 && t_.At(m->begin_token).kind == TokenKind::kNumber;
    if (m->kind != MentionKind::kQuantity && m->kind != MentionKind::kDuration && m->kind != MentionKind::kNumber && !year) {
      return;
    }
    if (m->measure >= 0) return;  // a pair (Pairs) already has its measure
    candidates_.clear();
    bool counted_noun = m->kind == MentionKind::kQuantity && UnitIndex(*m) < 0;
    PhraseTable::Match hit;
    if (counted_noun) {
      const size_t noun = m->end_token - 1;
      if (ml_.predicates.LongestAt(t_, noun, &hit)) {
        // "otras 30 resultaron heridas": the word after the number is a verb, not what is counted.
        Add(hit.id, kPredicate);
        StripNoun(m);
        counted_noun = false;
      } else if (ml_.noun_phrases.LongestAt(t_, noun, &hit)) {
        Add(hit.id, kNoun);
      } else if (const int* cue = ml_.noun_lemmas.Find(m->unit)) {
        Add(*cue, kNoun);
        // "218 pasajeros a bordo": a noun a measure lists only with its context words (a capacity's)
        // is a count of its noun phrase when that context is absent (its measures drop out first):
        // of the happening whose words are present, else the general count.
        AddGeneralCount(true);
      } else if (ml_.any_noun_cue >= 0) {
        // "63 laboratorios desmantelados": whatever is counted, by the words of what was done.
        for (int k : ml_.cues[static_cast<size_t>(ml_.any_noun_cue)]) {
          if (!IsGeneralCount(ml_.measures[static_cast<size_t>(k)])) candidates_.push_back({k, kNoun});
        }
        AddGeneralCount();
      }
    }
    // A noun another measure counts, right after the counted noun, describes it: "7 manifestantes
    // lesionados" are injured, not a crowd; "8 policías heridos", "3 people dead". It says more than
    // the counted noun, as a predicate does.
    if (counted_noun && m->end_token < t_.end && t_.At(m->end_token).kind == TokenKind::kWord) {
      if (ml_.noun_phrases.LongestAt(t_, m->end_token, &hit)) {
        Add(hit.id, kPredicate);
      } else if (const int* cue = ml_.noun_lemmas.Find(lang_.Lemma(std::string(t_.Text(m->end_token))))) {
        Add(*cue, kPredicate);
      }
    }
    if (m->kind == MentionKind::kNumber) Partitive(*m, all);
    // Predicates right after the value ("ocho personas han muerto") or right before it ("murieron
    // nueve personas", "duró 90 minutos").
    if (ml_.predicates.LongestAt(t_, m->end_token, &hit)) {
      Add(hit.id, kPredicate);
    } else if (counted_noun) {
      PredicateAfterNounPhrase(*m, all);
    }
    size_t start = 0;
    if (m->begin_token > t_.begin && ml_.predicates.LongestEndingAt(t_, m->begin_token, &hit, &start)) {
      Add(hit.id, kPredicate);
    }
    Total(*m);
    if (ml_.complements.LongestAt(t_, m->end_token, &hit)) Add(hit.id, kComplement);
    if (const Mention* whole = m->kind == MentionKind::kQuantity ? ApposedFigure(lang_, t_, all, *m) : nullptr) {
      candidates_.push_back({ml_.share_measure[static_cast<size_t>(whole->measure)], kShare});
    }
    if (m->begin_token > t_.begin && ml_.before.LongestEndingAt(t_, m->begin_token, &hit, &start)) Add(hit.id, kBefore);
    BeforeList(*m, all);
    if (m->kind == MentionKind::kQuantity) {
      if (const int u = UnitIndex(*m); u >= 0 && ml_.unit_cue[static_cast<size_t>(u)] >= 0) {
        Add(ml_.unit_cue[static_cast<size_t>(u)], kUnit);
      }
    } else if (m->kind == MentionKind::kDuration) {
      if (const int u = DurationIndex(*m); u >= 0 && ml_.duration_cue[static_cast<size_t>(u)] >= 0) {
        Add(ml_.duration_cue[static_cast<size_t>(u)], kUnit);
      }
    }
    if (candidates_.empty()) return;
    const bool noun_cued = std::any_of(candidates_.begin(), candidates_.end(), [](const Candidate& c) { return c.source == kNoun; });
    Source source = kSources;
    const int chosen = Choose(*m, &source);
    if (chosen < 0) return;
    if (year && (source != kBefore || ml_.measures[static_cast<size_t>(chosen)].has_units)) return;
    if (year) {
      // The year stays a date too ("construida en 2003" dates the building as "en 2003" does); the
      // figure is a quantity of its own beside it, added after the sentence's mentions are read.
      Mention figure = *m;
      figure.measure = chosen;
      figure.kind = MentionKind::kQuantity;
      figure.unit.clear();
      figure.amount = m->temporal.year;
      figure.interval = Interval::Point(figure.amount);
      figure.normalized = fmt::format("{}", m->temporal.year);
      figure.number_token = m->begin_token;
      figure.hedge.clear();
      figure.temporal = TemporalExpression{};
      year_figures_.push_back(std::move(figure));
      return;
    }
    m->measure = chosen;
    // "de magnitud 6,1 sacude": words before or after the number say what it is, and the word after
    // it, which no measure counts, is not what is counted.
    if (counted_noun && !noun_cued && (source == kBefore || source == kComplement)) StripNoun(m);
    if (m->kind == MentionKind::kNumber) {
      // A bare number the measure's words name: "de magnitud 6,1", "21 han muerto".
      m->kind = MentionKind::kQuantity;
      m->unit.clear();
    }
  }

  // Years a measure took as figures ("construido en 1962"), to be added to the sentence's mentions.
  std::vector<Mention> year_figures_;

 private:
  void Add(int cue, Source source) {
    for (int k : ml_.cues[static_cast<size_t>(cue)]) candidates_.push_back({k, source});
  }

  // The general count (claims/counted_noun_phrase.h) as a candidate after the noun's own measures;
  // with `happenings`, the counts of a noun phrase tied to a happening too (those whose context is
  // present win over the general count).
  void AddGeneralCount(bool happenings = false) {
    if (ml_.any_noun_cue < 0) return;
    for (int k : ml_.cues[static_cast<size_t>(ml_.any_noun_cue)]) {
      const Measure& measure = ml_.measures[static_cast<size_t>(k)];
      if (IsGeneralCount(measure) || (happenings && CountsNounPhrase(measure))) candidates_.push_back({k, kGeneral});
    }
  }

  // "Dos bomberos forestales resultaron heridos", "tres agentes de la Guardia Civil resultaron
  // heridos", "two forest firefighters of the brigade were injured": a predicate right after the
  // counted noun's phrase (its qualifying words and a complement the general count's
  // `subject.after` opens, claims/counted_noun_phrase.h) is that phrase's verb.
  void PredicateAfterNounPhrase(const Mention& m, const std::vector<Mention>& all) {
    static const PhraseTable kNoComplement;
    const PhraseTable* after = &kNoComplement;
    if (ml_.any_noun_cue >= 0) {
      for (int k : ml_.cues[static_cast<size_t>(ml_.any_noun_cue)]) {
        const Measure& measure = ml_.measures[static_cast<size_t>(k)];
        if (IsGeneralCount(measure)) after = &measure.subject_after;
      }
    }
    const size_t end = CountedNounPhraseEnd(lang_, t_, all, m, *after);
    PhraseTable::Match hit;
    if (end > m.end_token && ml_.predicates.LongestAt(t_, end, &hit)) Add(hit.id, kPredicate);
  }

  // "La cifra de muertos asciende ya a 52", "the death toll has risen to 52", "Sube a 52 la cifra
  // de fallecidos": a verb that states a total, then at most `total_gap` filler words ("ya a") and
  // the number, and in
  // the same clause the total's name: before the verb (nearest first, within `total_span` words)
  // or right after the number, after an optional article.
  void Total(const Mention& m) {
    if (ml_.total_verbs.empty() || m.begin_token <= t_.begin) return;
    const auto [b, e] = ClauseAround(t_, m.number_token);
    PhraseTable::Match hit;
    size_t verb = 0;
    bool found = false;
    for (size_t end = m.begin_token;;) {
      if (ml_.total_verbs.LongestEndingAt(t_, end, &hit, &verb) && verb >= b) {
        found = true;
        break;
      }
      if (end <= b + 1 || m.begin_token - end >= ml_.total_gap || !ml_.total_fillers.Contains(t_, end - 1)) break;
      --end;
    }
    if (!found) return;
    const size_t lo = verb > b + ml_.total_span ? verb - ml_.total_span : b;
    for (size_t i = verb; i-- > lo;) {
      if (AddTotalNamedAt(i, verb)) return;
    }
    size_t after = m.end_token;
    if (after < e && ml_.scope_articles.Contains(t_, after)) ++after;
    if (after < e) AddTotalNamedAt(after, e);
  }

  // Adds the cues of a total named at token i and ending by `limit`: a measure's name for its total
  // ("death toll"), or a head and a counted noun right after it or after one word ("cifra de
  // muertos", "el número de personas detenidas", "the number of people arrested": "people" may
  // cue a measure that needs a context, which then drops out). False when none is named there.
  bool AddTotalNamedAt(size_t i, size_t limit) {
    PhraseTable::Match hit;
    if (ml_.total_names.LongestAt(t_, i, &hit) && hit.end <= limit) {
      Add(hit.id, kTotal);
      return true;
    }
    if (!ml_.total_heads.LongestAt(t_, i, &hit) || hit.end >= limit) return false;
    bool any = false;
    for (size_t noun = hit.end; noun < limit && noun <= hit.end + 1; ++noun) {
      PhraseTable::Match phrase;
      if (ml_.noun_phrases.LongestAt(t_, noun, &phrase) && phrase.end <= limit) {
        Add(phrase.id, kTotal);
        return true;
      }
      if (t_.At(noun).kind != TokenKind::kWord) break;
      if (const int* cue = ml_.noun_lemmas.Find(lang_.Lemma(std::string(t_.Text(noun))))) {
        Add(*cue, kTotal);
        any = true;
      }
    }
    return any;
  }

  // "de 12 y 13 años": the words before a list of values are the last value's cue, for measures
  // whose values may be a group's (measures.yaml `groups`, `list_links`).
  void BeforeList(const Mention& m, const std::vector<Mention>& all) {
    if (ml_.list_links.empty() || m.begin_token <= t_.begin) return;
    const ValueList list = FindValueList(lang_, t_, all, m);
    PhraseTable::Match hit;
    size_t start = 0;
    if (list.values.size() < 2 || list.begin <= t_.begin || !ml_.before.LongestEndingAt(t_, list.begin, &hit, &start)) return;
    for (int k : ml_.cues[static_cast<size_t>(hit.id)]) {
      if (ml_.measures[static_cast<size_t>(k)].groups) candidates_.push_back({k, kBefore});
    }
  }

  // "Cinco de los fallecidos": a number, a partitive and a counted noun.
  void Partitive(const Mention& m, const std::vector<Mention>& all) {
    PhraseTable::Match hit;
    if (!ml_.partitives.LongestAt(t_, m.end_token, &hit) || hit.end >= t_.end) return;
    const size_t noun = hit.end;
    // "11 de los 20 escaños", "11 of the council's 20 seats": the whole is a quantity shortly
    // after the partitive; its counted noun is what the part counts.
    for (const Mention& whole : all) {
      if (whole.kind != MentionKind::kQuantity || whole.begin_token < noun ||
          !MayPrecedeWhole(lang_, t_, noun, whole.begin_token)) {
        continue;
      }
      if (const int* cue = ml_.noun_lemmas.Find(whole.unit)) Add(*cue, kNoun);
      return;
    }
    PhraseTable::Match phrase;
    if (ml_.noun_phrases.LongestAt(t_, noun, &phrase)) {
      Add(phrase.id, kNoun);
    } else if (t_.At(noun).kind == TokenKind::kWord) {
      if (const int* cue = ml_.noun_lemmas.Find(lang_.Lemma(std::string(t_.Text(noun))))) Add(*cue, kNoun);
    }
  }

 public:
  // Pairs of whole numbers joined by a separator a measure names ("2-1", "3 a 1") become one
  // quantity of that measure when its context is in the clause: the two number mentions are
  // replaced by one whose value is the pair, the higher number first (100 * higher + lower).
  void Pairs(std::vector<Mention>* ms) {
    if (ml_.pair_separators.empty()) return;
    std::vector<Mention>& all = *ms;
    for (size_t a = 0; a + 1 < all.size(); ++a) {
      double first = 0;
      if (!SmallWhole(all[a], &first)) continue;
      PhraseTable::Match sep;
      if (!ml_.pair_separators.LongestAt(t_, all[a].end_token, &sep)) continue;
      // The second number: after the separator, or the separator read as its sign ("2-1": -1).
      size_t b = a + 1;
      while (b < all.size() && all[b].begin_token < all[a].end_token) ++b;
      if (b >= all.size()) continue;
      double second = 0;
      const bool after = all[b].begin_token == sep.end && SmallWhole(all[b], &second);
      const bool signed_second = all[b].begin_token == all[a].end_token && all[b].end_token == sep.end + 1 &&
                                 all[b].kind == MentionKind::kNumber && all[b].amount < 0 &&
                                 all[b].amount == static_cast<double>(static_cast<long>(all[b].amount)) && -all[b].amount < 100;
      if (!after && !signed_second) continue;
      if (signed_second) second = -all[b].amount;
      candidates_.clear();
      Add(sep.id, kPredicate);
      Mention pair = all[a];
      pair.kind = MentionKind::kQuantity;
      pair.end_token = all[b].end_token;
      pair.unit.clear();
      pair.hedge.clear();
      pair.vague = false;
      const double hi = std::max(first, second), lo = std::min(first, second);
      pair.amount = 100 * hi + lo;
      pair.interval = Interval::Point(pair.amount);
      pair.normalized = fmt::format("{}-{}", hi, lo);
      Source source = kSources;
      const int chosen = Choose(pair, &source);
      if (chosen < 0) continue;
      pair.measure = chosen;
      all[a] = std::move(pair);
      all[b].kind = MentionKind::kWeakNumber;  // read, never claimed: it is part of the pair
      all[b].measure = -1;
    }
  }

  // A whole number from 0 to 99 alone in its mention ("2", "tres"), as a score's side.
  static bool SmallWhole(const Mention& m, double* value) {
    if (m.kind != MentionKind::kNumber || m.vague || !m.hedge.empty()) return false;
    if (m.amount < 0 || m.amount >= 100 || m.amount != static_cast<double>(static_cast<long>(m.amount))) return false;
    *value = m.amount;
    return true;
  }

 private:

  // The quantity no longer counts the word after its number.
  static void StripNoun(Mention* m) {
    m->end_token -= 1;
    m->unit.clear();
    if (const size_t space = m->normalized.find(' '); space != std::string::npos) m->normalized.resize(space);
  }

  int UnitIndex(const Mention& m) const {
    auto it = ml_.unit_by_id.find(m.unit);
    return it == ml_.unit_by_id.end() ? -1 : it->second;
  }
  int DurationIndex(const Mention& m) const {
    for (size_t u = 0; u < lang_.duration_units.size(); ++u) {
      if (lang_.duration_units[u].id == m.unit) return static_cast<int>(u);
    }
    return -1;
  }

  // Distance in tokens from the value to the nearest context word of measure k in its clause,
  // within the window; -1 when there is none.
  long ContextDistance(const Mention& m, int k) {
    if (!context_found_) FindContext(m);
    long best = -1;
    for (const auto& [measure, distance] : context_) {
      if (measure == k && (best < 0 || distance < best)) best = distance;
    }
    return best;
  }

  void FindContext(const Mention& m) {
    context_found_ = true;
    context_.clear();
    auto [b, e] = ClauseAround(t_, m.number_token);
    // A relative clause continues its antecedent's: "el presupuesto, que asciende a 1.012 millones".
    if (b >= t_.begin + 2 && ml_.relatives.Contains(t_, b)) b = ClauseAround(t_, b - 2).first;
    const size_t lo = m.begin_token > b + ml_.window ? m.begin_token - ml_.window : b;
    const size_t hi = std::min(e, m.end_token + ml_.window);
    PhraseTable::Match hit;
    vetoes_.clear();
    if (!ml_.context_not_words.empty()) {
      for (size_t i = lo; i < hi; ++i) {
        if (!ml_.context_not_words.LongestAt(t_, i, &hit)) continue;
        for (int k : ml_.cues[static_cast<size_t>(hit.id)]) vetoes_.push_back(k);
      }
    }
    for (size_t i = lo; i < hi; ++i) {
      // Words that count only before the value ("incautaron 12 vehículos"), then those anywhere.
      if (!(i < m.begin_token && ml_.context_before_words.LongestAt(t_, i, &hit)) &&
          !ml_.context_words.LongestAt(t_, i, &hit)) {
        continue;
      }
      // A word after the value and after a list link heads the next item of the list, not this
      // value: in "un beneficio de 221 millones y ventas por 1.245 millones" the 221 are profit.
      if (i >= m.end_token && ListLinkBetween(m.end_token, i)) continue;
      // Words between them, plus one, on either side: "assets of $82 billion and a debt of" is 2 to
      // assets, 3 to debt.
      const long distance = i < m.begin_token ? static_cast<long>(m.begin_token - i) : static_cast<long>(i) - static_cast<long>(m.end_token) + 1;
      for (int k : ml_.cues[static_cast<size_t>(hit.id)]) context_.emplace_back(k, std::max(distance, 0L));
    }
  }

  // True when one of the language's list links (measures.yaml `list_links`: "y", "and") stands in
  // tokens [from, to).
  bool ListLinkBetween(size_t from, size_t to) const {
    for (size_t j = from; j < to; ++j) {
      if (ml_.list_links.Contains(t_, j)) return true;
    }
    return false;
  }

  bool SlotFits(const Mention& m, const Measure& measure) const {
    return measure.slot == "duration" ? m.kind == MentionKind::kDuration : m.kind != MentionKind::kDuration;
  }

  // The candidate that wins: the earliest source; within it, one whose context is present over
  // one that needs none, the nearest context first. Candidates that fail their conditions drop out.
  int Choose(const Mention& m, Source* source) {
    context_found_ = false;
    int best = -1;
    Source best_source = kSources;
    long best_context = -1;  // distance of its context word, -1 when it needs none
    for (const Candidate& c : candidates_) {
      const Measure& measure = ml_.measures[static_cast<size_t>(c.measure)];
      if (!SlotFits(m, measure)) continue;
      // A measure with units counts only those: "el 40 % de los votos", not "40 personas de los votos".
      if (measure.has_units && !HasUnitCandidate(c.measure)) continue;
      // A unit alone is not enough for a measure that names its complements or words before.
      if (c.source == kUnit && measure.needs_phrase && !measure.needs_context) continue;
      if (!ml_.context_not_words.empty()) {
        if (!context_found_) FindContext(m);
        if (std::find(vetoes_.begin(), vetoes_.end(), c.measure) != vetoes_.end()) continue;
      }
      long context = -1;
      if (measure.needs_context) {
        context = ContextDistance(m, c.measure);
        if (context < 0) continue;
      }
      const bool better = best < 0 || c.source < best_source ||
                          (c.source == best_source && context >= 0 && (best_context < 0 || context < best_context));
      if (better) {
        best = c.measure;
        best_source = c.source;
        best_context = context;
      }
    }
    *source = best_source;
    return best;
  }

  bool HasUnitCandidate(int k) const {
    return std::any_of(candidates_.begin(), candidates_.end(),
                       [&](const Candidate& c) { return c.measure == k && c.source == kUnit; });
  }

  const Language& lang_;
  const MeasureLexicon& ml_;
  const TokenRange& t_;
  std::vector<Candidate> candidates_;
  bool context_found_ = false;
  std::vector<std::pair<int, long>> context_;
  std::vector<int> vetoes_;  // measures a `context_not` word in the window keeps from the value
};

// "no hay detenidos", "sin heridos": a count of zero of a noun some measure counts, added as a
// quantity the finder then gives its measure. Only where no mention already covers the noun.
void AddNoneCounts(const Language& lang, const TokenRange& t, std::vector<Mention>* ms) {
  const MeasureLexicon& ml = lang.measures;
  if (ml.none.empty()) return;
  const size_t before = ms->size();
  PhraseTable::Match hit;
  for (size_t i = t.begin; i < t.end; ++i) {
    if (!ml.none.LongestAt(t, i, &hit) || hit.end >= t.end) continue;
    const size_t noun = hit.end;
    size_t end = noun;
    std::string lemma;
    PhraseTable::Match phrase;
    if (ml.noun_phrases.LongestAt(t, noun, &phrase)) {
      end = phrase.end;
      lemma = lang.Lemma(std::string(t.Text(noun)));
    } else if (t.At(noun).kind == TokenKind::kWord) {
      lemma = lang.Lemma(std::string(t.Text(noun)));
      if (ml.noun_lemmas.Find(lemma)) end = noun + 1;
    }
    if (end == noun) continue;
    const bool covered = std::any_of(ms->begin(), ms->begin() + static_cast<long>(before), [&](const Mention& m) {
      return m.begin_token < end && noun < m.end_token;
    });
    if (covered) continue;
    Mention m;
    m.kind = MentionKind::kQuantity;
    m.begin_token = i;
    m.number_token = i;
    m.end_token = noun + 1;  // the noun; a longer noun phrase is found again by the finder
    m.amount = 0;
    m.interval = Interval{0, 0, false, false};
    m.unit = lemma;
    m.normalized = "0 " + lemma;
    ms->push_back(std::move(m));
    i = end - 1;
  }
  if (ms->size() != before) SortByFirstToken(ms);
}

}  // namespace

const Mention* ApposedFigure(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& share) {
  const MeasureLexicon& ml = lang.measures;
  if (ml.share_measure.empty()) return nullptr;
  const Mention* before = nullptr;
  for (const Mention& n : ms) {
    if (n.end_token > share.begin_token) break;
    if (n.kind == MentionKind::kQuantity || n.kind == MentionKind::kNumber || n.kind == MentionKind::kDuration) before = &n;
  }
  if (!before || before->measure < 0 || ml.share_measure[static_cast<size_t>(before->measure)] < 0) return nullptr;
  // A comma, then at most two link phrases (commas between them too): ", es decir, el 42,91 %".
  size_t at = before->end_token;
  if (at >= share.begin_token || t.Text(at) != ",") return nullptr;
  ++at;
  PhraseTable::Match hit;
  for (int links = 0; at < share.begin_token && links < 3; ++links) {
    if (t.Text(at) == ",") {
      ++at;
    } else if (ml.share_links.LongestAt(t, at, &hit) && hit.end <= share.begin_token) {
      at = hit.end;
    } else {
      break;
    }
  }
  return at == share.begin_token ? before : nullptr;
}

bool MayPrecedeWhole(const Language& lang, const TokenRange& t, size_t from, size_t to) {
  if (to < from || to - from > kMaxTokensBeforeWhole) return false;
  for (size_t i = from; i < to; ++i) {
    if (IsClauseBreak(t, i)) return false;
    if (t.At(i).kind == TokenKind::kWord && lang.measures.noun_lemmas.Find(lang.Lemma(std::string(t.Text(i))))) return false;
  }
  return true;
}

void FindMeasures(const Language& lang, const TokenRange& t, std::vector<Mention>* ms) {
  if (lang.measures.measures.empty()) return;
  AddNoneCounts(lang, t, ms);
  Finder finder(lang, t);
  finder.Pairs(ms);
  for (Mention& m : *ms) finder.Run(&m, *ms);
  if (finder.year_figures_.empty()) return;
  for (Mention& figure : finder.year_figures_) ms->push_back(std::move(figure));
  SortByFirstToken(ms);
}

}  // namespace contraste
