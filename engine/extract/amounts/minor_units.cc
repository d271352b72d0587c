#include "extract/amounts/minor_units.h"

#include <fmt/format.h>

#include <cmath>

#include "extract/amounts/value_context.h"

namespace contraste {

namespace {

bool IsWholeValue(double v) { return std::fabs(v - std::round(v)) < 1e-9; }

const MeasureUnit* UnitOf(const Language& lang, const std::string& id) {
  for (const MeasureUnit& u : lang.measure_units) {
    if (u.id == id) return &u;
  }
  return nullptr;
}

// A bare count of coins ends its clause, or a link word follows it ("one dollar and two and three
// points"); a word after it makes the number a count of something else ("15 dollars 50 people").
bool EndsBareCoins(const Language& lang, const TokenRange& text, size_t end) {
  if (end >= text.end) return true;
  if (text.At(end).kind == TokenKind::kPunct) {
    const std::string_view p = text.Text(end);
    return p != "/" && p != "-" && p != "%";
  }
  return lang.minor_links.Contains(text, end);
}

}  // namespace

void JoinMinorUnits(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  for (size_t a = 0; a + 1 < ms.size(); ++a) {
    Mention& major = ms[a];
    if (major.kind != MentionKind::kQuantity || major.vague || !IsWholeValue(major.amount) || major.amount < 0) continue;
    const MeasureUnit* unit = UnitOf(lang, major.unit);
    if (unit == nullptr || unit->minor < 0) continue;
    const MeasureUnit& coin = lang.measure_units[static_cast<size_t>(unit->minor)];
    size_t at = major.end_token;
    if (at < text.end && lang.minor_links.Contains(text, at)) ++at;
    // The coins' mention: the one whose number starts at `at` ("USD 25" of "17 USD 25" begins
    // with the major's own unit, read again as a prefix).
    size_t b = a + 1;
    while (b < ms.size() && ms[b].begin_token <= at &&
           !(ms[b].number_token == at && (ms[b].kind == MentionKind::kQuantity || ms[b].kind == MentionKind::kNumber ||
                                          ms[b].kind == MentionKind::kWeakNumber))) {
      ++b;
    }
    if (b >= ms.size() || ms[b].begin_token > at || !ms[b].hedge.empty() || ms[b].vague) continue;
    const Mention& coins = ms[b];
    const bool counted = coins.kind == MentionKind::kQuantity && coins.unit == coin.id && coins.begin_token == at;
    const bool prefixed = coins.kind == MentionKind::kQuantity && coins.unit == major.unit && coins.begin_token < at &&
                          coins.begin_token >= major.number_token;
    const bool bare = (coins.kind != MentionKind::kQuantity || prefixed) && EndsBareCoins(lang, text, coins.end_token);
    if (!(counted || bare) || !IsWholeValue(coins.amount) || coins.amount < 1 || coins.amount >= unit->minor_per) continue;
    const double add = coins.amount / unit->minor_per;
    major.end_token = coins.end_token;
    major.amount += add;
    major.interval = Interval{major.interval.lo + add, major.interval.hi + add, major.interval.lo_open, major.interval.hi_open};
    major.normalized = fmt::format("{} {}", FormatAmount(major.amount), major.unit);
    ms.erase(ms.begin() + static_cast<long>(b));
  }
}

}  // namespace contraste
