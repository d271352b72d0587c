#include "claims/bare_amounts.h"

#include <unicode/ucurr.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include <fmt/format.h>

#include "extract/amounts/value_context.h"
#include "text/tokenizer.h"

namespace contraste {

namespace {

constexpr double kLeastBareAmount = 1e6;  // "un millón": smaller amounts are written with their unit

bool IsCurrency(const Language& lang, const std::string& unit) {
  auto it = lang.measures.unit_by_id.find(unit);
  return it != lang.measures.unit_by_id.end() && lang.measure_units[static_cast<size_t>(it->second)].kind == "currency";
}

// The language's currency unit for the ISO 4217 code `code` ("EUR"): the unit whose words hold the
// code (units.yaml), else the code's own unit (measures.yaml `currency_codes`). Empty: none.
std::string UnitOfCode(const Language& lang, const std::string& code) {
  std::string folded = code;
  std::transform(folded.begin(), folded.end(), folded.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::vector<Token> tokens;
  Tokenize(folded, 0, folded.size(), &tokens);
  if (tokens.size() != 1) return "";
  TokenRange range{folded, &tokens, 0, 1, nullptr};
  PhraseTable::Match hit;
  if (!lang.measure_table.LongestAt(range, 0, &hit) || hit.end != 1) return "";
  const MeasureUnit& unit = lang.measure_units[static_cast<size_t>(hit.id)];
  return unit.kind == "currency" ? unit.id : "";
}

// The currency ICU gives the locale `tag` ("es-ES" -> "EUR"), or empty.
std::string AskIcuCurrencyCode(const std::string& tag) {
  if (tag.empty()) return "";
  UErrorCode status = U_ZERO_ERROR;
  char locale[ULOC_FULLNAME_CAPACITY] = {};
  uloc_forLanguageTag(tag.c_str(), locale, sizeof locale, nullptr, &status);
  if (U_FAILURE(status)) return "";
  UChar buffer[8] = {};
  const int32_t length = ucurr_forLocale(locale, buffer, 8, &status);
  if (U_FAILURE(status) || length != 3) return "";
  std::string code;
  for (int32_t i = 0; i < length; ++i) {
    if (buffer[i] > 0x7f) return "";
    code.push_back(static_cast<char>(buffer[i]));
  }
  return code;
}

// AskIcuCurrencyCode, asked once per thread and tag: ICU's answer does not change within a run, and
// finding it (uloc_forLanguageTag, ucurr_forLocale) cost more than the rest of ArticleCurrency.
// A corpus has few tags; past kMostTags distinct ones, ICU is asked each time.
std::string LocaleCurrencyCode(const std::string& tag) {
  constexpr size_t kMostTags = 64;
  thread_local std::unordered_map<std::string, std::string> known;
  if (auto it = known.find(tag); it != known.end()) return it->second;
  std::string code = AskIcuCurrencyCode(tag);
  if (known.size() < kMostTags) known.emplace(tag, code);
  return code;
}

bool IsBareAmount(const TokenRange& t, const Mention& m) {
  return m.kind == MentionKind::kNumber && !m.vague && m.amount >= kLeastBareAmount && m.end_token > m.number_token &&
         m.end_token <= t.end && t.At(m.end_token - 1).kind == TokenKind::kWord;
}

}  // namespace

std::string ArticleCurrency(const Language& lang, const std::string& locale_tag,
                            const std::vector<std::vector<Mention>>& per_sentence) {
  std::string named;
  for (const std::vector<Mention>& ms : per_sentence) {
    for (const Mention& m : ms) {
      if (m.kind != MentionKind::kQuantity || !IsCurrency(lang, m.unit)) continue;
      if (named.empty()) {
        named = m.unit;
      } else if (named != m.unit) {
        return "";  // two currencies: a bare amount may be in either
      }
    }
  }
  if (!named.empty()) return named;
  const std::string code = LocaleCurrencyCode(locale_tag);
  return code.empty() ? "" : UnitOfCode(lang, code);
}

BareAmounts GiveBareAmountsCurrency(const Language& lang, const TokenRange& t, const std::string& currency,
                                    std::vector<Mention>* ms) {
  BareAmounts bare;
  if (currency.empty() || lang.measures.measures.empty()) return bare;
  for (Mention& m : *ms) {
    if (!IsBareAmount(t, m)) continue;
    bare.before.push_back(m);
    m.kind = MentionKind::kQuantity;
    m.unit = currency;
    m.normalized = fmt::format("{} {}", FormatAmount(m.amount), currency);
  }
  return bare;
}

void KeepMeasuredBareAmounts(const BareAmounts& bare, std::vector<Mention>* ms) {
  for (const Mention& was : bare.before) {
    for (Mention& m : *ms) {
      if (m.begin_token != was.begin_token || m.end_token != was.end_token || m.kind != MentionKind::kQuantity) continue;
      if (m.measure < 0) m = was;
      break;
    }
  }
}

}  // namespace contraste
