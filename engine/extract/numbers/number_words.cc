#include "extract/numbers/number_words.h"

#include "extract/numbers/number_parser.h"

#include <cmath>
#include <limits>
#include <string>

namespace contraste {

namespace {

// Multipliers from this value on ("millón") count what comes before them and take "y medio".
// The longest number word, in bytes, looked for inside a glued word.
constexpr size_t kMaxNumberWordBytes = 16;

// Adds number words as they are said: "dos mil trescientos cuarenta y siete".
struct CardinalSum {
  double total = 0, small = 0, last_large = 0;
  // The last multiplier below a million ("thousand") and `small` right after it: a smaller one
  // later ("two thousand three hundred") multiplies only what came after it.
  double group_multiplier = 0, group_base = 0;
  double last_multiplier = 0;  // the value of the last multiplier word
  double last_value = 0;       // the value of the last word
  double floor = std::numeric_limits<double>::infinity();  // the next word must be below this
  bool any = false;
  NumberRole last = NumberRole::kUnit;

  // Adds one word; false when it cannot continue the number, which then ends before it.
  bool Add(const NumberWord& w) {
    switch (w.role) {
      case NumberRole::kOne:
        if (any && last != NumberRole::kTens) return false;
        small += 1;
        floor = 0;
        break;
      case NumberRole::kUnit:
      case NumberRole::kTeen:
      case NumberRole::kTens:
      case NumberRole::kHundreds:
        if (w.value >= floor) return false;
        small += w.value;
        floor = w.role == NumberRole::kHundreds ? 100 : (w.role == NumberRole::kTens ? 10 : 0);
        break;
      case NumberRole::kMultiplier:
        if (w.value >= kLargeNumberMultiplier) {
          total += (small == 0 ? 1 : small) * w.value;
          small = group_base = group_multiplier = 0;
        } else if (w.value < group_multiplier) {
          const double part = small - group_base;
          small = group_base + (part == 0 ? 1 : part) * w.value;
        } else {
          small = (small == 0 ? 1 : small) * w.value;
          group_base = small;
          group_multiplier = w.value;
        }
        last_multiplier = w.value;
        floor = std::numeric_limits<double>::infinity();
        break;
      case NumberRole::kHalf:
        return false;
    }
    last_large = w.role == NumberRole::kMultiplier && w.value >= kLargeNumberMultiplier ? w.value : 0;
    any = true;
    last = w.role;
    last_value = w.value;
    return true;
  }
};

}  // namespace

bool IsConnector(const Language& lang, const TokenRange& text, size_t j) {
  return j < text.end && lang.connectors.Contains(text, j);
}

size_t HalfWordAt(const Language& lang, const TokenRange& text, size_t j) {
  const NumberWord* w = NumberWordAt(lang, text, j);
  if (w && w->role == NumberRole::kOne) w = NumberWordAt(lang, text, ++j);  // "and a half"
  return w && w->role == NumberRole::kHalf ? j + 1 : 0;
}

size_t HalfAfterLargeMultiplier(const Language& lang, const TokenRange& text, size_t j, double multiplier,
                                double* total) {
  if (!IsConnector(lang, text, j)) return j;
  const size_t after_half = HalfWordAt(lang, text, j + 1);
  if (after_half == 0) return j;
  const double half = NumberWordAt(lang, text, after_half - 1)->value;
  const NumberWord* next = NumberWordAt(lang, text, after_half);
  if (next && next->role == NumberRole::kMultiplier) {
    if (next->value >= multiplier) return j;
    *total += half * next->value;
    return after_half + 1;
  }
  *total += half * multiplier;
  return after_half;
}

namespace {

size_t DigitCount(double v) {
  size_t n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

bool IsInteger(double v) { return std::fabs(v - std::round(v)) < 1e-9; }

// The cardinal glued before `ending` in `word` ("veintiun|avo", "dos|milesimos"); the stem may
// have lost one of the elided endings ("treint|avos" is "treinta").
bool GluedStem(const Language& lang, std::string_view word, std::string_view ending, double* value) {
  // The last byte first: most words are rejected before a comparison of the whole ending.
  if (word.size() <= ending.size() || (!ending.empty() && word.back() != ending.back())) return false;
  if (!word.ends_with(ending)) return false;
  std::string_view stem = word.substr(0, word.size() - ending.size());
  if (ParseGluedCardinal(lang, stem, value)) return true;
  std::string restored;
  for (const std::string& elided : lang.number_forms.elided_stem_endings) {
    restored.assign(stem);
    restored += elided;
    if (ParseGluedCardinal(lang, restored, value)) return true;
  }
  return false;
}

bool SingularDenominator(const Language& lang, std::string_view word, double* value) {
  const NumberLexicon& f = lang.number_forms;
  const uint32_t hash = TokenHash(word);
  if (const double* d = f.denominators.Find(word, hash)) {
    *value = *d;
    return true;
  }
  if (const double* m = f.ordinal_multipliers.Find(word, hash)) {
    *value = *m;
    return true;
  }
  for (const std::string& ending : f.denominator_endings) {
    if (GluedStem(lang, word, ending, value)) return true;
  }
  return GluedOrdinalMultiple(lang, word, value);
}

}  // namespace

const NumberWord* NumberWordAt(const Language& lang, const TokenRange& text, size_t j) {
  if (j >= text.end || text.At(j).kind != TokenKind::kWord) return nullptr;
  return lang.number_words.Find(text.Text(j), text.Hash(j));
}

bool ParseCardinalWords(const Language& lang, const TokenRange& text, size_t i, CardinalWords* out) {
  *out = CardinalWords();
  CardinalSum sum;
  bool weak = false;
  size_t j = i;
  while (j < text.end) {
    // "one hundred and twenty", "two thousand and five": after a multiplier, a smaller number.
    if (sum.any && sum.last == NumberRole::kMultiplier && j < text.end && lang.group_connectors.Contains(text, j)) {
      const NumberWord* next = NumberWordAt(lang, text, j + 1);
      if (next && next->role != NumberRole::kHalf && next->role != NumberRole::kMultiplier &&
          next->role != NumberRole::kOne && next->value < sum.last_multiplier) {
        ++j;
        continue;
      }
      break;
    }
    if (sum.any && IsConnector(lang, text, j) && sum.last != NumberRole::kMultiplier) {
      const NumberWord* next = NumberWordAt(lang, text, j + 1);
      if (next && sum.last == NumberRole::kTens &&
          (next->role == NumberRole::kUnit || next->role == NumberRole::kOne)) {
        ++j;
        continue;
      }
      // "cinco y medio", "five and a half": a half after a small number, unless it halves a
      // multiplier or a unit after it ("dos y media horas" stays two).
      if (const size_t after_half = HalfWordAt(lang, text, j + 1); after_half != 0) {
        const NumberWord* after = NumberWordAt(lang, text, after_half);
        PhraseTable::Match unit;
        if (!(after && after->role == NumberRole::kMultiplier) &&
            (lang.half_before_unit || !lang.duration_table.LongestAt(text, after_half, &unit))) {
          sum.small += NumberWordAt(lang, text, after_half - 1)->value;
          out->has_fraction = true;
          weak = false;
          j = after_half;
        }
      }
      break;
    }
    const NumberWord* w = NumberWordAt(lang, text, j);
    if (!w) break;
    if (w->role == NumberRole::kHalf) {
      // "a half" is a half: the `one` word before it counts nothing of its own (unless the half
      // word is also a denominator, read as a fraction: "un medio" is one half).
      if (sum.any && !(sum.last == NumberRole::kOne && j == i + 1 &&
                       !lang.number_forms.denominators.Find(text.Text(j), text.Hash(j)))) {
        break;
      }
      sum = CardinalSum();
      // "medio millón", "media docena", "half a million": half of a multiplier is a plain number;
      // alone it needs a unit.
      size_t mult_at = j + 1;
      const NumberWord* next = NumberWordAt(lang, text, mult_at);
      if (next && next->role == NumberRole::kOne) next = NumberWordAt(lang, text, ++mult_at);
      if (next && next->role == NumberRole::kMultiplier) {
        (next->value >= kLargeNumberMultiplier ? sum.total : sum.small) = w->value * next->value;
        j = mult_at + 1;
      } else {
        sum.small = w->value;
        weak = out->half = true;
        ++j;
      }
      sum.any = true;
      out->has_fraction = true;
      break;
    }
    if (!sum.Add(*w)) break;
    if (w->role == NumberRole::kOne) {
      if (j == i) weak = true;
    } else {
      weak = false;
    }
    ++j;
    if (sum.last_large > 0) {
      size_t after = HalfAfterLargeMultiplier(lang, text, j, sum.last_large, &sum.total);
      if (after != j) {
        out->has_fraction = true;
        sum.last_large = 0;
        j = after;
        break;
      }
    }
  }
  if (!sum.any) return false;
  out->last_role = sum.last;
  out->last_value = sum.last_value;
  out->total = sum.total;
  out->pending = sum.small;
  out->last_large = sum.last_large;
  out->end = j;
  out->weak = weak;
  return true;
}

bool ParseGluedCardinal(const Language& lang, std::string_view word, double* value) {
  CardinalSum sum;
  const std::string& joiner = lang.number_forms.stem_joiner;
  size_t p = 0;
  while (p < word.size()) {
    if (sum.any && sum.last == NumberRole::kTens && !joiner.empty() && word.substr(p).starts_with(joiner)) {
      p += joiner.size();
      continue;
    }
    // the longest number word that starts here
    const NumberWord* found = nullptr;
    size_t len = std::min(word.size() - p, kMaxNumberWordBytes);
    for (; len > 0; --len) {
      if ((found = lang.number_words.Find(word.substr(p, len)))) break;
    }
    if (!found || found->role == NumberRole::kHalf || !sum.Add(*found)) return false;
    p += len;
  }
  if (!sum.any) return false;
  *value = sum.total + sum.small;
  return true;
}

bool GluedOrdinalMultiple(const Language& lang, std::string_view word, double* value) {
  for (const auto& [ending, multiplier] : lang.number_forms.ordinal_multipliers) {
    if (GluedStem(lang, word, ending, value)) {
      *value *= multiplier;
      return true;
    }
  }
  return false;
}

bool DenominatorOf(const Language& lang, std::string_view word, double* value, bool* plural) {
  if (SingularDenominator(lang, word, value)) {
    *plural = false;
    return true;
  }
  const std::string& ending = lang.number_forms.plural_ending;
  if (ending.empty() || word.size() <= ending.size() || !word.ends_with(ending)) return false;
  *plural = true;
  return SingularDenominator(lang, word.substr(0, word.size() - ending.size()), value);
}

bool DenominatorAfterOver(const Language& lang, const TokenRange& text, size_t j, double* value, size_t* end) {
  if (j + 1 >= text.end || !lang.number_forms.over_words.Contains(text, j)) return false;
  const Token& t = text.At(j + 1);
  if (t.kind == TokenKind::kNumber) {
    std::string_view s = text.Text(j + 1);
    if (s.find_first_not_of("0123456789") != std::string_view::npos) return false;
    *value = DecimalOf(s);
    *end = j + 2;
  } else {
    CardinalWords d;
    if (!ParseCardinalWords(lang, text, j + 1, &d) || d.has_fraction) return false;
    *value = d.Value();
    *end = d.end;
  }
  return *value > 0;
}

bool ProperFractionAfter(const Language& lang, const TokenRange& text, size_t j, const CardinalWords& whole,
                         double* value, size_t* end) {
  if (j + 1 >= text.end || !lang.number_forms.fraction_joiners.Contains(text, j)) return false;
  CardinalWords numerator;
  if (!ParseCardinalWords(lang, text, j + 1, &numerator)) return false;
  double part = 0;
  size_t part_end = 0;
  bool part_fraction = false, part_weak = false;
  if (!ExtendCardinal(lang, text, numerator, &part, &part_end, &part_fraction, &part_weak) || !part_fraction ||
      part <= 0 || part >= 1) {
    return false;
  }
  // Of the large multiplier that ends the whole number: "two million and three fifths".
  *value = whole.Value() + part * (whole.last_large > 0 ? whole.last_large : 1);
  *end = part_end;
  return true;
}

bool MixedFraction(const Language& lang, const TokenRange& text, size_t i, const CardinalWords& cardinal,
                   double* value, size_t* end) {
  if (lang.number_forms.fraction_joiners.empty()) return false;
  for (size_t k = cardinal.end; k-- > i + 1;) {
    if (!lang.number_forms.fraction_joiners.Contains(text, k)) continue;
    // The whole number ends at the last joiner: read it again within [i, k).
    TokenRange before = text;
    before.end = k;
    CardinalWords whole;
    return ParseCardinalWords(lang, before, i, &whole) && whole.end == k && !whole.has_fraction &&
           ProperFractionAfter(lang, text, k, whole, value, end);
  }
  return false;
}

bool ExtendCardinal(const Language& lang, const TokenRange& text, const CardinalWords& cardinal, double* value,
                    size_t* end, bool* fraction, bool* weak) {
  const NumberLexicon& f = lang.number_forms;
  const size_t j = cardinal.end;
  if (j >= text.end || text.At(j).kind != TokenKind::kWord || cardinal.half) return false;
  const double n = cardinal.Value();
  std::string_view word = text.Text(j);
  *fraction = false;
  *weak = false;
  // "tres quintos", "un medio", "un veintiunavo": a numerator other than one needs the plural.
  double den = 0;
  bool plural = false;
  if (!cardinal.has_fraction && f.MayBeDenominator(text, j) && DenominatorOf(lang, word, &den, &plural) &&
      (plural || n == 1)) {
    *value = n / den;
    *end = j + 1;
    *fraction = true;
    *weak = cardinal.weak;
    return true;
  }
  // "three and one fourth", "one and a fourth": a whole number, the joiner and a proper fraction.
  if (!cardinal.has_fraction && ProperFractionAfter(lang, text, j, cardinal, value, end)) {
    *fraction = true;
    return true;
  }
  // "dos coma cinco", "doscientos coma cero tres": the words after it are the decimals.
  if (f.decimal_words.Contains(text, j)) {
    size_t k = j + 1;
    size_t zeros = 0;
    for (const NumberWord* z; (z = NumberWordAt(lang, text, k)) && z->role == NumberRole::kUnit && z->value == 0; ++k) {
      ++zeros;
    }
    CardinalWords d;
    if (ParseCardinalWords(lang, text, k, &d) && !d.has_fraction && IsInteger(d.Value()) && d.Value() > 0) {
      *value = n + d.Value() / std::pow(10.0, static_cast<double>(zeros + DigitCount(d.Value())));
      *end = d.end;
      return true;
    }
    if (zeros == 0) return false;
    *value = n;
    *end = k;
    return true;
  }
  // "veinte con tres quintos", "once con uno y medio", "seis millones con dos tercios" (of a
  // million), "siete con cincuenta" (7,50: two digits or more, so "cuatro con dos" stays apart).
  if (f.decimal_or_fraction_words.Contains(text, j)) {
    CardinalWords d;
    if (!ParseCardinalWords(lang, text, j + 1, &d)) return false;
    const double scale = cardinal.last_large > 0 ? cardinal.last_large : 1;
    double part = 0;
    size_t part_end = 0;
    bool part_fraction = false, part_weak = false;
    if (ExtendCardinal(lang, text, d, &part, &part_end, &part_fraction, &part_weak) && part_fraction) {
      *value = n + part * scale;
      *end = part_end;
      *fraction = true;
      return true;
    }
    if (d.has_fraction && !d.half) {
      *value = n + d.Value() * scale;
      *end = d.end;
      *fraction = true;
      return true;
    }
    if (d.weak || !IsInteger(d.Value()) || d.Value() < 10) return false;
    *value = n + d.Value() / std::pow(10.0, static_cast<double>(DigitCount(d.Value())));
    *end = d.end;
    return true;
  }
  // "uno sobre tres"
  size_t over_end = 0;
  if (DenominatorAfterOver(lang, text, j, &den, &over_end)) {
    *value = n / den;
    *end = over_end;
    *fraction = true;
    return true;
  }
  return false;
}

}  // namespace contraste
