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

const NumberWord* WordAt(const Language& lang, const TokenRange& text, size_t j) {
  if (j >= text.end || text.At(j).kind != TokenKind::kWord) return nullptr;
  auto it = lang.number_words.find(std::string(text.Text(j)));
  return it == lang.number_words.end() ? nullptr : &it->second;
}

// Consumes multiplier words after a value: "10 millones", "dos mil", "mil millones".
size_t ApplyMultipliers(const Language& lang, const TokenRange& text, size_t j, double* value, bool* any) {
  while (const NumberWord* w = WordAt(lang, text, j)) {
    if (w->role != NumberRole::kMultiplier) break;
    *value *= w->value;
    *any = true;
    ++j;
  }
  return j;
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
      case NumberRole::kHalf:
        if (any) goto done;
        small = 0.5;
        weak = half = true;
        any = true;
        ++j;
        goto done;
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
        if (!any && w->value >= 1e6) goto done;  // "millones" alone is a vague amount
        if (w->value >= 1e6) {
          total += (small == 0 ? 1 : small) * w->value;
          small = 0;
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

}  // namespace

bool ParseNumberAt(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out) {
  *out = NumberMatch();
  const Token& t = text.At(i);
  if (t.kind == TokenKind::kNumber) {
    // A clock time or score "01:45" is not a number claim.
    if (i + 2 < text.end && text.Text(i + 1) == ":" && text.At(i + 2).kind == TokenKind::kNumber) return false;
    if (i > text.begin + 1 && text.Text(i - 1) == ":" && text.At(i - 2).kind == TokenKind::kNumber) return false;
    std::string_view s = text.Text(i);
    if (!ParseDigits(lang, s, &out->value)) return false;
    out->digits = true;
    out->plain_digits = s.find_first_not_of("0123456789") == std::string_view::npos;
    out->end = i + 1;
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
