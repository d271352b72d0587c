#include "extract/numbers/ordinal_words.h"

#include <cmath>
#include <limits>
#include <string>

namespace contraste {

namespace {

struct OrdinalWord {
  double value = 0;
  bool multiplier = false;  // milésimo and above: multiplies a cardinal before it
  bool plural = false;
};

// `hash` is TokenHash(word).
bool SingularOrdinal(const Language& lang, std::string_view word, uint32_t hash, OrdinalWord* out) {
  if (const int* v = lang.ordinal_words.Find(word, hash)) {
    out->value = *v;
    return true;
  }
  if (const double* m = lang.number_forms.ordinal_multipliers.Find(word, hash)) {
    out->value = *m;
    out->multiplier = true;
    return true;
  }
  // "tresmillonesimo": the cardinal glued before the multiplier; it is one ordinal of that value.
  if (GluedOrdinalMultiple(lang, word, &out->value)) {
    out->multiplier = true;
    return true;
  }
  return false;
}

bool OrdinalAt(const Language& lang, const TokenRange& text, size_t j, OrdinalWord* out) {
  if (j >= text.end || text.At(j).kind != TokenKind::kWord) return false;
  std::string_view word = text.Text(j);
  *out = OrdinalWord();
  if (SingularOrdinal(lang, word, text.Hash(j), out)) return true;
  const std::string& ending = lang.number_forms.plural_ending;
  if (ending.empty() || word.size() <= ending.size() + 2 || !word.ends_with(ending)) return false;
  out->plural = true;
  std::string_view singular = word.substr(0, word.size() - ending.size());
  return SingularOrdinal(lang, singular, TokenHash(singular), out);
}

// What the next ordinal word must stay below: "vigésimo" (20) takes a unit, "centésimo" (100)
// tens or units, "milésimo" anything below a thousand, "tercero" or "undécimo" nothing.
double Floor(const OrdinalWord& w, double multiplier) {
  if (w.multiplier) return multiplier;
  double place = std::pow(10.0, std::floor(std::log10(w.value)));
  return std::fmod(w.value, place) == 0 ? place : 0;
}

// The multiplier of a glued or plain multiplier word: its value over the glued cardinal.
double MultiplierOf(const Language& lang, const TokenRange& text, size_t j) {
  std::string_view word = text.Text(j);
  const std::string& ending = lang.number_forms.plural_ending;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [form, value] : lang.number_forms.ordinal_multipliers) {
      if (word.ends_with(form)) return value;
    }
    if (ending.empty() || !word.ends_with(ending)) break;
    word.remove_suffix(ending.size());
  }
  return 0;
}

}  // namespace

bool ParseOrdinalWords(const Language& lang, const TokenRange& text, size_t i, const CardinalWords* cardinal,
                       OrdinalWords* out) {
  *out = OrdinalWords();
  size_t j = cardinal ? cardinal->end : i;
  // "twenty-first", "one hundred and first", "one hundred twentieth": an ordinal word below the
  // place of the cardinal's last word (tens or a multiplier), after a connector or none, ends it.
  if (cardinal && !cardinal->has_fraction &&
      (cardinal->last_role == NumberRole::kTens || cardinal->last_role == NumberRole::kMultiplier)) {
    size_t k = j;
    if (k < text.end && (IsConnector(lang, text, k) || lang.group_connectors.Contains(text, k))) ++k;
    const double place = cardinal->last_role == NumberRole::kTens ? 10 : cardinal->last_value;
    OrdinalWord w;
    if (OrdinalAt(lang, text, k, &w) && !w.multiplier && w.value < place) {
      out->value = cardinal->Value() + w.value;
      out->end = k + 1;
      out->plural = w.plural;
      return true;
    }
  }
  // "dos milésimo", "tres mil millonésimo": only a plain multiplier multiplies a cardinal (one
  // probe, before the ordinal forms are tried: most words after a cardinal are nouns).
  if (cardinal && (cardinal->has_fraction || !lang.number_forms.ordinal_multipliers.Find(text, j))) return false;
  OrdinalWord w;
  if (!OrdinalAt(lang, text, j, &w)) return false;
  double value = w.value;
  if (cardinal) value = cardinal->total + (cardinal->pending == 0 ? 1 : cardinal->pending) * w.value;
  bool plural = w.plural;
  double floor = Floor(w, w.multiplier ? MultiplierOf(lang, text, j) : 0);
  ++j;
  // "centésimo vigésimo quinto": each word below the place of the one before.
  for (OrdinalWord next; floor > 1 && OrdinalAt(lang, text, j, &next) && !next.multiplier && next.value < floor; ++j) {
    value += next.value;
    plural = plural || next.plural;
    floor = Floor(next, 0);
  }
  out->value = value;
  out->end = j;
  out->plural = plural;
  return true;
}

bool ParseRelativeOrdinal(const Language& lang, const TokenRange& text, size_t i, OrdinalWords* out) {
  PhraseTable::Match m;
  if (!lang.number_forms.relative_table.LongestAt(text, i, &m)) return false;
  *out = OrdinalWords();
  out->relative = m.id;
  out->value = lang.number_forms.relative[static_cast<size_t>(m.id)].offset;
  out->end = m.end;
  return true;
}

}  // namespace contraste
