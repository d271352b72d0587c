#include "extract/numbers/number_locale.h"

#include <fmt/format.h>

#include <vector>

#include "core/ascii_digits.h"
#include "extract/numbers/number_parser.h"

namespace contraste {

namespace {

// "12.30", "9.15": hours and two-digit minutes joined by the clock separator. Such a number may
// be a time even with no hour unit after it ("a las 12.30"), so it decides no convention.
bool ShapedLikeClock(const Language& lang, std::string_view s) {
  const std::string& clock = lang.number_forms.clock_separator;
  if (clock.size() != 1) return false;
  const size_t sep = s.find(clock[0]);
  if (sep == std::string_view::npos || sep == 0 || sep > 2 || s.size() - sep - 1 != 2) return false;
  const std::string_view h = s.substr(0, sep), m = s.substr(sep + 1);
  if (!IsAsciiDigits(h) || !IsAsciiDigits(m)) return false;
  const int hours = h.size() == 1 ? h[0] - '0' : (h[0] - '0') * 10 + (h[1] - '0');
  const int minutes = (m[0] - '0') * 10 + (m[1] - '0');
  return hours <= 24 && minutes <= 59;
}

// Index of the one convention that writes the number at token i, or -1 (none, several, or no
// number there).
int OnlyConventionAt(const Language& lang, const TokenRange& all, size_t i) {
  if (all.At(i).kind != TokenKind::kNumber) return -1;
  const std::string_view s = all.Text(i);
  if (s.find_first_of(".,") == std::string_view::npos || ShapedLikeClock(lang, s)) return -1;
  int only = -1;
  const auto& conventions = lang.number_locales.conventions;
  for (size_t c = 0; c < conventions.size(); ++c) {
    if (!WrittenAs(conventions[c].numbers, s)) continue;
    if (only >= 0) return -1;
    only = static_cast<int>(c);
  }
  if (only >= 0 && DigitsAreNoNumber(lang, all, i)) return -1;
  return only;
}

}  // namespace

bool WrittenAs(const NumberConvention& numbers, std::string_view s) {
  const char thou = numbers.Thousands(), dec = numbers.Decimal();
  const size_t d = s.find(dec);
  const std::string_view whole = s.substr(0, d);
  if (d != std::string_view::npos && !IsAsciiDigits(s.substr(d + 1))) return false;
  if (IsAsciiDigits(whole)) return true;
  // grouped: 1-3 digits (not a lone zero), then groups of three
  size_t sep = whole.find(thou);
  if (sep == std::string_view::npos || sep == 0 || sep > 3 || (sep == 1 && whole[0] == '0')) return false;
  if (!IsAsciiDigits(whole.substr(0, sep))) return false;
  for (size_t pos = sep + 1;; pos = sep + 1) {
    sep = whole.find(thou, pos);
    const std::string_view group = whole.substr(pos, sep == std::string_view::npos ? std::string_view::npos : sep - pos);
    if (group.size() != 3 || !IsAsciiDigits(group)) return false;
    if (sep == std::string_view::npos) return true;
  }
}

Result<DocumentLocale> ChooseNumberLocale(const Language& lang, const Document& doc, AnalyzedText* text) {
  const NumberLocales& locales = lang.number_locales;
  DocumentLocale chosen;
  if (doc.locale.source == LocaleSource::kDeclared) {
    const int c = locales.ConventionOf(doc.locale.tag);
    if (c < 0) {
      Error err = MakeError(ErrorCode::kBadMetadata,
                            fmt::format("locale '{}' has no number convention in the '{}' language data (known: {})",
                                        doc.locale.tag, lang.code, fmt::join(locales.AllLocales(), ", ")));
      err.file = doc.path;
      return err;
    }
    chosen.tag = locales.CanonicalTag(doc.locale.tag);
    chosen.source = LocaleSource::kDeclared;
    text->numbers = &locales.conventions[static_cast<size_t>(c)].numbers;
    return chosen;
  }
  // Votes of the numbers only one convention writes, and the first of each.
  std::vector<size_t> votes(locales.conventions.size(), 0);
  std::vector<size_t> first(locales.conventions.size(), 0);
  const TokenRange all = text->AllTokens();
  for (size_t i = all.begin; i < all.end; ++i) {
    const int c = OnlyConventionAt(lang, all, i);
    if (c < 0) continue;
    if (votes[static_cast<size_t>(c)]++ == 0) first[static_cast<size_t>(c)] = i;
  }
  size_t best = 0, total = 0, leaders = 0;
  for (size_t c = 0; c < votes.size(); ++c) {
    total += votes[c];
    if (votes[c] > votes[best]) best = c;
  }
  for (size_t v : votes) leaders += v == votes[best] ? 1 : 0;
  if (votes[best] == 0 || leaders > 1) {  // nothing decides, or a tie: the default
    chosen.tag = locales.default_locale;
    chosen.source = LocaleSource::kAssumed;
    text->numbers = &locales.Default();
    return chosen;
  }
  LocaleEvidence evidence;
  evidence.offset = text->OrigBegin(first[best]);
  evidence.quote = doc.bytes.substr(evidence.offset, text->OrigEnd(first[best]) - evidence.offset);
  evidence.agreeing = votes[best];
  evidence.disagreeing = total - votes[best];
  chosen.tag = best == locales.default_convention ? locales.default_locale : locales.conventions[best].locales.front();
  chosen.source = LocaleSource::kInferred;
  chosen.evidence = std::move(evidence);
  text->numbers = &locales.conventions[best].numbers;
  return chosen;
}

}  // namespace contraste
