#include <fmt/format.h>

#include <cmath>

#include "extract/amounts/number_range_recognizer.h"
#include "extract/amounts/value_context.h"

namespace contraste {

namespace {

bool IsLetters(std::string_view w, size_t min_letters) {
  // Folded words: count code points that start a character; digits disqualify.
  size_t n = 0;
  for (unsigned char c : w) {
    if (c >= '0' && c <= '9') return false;
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n >= min_letters;
}

// A counted noun at token j: a word that is no function word, number, month or unit.
bool NounAt(const Language& lang, const TokenRange& text, size_t j, std::string* lemma) {
  if (j >= text.end || text.At(j).kind != TokenKind::kWord) return false;
  std::string w(text.Text(j));
  if (lang.not_nouns.count(w) || lang.number_words.Contains(text, j) || lang.ordinal_words.Contains(text, j) ||
      lang.months.count(w) || lang.weekdays.count(w) || !IsLetters(w, lang.min_noun_letters)) {
    return false;
  }
  PhraseTable::Match m;
  if (lang.hedge_table.LongestAt(text, j, &m)) return false;
  *lemma = lang.Lemma(w);
  return true;
}

// Whether the counted noun of a number above one read at token j (`lemma`) is a word before the noun
// that the next token is: a word the lemma rules read as no plural, which no measure counts, before
// a plural noun ("three young children", "two elderly tourists": languages that write adjectives
// before the noun; "tres niños pequeños" puts them after and keeps its noun). `next`: that noun's lemma.
bool WordBeforeNoun(const Language& lang, const TokenRange& text, size_t j, const std::string& lemma, std::string* next) {
  const MeasureLexicon& ml = lang.measures;
  if (lemma != text.Text(j) || ml.noun_lemmas.Find(lemma)) return false;
  // A verb that starts a measure's predicate or context ("otras 30 resultaron heridas") is no word of
  // the noun phrase.
  PhraseTable::Match cue;
  if (ml.predicates.LongestAt(text, j, &cue) || ml.noun_phrases.LongestAt(text, j, &cue) ||
      ml.context_words.LongestAt(text, j, &cue)) {
    return false;
  }
  if (!NounAt(lang, text, j + 1, next) || *next == text.Text(j + 1)) return false;
  // The noun is one the measures know (a counted noun, or a noun with a language-neutral id):
  // "cuatro están graves" keeps its verb out of any noun phrase.
  return ml.noun_lemmas.Find(*next) || ml.subject_ids.Find(*next);
}

// A unit glued to the number (units.yaml `glued`: "46.8C", "116F") stands alone: the figure is not
// glued to a word or a hyphen before it ("SCP-173C") and the unit ends the sentence or comes before
// punctuation other than a slash or a hyphen ("46.8C (116F) on Tuesday", "reached 44.6C."). A word
// after it makes the letters a name or a code: "a Boeing 777F to", "the 13F filing", "17c a share".
bool GluedUnitStandsAlone(const TokenRange& text, size_t number, size_t unit_end) {
  if (number > text.begin && text.At(number - 1).end == text.At(number).begin && text.Text(number - 1) != "(") {
    return false;
  }
  if (unit_end >= text.end) return true;
  if (text.At(unit_end).kind != TokenKind::kPunct) return false;
  const std::string_view after = text.Text(unit_end);
  return after != "/" && after != "-";
}

// A unit written right before the number ("$82.29 billion", "US$ 27"), ending at token `number`;
// a hedge may stand before it ("about $5 billion") or after it ("$ about 5" is not written).
bool PrefixUnitBefore(const Language& lang, const TokenRange& text, size_t number, std::string* unit, size_t* start) {
  if (lang.measure_prefix_table.empty() || number <= text.begin) return false;
  PhraseTable::Match m;
  if (!lang.measure_prefix_table.LongestEndingAt(text, number, &m, start) || *start < text.begin) return false;
  *unit = lang.measure_units[static_cast<size_t>(m.id)].id;
  return true;
}

}  // namespace

// A unit in brackets right after the number ("20 (kg)", "20 [kg]", "20 {kg}", "20 <kg>"): one
// past the closing bracket, or 0.
size_t BracketedUnitEnd(const Language& lang, const TokenRange& text, size_t j, PhraseTable::Match* m) {
  static constexpr std::string_view kOpen = "([{<", kClose = ")]}>";
  if (j + 2 >= text.end || text.Text(j).size() != 1) return 0;
  const size_t k = kOpen.find(text.Text(j)[0]);
  if (k == std::string_view::npos || !lang.measure_table.LongestAt(text, j + 1, m)) return 0;
  if (m->end >= text.end || text.Text(m->end) != kClose.substr(k, 1)) return 0;
  return m->end + 1;
}

std::string FormatAmount(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e18) {
    return fmt::format("{}", static_cast<long long>(std::llround(v)));
  }
  return fmt::format("{}", v);
}

static std::string FormatRange(const Interval& r) {
  return r.lo == r.hi ? FormatAmount(r.lo) : fmt::format("{}-{}", FormatAmount(r.lo), FormatAmount(r.hi));
}

bool CountedNounAfter(const NumberInContext& n) {
  std::string lemma;
  return !n.number.weak && NounAt(*n.lang, n.text, n.number.end, &lemma);
}

bool RecognizeQuantity(const NumberInContext& n, Mention* out) {
  const Language& lang = *n.lang;
  const TokenRange& text = n.text;
  if (n.number.ordinal) return false;
  size_t j = n.number.end;
  std::string unit;
  size_t end = 0;
  PhraseTable::Match m;
  // "miles de soldados", "thousands of soldiers": the counted noun comes after a noun link.
  bool large_word = n.number.vague || (!n.number.digits && n.number.value >= 1000) ||
                    (n.number.digits && !n.number.plain_digits && n.number.end > n.number_start + 1);
  size_t noun_at = j;
  size_t begin = n.start;
  // "$5m", "£3.2m": a currency written before the number, a money multiplier glued after it.
  double scale = 1;
  if (size_t prefix_at = 0; !n.number.weak && j < text.end && text.At(j).begin == text.At(j - 1).end &&
                            PrefixUnitBefore(lang, text, n.number_start, &unit, &prefix_at)) {
    if (const double* mult = lang.number_forms.money_multipliers.Find(text, j)) {
      scale = *mult;
      begin = std::min(n.start, prefix_at);
      end = j + 1;
    } else {
      unit.clear();
    }
  }
  // "a 3-inch thickness", "a six-mile trip": a hyphen glued between the number and its unit.
  size_t unit_at = j;
  if (unit.empty() && j + 1 < text.end && text.Text(j) == "-" && text.At(j - 1).end == text.At(j).begin &&
      text.At(j).end == text.At(j + 1).begin) {
    unit_at = j + 1;
  }
  if (large_word && j + 1 < text.end && lang.noun_links.Contains(text, j)) noun_at = j + 1;
  if (!unit.empty()) {
    // the money multiplier above
  } else if (unit_at != j && lang.measure_table.LongestAt(text, unit_at, &m)) {
    unit = lang.measure_units[static_cast<size_t>(m.id)].id;
    end = m.end;
  } else if (lang.measure_table.LongestAt(text, noun_at, &m)) {
    unit = lang.measure_units[static_cast<size_t>(m.id)].id;
    end = m.end;
  } else if (lang.measure_table.LongestAt(text, j, &m)) {
    unit = lang.measure_units[static_cast<size_t>(m.id)].id;
    end = m.end;
  } else if (size_t closed = BracketedUnitEnd(lang, text, j, &m)) {
    unit = lang.measure_units[static_cast<size_t>(m.id)].id;  // "20 (kg)", "20 [kg]"
    end = closed;
  } else if (j < text.end && text.At(j).begin == text.At(j - 1).end && lang.measure_glued_table.LongestAt(text, j, &m) &&
             GluedUnitStandsAlone(text, n.number_start, m.end)) {
    unit = lang.measure_units[static_cast<size_t>(m.id)].id;  // "46.8C": a unit glued to the number
    end = m.end;
  } else if (size_t prefix_at = 0; !n.number.weak && PrefixUnitBefore(lang, text, n.number_start, &unit, &prefix_at)) {
    end = n.number.end;
    begin = std::min(n.start, prefix_at);
  } else if (!n.number.weak && NounAt(lang, text, noun_at, &unit)) {
    end = noun_at + 1;
    std::string next;
    if (!n.number.vague && n.number.value > 1 && WordBeforeNoun(lang, text, noun_at, unit, &next)) {
      unit = next;
      end = noun_at + 2;
    }
  } else if (noun_at != j && !n.number.weak && NounAt(lang, text, j, &unit)) {
    end = j + 1;
  } else {
    return false;
  }
  out->kind = MentionKind::kQuantity;
  out->begin_token = begin;
  out->number_token = n.number_start;
  out->end_token = end;
  out->amount = n.number.vague ? 0 : n.number.value * scale;
  out->vague = n.number.vague;
  out->hedge = n.hedge ? n.hedge->id : "";
  out->unit = unit;
  out->interval = n.ValueInterval(scale);
  out->normalized = fmt::format("{} {}", n.number.vague ? FormatRange(n.number.interval) : FormatAmount(n.number.value * scale), unit);
  return true;
}

bool RecognizeQuantityRange(const Language& lang, const TokenRange& text, const NumberRange& range, Mention* out) {
  const Interval& r = range.interval;
  if (!range.ends_with_number || range.ordinal || !r.IsBounded() || r.lo >= r.hi || std::isinf(r.lo)) return false;
  NumberInContext n;
  n.lang = &lang;
  n.text = text;
  n.start = range.begin;
  n.number_start = range.last_start;
  n.number = range.last;
  if (!RecognizeQuantity(n, out)) return false;
  out->interval = range.span ? Interval::Between(r.lo, r.hi) : r;
  out->normalized = fmt::format("{} {}", FormatRange(Interval::Between(r.lo, r.hi)), out->unit);
  return true;
}

}  // namespace contraste
