#include "extract/numbers/number_parser.h"

#include "extract/numbers/number_words.h"
#include "extract/numbers/ordinal_words.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace contraste {

namespace {

bool ParseDigitsWith(char thou, char dec, std::string_view s, double* value) {
  // Groups separated by the thousands separator must have exactly three digits, and the first
  // group is no lone zero; otherwise the separator is read as a decimal point ("1.5" or "0.683"
  // in a Spanish text copied from English).
  std::string clean;
  bool grouped_ok = true;
  size_t last_sep = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == thou) {
      if (last_sep != std::string_view::npos && i - last_sep - 1 != 3) grouped_ok = false;
      if (last_sep == std::string_view::npos && (i == 0 || i > 3 || (i == 1 && s[0] == '0'))) grouped_ok = false;
      last_sep = i;
    } else if (s[i] == dec) {
      if (last_sep != std::string_view::npos && i - last_sep - 1 != 3) grouped_ok = false;
      last_sep = std::string_view::npos;
      break;
    }
  }
  if (last_sep != std::string_view::npos && s.size() - last_sep - 1 != 3) grouped_ok = false;
  bool seen_dec = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
    } else if (c == thou && grouped_ok) {
      continue;
    } else if ((c == dec || c == thou) && !seen_dec) {
      clean.push_back('.');
      seen_dec = true;
    } else {
      return false;
    }
  }
  if (clean.empty()) return false;
  *value = DecimalOf(clean);
  return true;
}

}  // namespace

double DecimalOf(std::string_view text) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec == std::errc::result_out_of_range) {
    // Too large or too small: which one, the digits before the point say.
    std::string_view whole = text.substr(0, text.find('.'));
    return whole.find_first_not_of('0') == std::string_view::npos ? 0.0 : std::numeric_limits<double>::infinity();
  }
  return ec == std::errc() ? v : 0.0;
}

bool ParseDigits(const NumberConvention& numbers, std::string_view s, double* value) {
  // Plain digits (most numbers: "2024", "19", "300"): added up exactly, as strtod would read
  // them (below 10^15 every integer is a double).
  constexpr size_t kExactDigits = 15;
  if (!s.empty() && s.size() <= kExactDigits && s.find_first_not_of("0123456789") == std::string_view::npos) {
    double v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    *value = v;
    return true;
  }
  const char thou = numbers.Thousands();
  const char dec = numbers.Decimal();
  // "1,111.11" in a text that writes "1.111,11" (or the reverse): both separators, the decimal
  // one first, is the other convention.
  size_t first_dec = s.find(dec), last_thou = s.rfind(thou);
  if (thou != '\0' && first_dec != std::string_view::npos && last_thou != std::string_view::npos &&
      first_dec < last_thou) {
    return ParseDigitsWith(dec, thou, s, value);
  }
  return ParseDigitsWith(thou, dec, s, value);
}

const NumberConvention& NumberConventionOf(const Language& lang, const TokenRange& text) {
  return text.numbers ? *text.numbers : lang.number_locales.Default();
}

