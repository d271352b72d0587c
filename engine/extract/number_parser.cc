#include "extract/number_parser.h"

#include <cmath>
#include <limits>
#include <string>

namespace contraste {

bool ParseDigits(const Language& lang, std::string_view s, double* value) {
  const char thou = lang.thousands_separator.empty() ? '\0' : lang.thousands_separator[0];
  const char dec = lang.decimal_separator.empty() ? '.' : lang.decimal_separator[0];
  // Groups separated by the thousands separator must have exactly three digits; otherwise the
  // separator is read as a decimal point ("1.5" in a Spanish text copied from English).
  std::string clean;
  bool grouped_ok = true;
  size_t last_sep = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == thou) {
      if (last_sep != std::string_view::npos && i - last_sep - 1 != 3) grouped_ok = false;
      if (last_sep == std::string_view::npos && (i == 0 || i > 3)) grouped_ok = false;
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
  *value = std::stod(clean);
  return true;
}

namespace {

// Multipliers from this value on ("millón") take "y medio" and stand alone as vague plurals.
constexpr double kLargeMultiplier = 1e6;
constexpr double kSecondsPerHour = 3600;

const NumberWord* WordAt(const Language& lang, const TokenRange& text, size_t j) {
  if (j >= text.end || text.At(j).kind != TokenKind::kWord) return nullptr;
  auto it = lang.number_words.find(std::string(text.Text(j)));
  return it == lang.number_words.end() ? nullptr : &it->second;
}

// After a large multiplier, "y medio" adds half of it: "dos millones y medio", "1,5 millones y medio"
// is not Spanish but "un millón y medio" is. Returns the token after the half word, or j.
size_t HalfOfMultiplier(const Language& lang, const TokenRange& text, size_t j, double multiplier,
                        double* value) {
  if (multiplier < kLargeMultiplier || lang.connector.empty() || j + 1 >= text.end) return j;
  if (text.Text(j) != lang.connector) return j;
  const NumberWord* half = WordAt(lang, text, j + 1);
  if (!half || half->role != NumberRole::kHalf) return j;
  *value += half->value * multiplier;
  return j + 2;
}

// Consumes multiplier words after a value: "10 millones", "dos mil", "mil millones".
size_t ApplyMultipliers(const Language& lang, const TokenRange& text, size_t j, double* value, bool* any) {
  double last = 0;
  while (const NumberWord* w = WordAt(lang, text, j)) {
    if (w->role != NumberRole::kMultiplier) break;
    *value *= w->value;
    last = w->value;
    *any = true;
    ++j;
  }
  return *any ? HalfOfMultiplier(lang, text, j, last, value) : j;
}

bool ParseWords(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  double total = 0, small = 0;
  double floor = std::numeric_limits<double>::infinity();
  bool any = false, weak = false, half = false;
  NumberRole last = NumberRole::kUnit;
  size_t j = i;
  while (j < text.end) {
    if (any && !lang.connector.empty() && text.Text(j) == lang.connector && last == NumberRole::kTens) {
      const NumberWord* next = WordAt(lang, text, j + 1);
      if (next && (next->role == NumberRole::kUnit || next->role == NumberRole::kOne)) {
        ++j;
        continue;
      }
      break;
    }
    const NumberWord* w = WordAt(lang, text, j);
    if (!w) break;
    switch (w->role) {
      case NumberRole::kOne:
        if (any && last != NumberRole::kTens) goto done;
        if (!any) weak = true;
        small += 1;
        floor = 0;
        break;
      case NumberRole::kHalf: {
        if (any) goto done;
        small = w->value;
        any = true;
        ++j;
        // "medio millón": half of a multiplier is a plain number; alone it needs a unit.
        const NumberWord* next = WordAt(lang, text, j);
        if (next && next->role == NumberRole::kMultiplier) {
          small *= next->value;
          ++j;
        } else {
          weak = half = true;
        }
        goto done;
      }
      case NumberRole::kUnit:
      case NumberRole::kTeen:
      case NumberRole::kTens:
      case NumberRole::kHundreds:
        if (w->value >= floor) goto done;
        small += w->value;
        floor = w->role == NumberRole::kHundreds ? 100 : (w->role == NumberRole::kTens ? 10 : 0);
        weak = false;
        break;
      case NumberRole::kMultiplier:
        if (!any && w->value >= kLargeMultiplier) goto done;  // "millones" alone is a vague amount
        if (w->value >= kLargeMultiplier) {
          total += (small == 0 ? 1 : small) * w->value;
          small = 0;
          j = HalfOfMultiplier(lang, text, j + 1, w->value, &total) - 1;
        } else {
          small = (small == 0 ? 1 : small) * w->value;
        }
        floor = std::numeric_limits<double>::infinity();
        weak = false;
        break;
    }
    any = true;
    last = w->role;
    ++j;
  }
done:
  if (!any) return false;
  out->value = total + small;
  out->end = j;
  out->weak = weak;
  out->half = half;
  return true;
}

// "12.30 horas", "a las 9.15 h": hours and minutes written with the thousands separator, before an
// hour unit, are a clock time.
bool IsClockBeforeHourUnit(const Language& lang, const TokenRange& text, size_t i) {
  std::string_view s = text.Text(i);
  if (lang.thousands_separator.empty()) return false;
  size_t sep = s.find(lang.thousands_separator[0]);
  if (sep == std::string_view::npos || sep == 0 || sep > 2 || s.size() - sep - 1 != 2) return false;
  int hours = std::stoi(std::string(s.substr(0, sep)));
  int minutes = std::stoi(std::string(s.substr(sep + 1)));
  if (hours > 24 || minutes > 59) return false;
  PhraseTable::Match m;
  if (!lang.duration_table.LongestAt(text, i + 1, &m)) return false;
  return lang.duration_units[static_cast<size_t>(m.id)].seconds == kSecondsPerHour;
}

// "12 000", "3 500 000": when the language's thousands separators include a space, groups of
// exactly three digits one space apart continue the number. Returns the last token of the number.
size_t JoinSpaceGroups(const Language& lang, const TokenRange& text, size_t i) {
  if (lang.thousands_separator.find(' ') == std::string::npos) return i;
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
    if (digits != 3 || (digits < g.size() && g.substr(digits, 1) != lang.decimal_separator)) break;
    ++last;
    if (digits < g.size()) break;
  }
  return last;
}

// "hora y media": a singular duration unit followed by the connector and a half word implies "una".
bool ImpliedOneBeforeHalf(const Language& lang, const TokenRange& text, size_t i) {
  PhraseTable::Match unit;
  if (!lang.duration_table.LongestAt(text, i, &unit) || unit.end + 1 >= text.end) return false;
  if (lang.connector.empty() || text.Text(unit.end) != lang.connector) return false;
  const NumberWord* half = WordAt(lang, text, unit.end + 1);
  if (!half || half->role != NumberRole::kHalf) return false;
  // the half word must end the duration: "hora y media" but not "horas y media hora"
  PhraseTable::Match again;
  return !lang.duration_table.LongestAt(text, unit.end + 2, &again);
}

}  // namespace