namespace {

// Multipliers from this value on ("millón") take "y medio" and stand alone as vague plurals.
constexpr double kSecondsPerHour = 3600;

// Consumes multiplier words after a value: "10 millones", "dos mil", "mil millones".
size_t ApplyMultipliers(const Language& lang, const TokenRange& text, size_t j, double* value, bool* any) {
  double last = 0;
  while (const NumberWord* w = NumberWordAt(lang, text, j)) {
    if (w->role != NumberRole::kMultiplier) break;
    *value *= w->value;
    last = w->value;
    *any = true;
    ++j;
  }
  return *any && last >= kLargeNumberMultiplier ? HalfAfterLargeMultiplier(lang, text, j, last, value) : j;
}

// "12.30 horas", "a las 9.15 h": hours and minutes written with the clock separator, before an
// hour unit, are a clock time, in every locale.
bool IsClockBeforeHourUnit(const Language& lang, const TokenRange& text, size_t i) {
  std::string_view s = text.Text(i);
  const std::string& clock = lang.number_forms.clock_separator;
  if (clock.size() != 1) return false;
  size_t sep = s.find(clock[0]);
  if (sep == std::string_view::npos || sep == 0 || sep > 2 || s.size() - sep - 1 != 2) return false;
  int hours = std::stoi(std::string(s.substr(0, sep)));
  int minutes = std::stoi(std::string(s.substr(sep + 1)));
  if (hours > 24 || minutes > 59) return false;
  PhraseTable::Match m;
  if (!lang.duration_table.LongestAt(text, i + 1, &m)) return false;
  return lang.duration_units[static_cast<size_t>(m.id)].seconds == kSecondsPerHour;
}

// "12 000", "3 500 000": when the convention's thousands separators include a space, groups of
// exactly three digits one space apart continue the number. Returns the last token of the number.
size_t JoinSpaceGroups(const NumberConvention& numbers, const TokenRange& text, size_t i) {
  if (!numbers.GroupsWithSpace()) return i;
  auto plain = [&](size_t k) {
    std::string_view s = text.Text(k);
    return s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!plain(i) || text.Text(i).size() > 3) return i;
  size_t last = i;
  while (last + 1 < text.end) {
    const Token& next = text.At(last + 1);
    const Token& cur = text.At(last);
    if (next.kind != TokenKind::kNumber || next.begin != cur.end + 1 || text.folded[cur.end] != ' ') break;
    std::string_view g = text.Text(last + 1);
    // a last group may carry the decimals: "12 000,5"
    size_t digits = g.find_first_not_of("0123456789");
    if (digits == std::string_view::npos) digits = g.size();
    if (digits != 3 || (digits < g.size() && g[digits] != numbers.Decimal())) break;
    ++last;
    if (digits < g.size()) break;
  }
  return last;
}

// "hora y media": a singular duration unit followed by the connector and a half word implies "una".
bool ImpliedOneBeforeHalf(const Language& lang, const TokenRange& text, size_t i) {
  PhraseTable::Match unit;
  if (!lang.duration_table.LongestAt(text, i, &unit) || unit.end + 1 >= text.end) return false;
  if (!IsConnector(lang, text, unit.end)) return false;
  const size_t after_half = HalfWordAt(lang, text, unit.end + 1);
  if (after_half == 0) return false;
  // the half word must end the duration: "hora y media" but not "horas y media hora"
  PhraseTable::Match again;
  return !lang.duration_table.LongestAt(text, after_half, &again);
}

// Digits inside a web address ("...?q=30%25") are no amount: the run of text without spaces
// around them holds a scheme separator or starts like a host name.
bool InsideWebAddress(const TokenRange& text, size_t i) {
  constexpr size_t kMaxAddressBytes = 4096;
  size_t b = text.At(i).begin;
  size_t stop = b > kMaxAddressBytes ? b - kMaxAddressBytes : 0;
  while (b > stop && text.folded[b - 1] != ' ' && text.folded[b - 1] != '\n') --b;
  std::string_view run = text.folded.substr(b, text.At(i).begin - b);
  return run.find("://") != std::string_view::npos || run.starts_with("www.");
}

bool Glued(const TokenRange& text, size_t a, size_t b) {
  return b < text.end && text.At(b).begin == text.At(a).end;
}

bool PlainDigits(std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos; }

// Signs glued one after another from token j: "-", "--", "+"; returns the token after them.
size_t GluedSigns(const TokenRange& text, size_t j, size_t after, double* sign) {
  while (j < text.end && text.At(j).begin == text.At(after).end && (text.Text(j) == "-" || text.Text(j) == "+")) {
    if (text.Text(j) == "-") *sign = -*sign;
    after = j;
    ++j;
  }
  return j;
}

// "1e10", "12,32e+14", "-12e-1" (exponent marker glued to the digits) and "1,1^23", "2,5^-1"
// (power marker). `last` is the last token of the digits. Returns the end, or 0 when none.
size_t ScientificAfter(const Language& lang, const TokenRange& text, size_t last, double* value) {
  const NumberLexicon& f = lang.number_forms;
  size_t j = last + 1;
  if (!Glued(text, last, j)) return 0;
  std::string_view w = text.Text(j);
  for (const std::string& marker : f.exponent_markers) {
    if (!w.starts_with(marker)) continue;
    std::string_view rest = w.substr(marker.size());
    if (PlainDigits(rest)) {
      *value *= std::pow(10.0, DecimalOf(rest));
      return j + 1;
    }
    if (!rest.empty()) continue;
    double sign = 1;
    size_t k = GluedSigns(text, j + 1, j, &sign);
    if (k < text.end && k > j && Glued(text, k - 1, k) && PlainDigits(text.Text(k))) {
      *value *= std::pow(10.0, sign * DecimalOf(text.Text(k)));
      return k + 1;
    }
  }
  if (f.power_markers.Contains(text, j)) {
    double sign = 1;
    size_t k = GluedSigns(text, j + 1, j, &sign);
    if (k < text.end && Glued(text, k - 1, k) && PlainDigits(text.Text(k))) {
      *value = std::pow(*value, sign * DecimalOf(text.Text(k)));
      return k + 1;
    }
  }
  return 0;
}

// "3/4": digits, the slash and digits glued, nothing more glued after ("1/2/2024" is a date) nor
// before. Sets the numerator and denominator and returns the end, or 0.
size_t SlashFractionAt(const Language& lang, const TokenRange& text, size_t i, double* num, double* den) {
  const std::string& slash = lang.number_forms.fraction_slash;
  if (slash.empty() || !PlainDigits(text.Text(i))) return 0;
  if (i > text.begin && text.At(i - 1).end == text.At(i).begin && text.Text(i - 1) == slash) return 0;
  if (!Glued(text, i, i + 1) || text.Text(i + 1) != slash || !Glued(text, i + 1, i + 2)) return 0;
  if (!PlainDigits(text.Text(i + 2))) return 0;
  if (Glued(text, i + 2, i + 3) && text.Text(i + 3) == slash) return 0;
  *num = DecimalOf(text.Text(i));
  *den = DecimalOf(text.Text(i + 2));
  return *den > 0 ? i + 3 : 0;
}

}  // namespace