bool ParseNumberAt(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  *out = NumberMatch();
  const Token& t = text.At(i);
  if (t.kind == TokenKind::kNumber) {
    // A clock time or score "01:45" is not a number claim.
    if (i + 2 < text.end && text.Text(i + 1) == ":" && text.At(i + 2).kind == TokenKind::kNumber) return false;
    if (i > text.begin + 1 && text.Text(i - 1) == ":" && text.At(i - 2).kind == TokenKind::kNumber) return false;
    std::string_view s = text.Text(i);
    if (IsClockBeforeHourUnit(lang, text, i)) return false;
    size_t last = JoinSpaceGroups(lang, text, i);
    std::string joined;
    if (last != i) {
      for (size_t k = i; k <= last; ++k) joined += text.Text(k);
      s = joined;
    }
    if (!ParseDigits(lang, s, &out->value)) return false;
    out->digits = true;
    out->plain_digits = last == i && s.find_first_not_of("0123456789") == std::string_view::npos;
    out->end = last + 1;
    i = last;
    // "2º", "1.º", "3er": an ordinal suffix written against the digits.
    size_t j = i + 1;
    if (j < text.end && text.Text(j) == "." && j + 1 < text.end && text.At(j + 1).begin == text.At(j).end) ++j;
    if (j < text.end && text.At(j).begin == text.At(j - 1).end &&
        lang.ordinal_suffixes.count(std::string(text.Text(j)))) {
      out->ordinal = true;
      out->end = j + 1;
      return true;
    }
    bool multiplied = false;
    out->end = ApplyMultipliers(lang, text, i + 1, &out->value, &multiplied);
    if (multiplied) out->plain_digits = false;
    return true;
  }
  if (t.kind != TokenKind::kWord) return false;
  if (ImpliedOneBeforeHalf(lang, text, i)) {
    out->value = 1;
    out->end = i;
    out->weak = true;
    out->implied = true;
    return true;
  }
  std::string w(text.Text(i));
  if (auto it = lang.ordinal_words.find(w); it != lang.ordinal_words.end()) {
    out->ordinal = true;
    out->value = it->second;
    out->end = i + 1;
    return true;
  }
  PhraseTable::Match vague;
  bool has_vague = lang.vague_table.LongestAt(text, i, &vague);
  NumberMatch words;
  bool has_words = ParseWords(lang, text, i, &words);
  if (has_vague && (!has_words || vague.end >= words.end)) {
    out->vague = true;
    out->interval = lang.vague[static_cast<size_t>(vague.id)].interval;
    out->end = vague.end;
    return true;
  }
  if (has_words) {
    *out = words;
    return true;
  }
  return false;
}

}  // namespace contraste