bool DigitsAreNoNumber(const Language& lang, const TokenRange& text, size_t i) {
  if (i + 2 < text.end && text.Text(i + 1) == ":" && text.At(i + 2).kind == TokenKind::kNumber) return true;
  if (i > text.begin + 1 && text.Text(i - 1) == ":" && text.At(i - 2).kind == TokenKind::kNumber) return true;
  return IsClockBeforeHourUnit(lang, text, i) || InsideWebAddress(text, i);
}

namespace {

bool IsUnitAt(const Language& lang, const TokenRange& text, size_t j) {
  PhraseTable::Match m;
  return lang.duration_table.LongestAt(text, j, &m) || lang.measure_table.LongestAt(text, j, &m) ||
         lang.measure_glued_table.LongestAt(text, j, &m);  // glued: this is where it is checked
}

void ContinueAfterMultiplier(const Language& lang, const TokenRange& text, NumberMatch* out);

// The digits at token i and what is glued to or follows them.
bool ParseDigitsAt(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  const NumberLexicon& f = lang.number_forms;
  if (DigitsAreNoNumber(lang, text, i)) return false;
  double num = 0, den = 0;
  if (size_t end = SlashFractionAt(lang, text, i, &num, &den)) {
    out->value = num / den;
    out->digits = out->fraction = out->weak = true;
    out->end = end;
    return true;
  }
  const NumberConvention& numbers = NumberConventionOf(lang, text);
  std::string_view s = text.Text(i);
  size_t last = JoinSpaceGroups(numbers, text, i);
  std::string joined;
  if (last != i) {
    for (size_t k = i; k <= last; ++k) joined += text.Text(k);
    s = joined;
  }
  if (!ParseDigits(numbers, s, &out->value)) return false;
  out->digits = true;
  out->plain_digits = last == i && PlainDigits(s);
  out->end = last + 1;
  i = last;
  // "2º", "1.º", "3er": an ordinal suffix written against the digits.
  size_t j = i + 1;
  if (j < text.end && text.Text(j) == "." && j + 1 < text.end && text.At(j + 1).begin == text.At(j).end) ++j;
  if (j < text.end && text.At(j).begin == text.At(j - 1).end &&
      lang.ordinal_suffixes.Contains(text, j)) {
    out->ordinal = true;
    out->end = j + 1;
    return true;
  }
  if (size_t end = ScientificAfter(lang, text, i, &out->value)) {
    out->plain_digits = false;
    out->end = end;
    return true;
  }
  j = i + 1;
  if (Glued(text, i, j)) {
    if (const double* m = f.digit_multipliers.Find(text, j)) {  // "10k"
      out->value *= *m;
      out->plain_digits = false;
      out->weak = true;  // "5G", "4K" name a network or a screen as often as an amount
      out->end = j + 1;
      return true;
    }
    if (const double* m = f.glued_multipliers.Find(text, j)) {  // "$5m", "3bn": an amount like "5 million"
      out->value *= *m;
      out->plain_digits = false;
      out->end = j + 1;
      return true;
    }
    if (const double* c = f.fraction_characters.Find(text, j)) {  // "5½"
      out->value += *c;
      out->plain_digits = false;
      out->fraction = true;
      out->end = j + 1;
      return true;
    }
    // Letters glued to digits that are no unit: a code ("3D", "180ml"), not an amount.
    if (text.At(j).kind == TokenKind::kWord && !IsUnitAt(lang, text, j)) return false;
  } else if (j < text.end) {
    // "2 1/4": a whole number and a proper fraction.
    if (SlashFractionAt(lang, text, j, &num, &den) && num < den && PlainDigits(text.Text(i))) {
      out->value += num / den;
      out->plain_digits = false;
      out->fraction = true;
      out->end = j + 3;
      return true;
    }
    // "2,33 k": the multiplier letter alone, ending the phrase.
    if (const double* m = f.digit_multipliers.Find(text, j);
        m && (j + 1 >= text.end || text.At(j + 1).kind != TokenKind::kWord)) {
      out->value *= *m;
      out->plain_digits = false;
      out->weak = true;
      out->end = j + 1;
      return true;
    }
    // "1 sobre 21"
    size_t over_end = 0;
    if (DenominatorAfterOver(lang, text, j, &den, &over_end)) {
      out->value /= den;
      out->plain_digits = false;
      out->fraction = true;
      out->end = over_end;
      return true;
    }
  }
  bool multiplied = false;
  out->end = ApplyMultipliers(lang, text, i + 1, &out->value, &multiplied);
  if (multiplied) {
    out->plain_digits = false;
    ContinueAfterMultiplier(lang, text, out);
  }
  return true;
}

// "4 thousand 3 hundred and 21", "3 hundred and one", "6 crore and two hundred": digits and a
// multiplier word, then a smaller number that has a multiplier of its own or follows a group
// connector ("and" of numbers.yaml). A zero is never joined ("4 thousand 3 hundred and 0").
void ContinueAfterMultiplier(const Language& lang, const TokenRange& text, NumberMatch* out) {
  for (int rounds = 0; rounds < 4; ++rounds) {
    const NumberWord* last = out->end > 0 ? NumberWordAt(lang, text, out->end - 1) : nullptr;
    if (last == nullptr || last->role != NumberRole::kMultiplier) return;
    size_t k = out->end;
    const bool linked = k < text.end && lang.group_connectors.Contains(text, k);
    if (linked) ++k;
    NumberMatch next;
    if (k >= text.end || !ParseNumberAt(lang, text, k, &next) || next.ordinal || next.fraction || next.vague ||
        next.implied || next.weak || next.value <= 0 || next.value >= last->value) {
      return;
    }
    bool has_multiplier = false;  // "3 hundred" of "4 thousand 3 hundred and 21"
    for (size_t w = k + 1; w < next.end && !has_multiplier; ++w) {
      const NumberWord* its = NumberWordAt(lang, text, w);
      has_multiplier = its != nullptr && its->role == NumberRole::kMultiplier;
    }
    if (!linked && !has_multiplier) return;
    out->value += next.value;
    out->end = next.end;
    if (!next.digits) out->digits = false;
  }
}

// A punctuation token that starts a number: the negative sign ("-5"), the decimal separator
// (",25") or a fraction character ("½"); glued to the digits and not glued to what is before.
bool ParsePunctAt(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  const NumberLexicon& f = lang.number_forms;
  std::string_view p = text.Text(i);
  if (const double* c = f.fraction_characters.Find(text, i)) {
    out->value = *c;
    out->fraction = true;
    out->end = i + 1;
    return true;
  }
  bool starts = i == text.begin || text.At(i - 1).end < text.At(i).begin;
  if (!starts || !Glued(text, i, i + 1) || text.At(i + 1).kind != TokenKind::kNumber) return false;
  if (p.size() == 1 && p[0] == NumberConventionOf(lang, text).Decimal() && PlainDigits(text.Text(i + 1)) &&
      !(Glued(text, i + 1, i + 2) && text.At(i + 2).kind == TokenKind::kWord && !IsUnitAt(lang, text, i + 2))) {
    out->value = DecimalOf("0." + std::string(text.Text(i + 1)));
    out->digits = true;
    out->end = i + 2;
    return !InsideWebAddress(text, i + 1);
  }
  if (p != f.negative_sign || !ParseDigitsAt(lang, text, i + 1, out) || out->ordinal) return false;
  out->value = -out->value;
  out->plain_digits = false;
  return true;
}

// A number in words at token i: cardinals and what extends them, then written-out ordinals.
// `filtered`: skip the tables when the word starts no number (NumberLexicon::MayStartNumber).
bool ParseWordsAt(const Language& lang, const TokenRange& text, size_t i, bool filtered, NumberMatch* out) {
  if (ImpliedOneBeforeHalf(lang, text, i)) {
    out->value = 1;
    out->end = i;
    out->weak = true;
    out->implied = true;
    return true;
  }
  if (filtered && !lang.number_forms.MayStartNumber(text, i)) return false;
  OrdinalWords ordinal;
  CardinalWords cardinal;
  bool has_cardinal = ParseCardinalWords(lang, text, i, &cardinal);
  PhraseTable::Match vague;
  bool has_vague = lang.vague_table.LongestAt(text, i, &vague);
  if (has_vague && (!has_cardinal || vague.end >= cardinal.end)) {
    out->vague = true;
    out->interval = lang.vague[static_cast<size_t>(vague.id)].interval;
    if (out->interval.lo == out->interval.hi) out->value = out->interval.lo;  // "una docena"
    out->end = vague.end;
    return true;
  }
  if (has_cardinal) {
    double value = 0;
    size_t end = 0;
    bool fraction = false, weak = false;
    if (MixedFraction(lang, text, i, cardinal, &value, &end)) {
      out->value = value;
      out->end = end;
      out->fraction = true;
      return true;
    }
    if (ExtendCardinal(lang, text, cardinal, &value, &end, &fraction, &weak)) {
      out->value = value;
      out->end = end;
      out->fraction = fraction;
      out->weak = weak;
      return true;
    }
    if (ParseOrdinalWords(lang, text, i, &cardinal, &ordinal)) {
      out->ordinal = true;
      out->value = ordinal.value;
      out->end = ordinal.end;
      out->plural = ordinal.plural;
      return true;
    }
    // "the one you mentioned", "which one": the number one alone after these words is a pronoun
    // (not before a unit: "that one mile").
    if (cardinal.end == i + 1 && cardinal.Value() == 1 && i > text.begin &&
        lang.number_forms.one_pronoun_after.Contains(text, i - 1) && !IsUnitAt(lang, text, i + 1)) {
      return false;
    }
    out->value = cardinal.Value();
    out->end = cardinal.end;
    out->weak = cardinal.weak;
    out->half = cardinal.half;
    return true;
  }
  if (ParseOrdinalWords(lang, text, i, nullptr, &ordinal) || ParseRelativeOrdinal(lang, text, i, &ordinal)) {
    out->ordinal = true;
    out->value = ordinal.value;
    out->end = ordinal.end;
    out->plural = ordinal.plural;
    out->relative = ordinal.relative;
    return true;
  }
  if (const double* w = lang.number_forms.fraction_words.Find(text, i)) {
    out->value = *w;
    out->fraction = true;
    out->end = i + 1;
    return true;
  }
  return false;
}

bool ParseKnownKindAt(const Language& lang, const TokenRange& text, size_t i, bool filtered, NumberMatch* out);

// "minus five", "negative one over 20": a negative word before a number in digits or words.
bool ParseNegativeWordAt(const Language& lang, const TokenRange& text, size_t i, bool filtered, NumberMatch* out) {
  if (i + 1 >= text.end || !lang.number_forms.negative_words.Contains(text, i) ||
      !ParseKnownKindAt(lang, text, i + 1, filtered, out) || out->ordinal || out->vague || out->weak ||
      out->implied || out->value <= 0) {
    return false;
  }
  out->value = -out->value;
  out->plain_digits = false;
  return true;
}

bool ParseKnownKindAt(const Language& lang, const TokenRange& text, size_t i, bool filtered, NumberMatch* out) {
  if (text.At(i).kind == TokenKind::kWord && ParseNegativeWordAt(lang, text, i, filtered, out)) return true;
  *out = NumberMatch();
  switch (text.At(i).kind) {
    case TokenKind::kNumber: return ParseDigitsAt(lang, text, i, out);
    case TokenKind::kWord: return ParseWordsAt(lang, text, i, filtered, out);
    case TokenKind::kPunct: return ParsePunctAt(lang, text, i, out);
  }
  return false;
}

// A number, when its value is finite and within kLargestNumber.
bool ParseAt(const Language& lang, const TokenRange& text, size_t i, bool filtered, NumberMatch* out) {
  *out = NumberMatch();
  // Past the last token (a word that reads a number after it ends the text: "two days ago").
  if (i >= text.end) return false;
  if (!ParseKnownKindAt(lang, text, i, filtered, out)) return false;
  auto in_range = [](double v) { return std::isfinite(v) && std::fabs(v) <= kLargestNumber; };
  if (!in_range(out->value)) {
    *out = NumberMatch();
    return false;
  }
  return true;
}

}  // namespace

bool ParseNumberAt(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  return ParseAt(lang, text, i, /*filtered=*/true, out);
}

bool ParseNumberAtEveryWord(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  return ParseAt(lang, text, i, /*filtered=*/false, out);
}

}  // namespace contraste
