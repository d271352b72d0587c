#include "extract/amounts/number_range_recognizer.h"

#include <fmt/format.h>

#include <cmath>
#include <utility>

#include "extract/numbers/sentence_numbers.h"
#include "extract/amounts/value_context.h"

namespace contraste {

namespace {

// One number standing as a bound, its sign applied.
struct Stated {
  size_t start = 0;  // first token of the number itself
  size_t end = 0;    // one past its last token
  NumberMatch match;
  double value = 0;
};

// One comparison and its number: "mayor que 100", "500 o más", "igual a 5000 o menor".
struct OneSided {
  size_t begin = 0;
  size_t end = 0;
  RangeBound bound = RangeBound::kEqual;
  Stated number;
  bool ends_with_number = false;
};

bool Touching(const TokenRange& t, size_t left, size_t right) { return t.At(left).end == t.At(right).begin; }

// A number at `i`. With `prefix`, an article and a minus sign may come first ("el diez", "menos
// diez", "-30"; a sign written as punctuation must touch the number). Vague amounts, "un" or
// "medio" alone and implied numbers are no bounds (a fraction, "un cuarto", is); ordinals only
// when `ordinals`.
bool BoundAt(const SentenceNumbers& numbers, size_t i, bool prefix, bool ordinals, Stated* out) {
  const Language& lang = numbers.lang();
  const TokenRange& t = numbers.text();
  const RangeLexicon& lex = lang.ranges;
  bool negative = false;
  if (prefix) {
    PhraseTable::Match m;
    // "un 20": an article; "un millón" is a number that starts with the same word.
    if (lex.articles.LongestAt(t, i, &m) && BoundAt(numbers, m.end, true, ordinals, out)) return true;
    if (lex.negatives.LongestAt(t, i, &m) && m.end < t.end &&
        (t.At(i).kind != TokenKind::kPunct || Touching(t, m.end - 1, m.end))) {
      negative = true;
      i = m.end;
    }
  }
  if (i >= t.end) return false;
  NumberMatch n;
  if (!numbers.At(i, &n) || n.implied || n.vague || (n.weak && !n.fraction) || (n.ordinal && !ordinals)) {
    return false;
  }
  out->start = i;
  out->end = n.end;
  out->match = n;
  out->value = negative ? -n.value : n.value;
  return true;
}

bool BoundOfHedge(HedgeShape shape, RangeBound* out) {
  switch (shape) {
    case HedgeShape::kAbove: *out = RangeBound::kAbove; return true;
    case HedgeShape::kAtLeast: *out = RangeBound::kAtLeast; return true;
    case HedgeShape::kBelow: *out = RangeBound::kBelow; return true;
    case HedgeShape::kAtMost: *out = RangeBound::kAtMost; return true;
    default: return false;
  }
}

// A comparison written before a number, at `i`: the longer of ranges.yaml's `before` and the
// comparison hedges. One that starts with punctuation is not taken right after other punctuation
// it touches ("<>30", "=>30" are no comparisons).
bool ComparisonAt(const Language& lang, const TokenRange& t, size_t i, RangeBound* bound, size_t* end) {
  PhraseTable::Match a, h;
  bool has_a = lang.ranges.before.LongestAt(t, i, &a);
  RangeBound hb = RangeBound::kEqual;
  bool has_h = lang.hedge_table.LongestAt(t, i, &h) &&
               BoundOfHedge(lang.hedges[static_cast<size_t>(h.id)].shape, &hb);
  if (!has_a && !has_h) return false;
  if (t.At(i).kind == TokenKind::kPunct && i > t.begin && t.At(i - 1).kind == TokenKind::kPunct &&
      Touching(t, i - 1, i)) {
    return false;
  }
  if (has_a && (!has_h || a.end >= h.end)) {
    *bound = static_cast<RangeBound>(a.id);
    *end = a.end;
  } else {
    *bound = hb;
    *end = h.end;
  }
  return true;
}

// True when a comparison with its own number starts at a token of [from, to): then a phrase
// after a number over those tokens belongs to that comparison ("200 o más de 190").
bool ComparisonStartsIn(const SentenceNumbers& numbers, size_t from, size_t to) {
  const Language& lang = numbers.lang();
  const TokenRange& t = numbers.text();
  for (size_t k = from; k < to; ++k) {
    RangeBound b;
    size_t e;
    Stated s;
    if (ComparisonAt(lang, t, k, &b, &e) && BoundAt(numbers, e, true, false, &s)) return true;
  }
  return false;
}

// A phrase of `table` right after a number at `at`, unless a comparison takes its tokens.
bool PhraseAfter(const SentenceNumbers& numbers, const PhraseTable& table, size_t at,
                 PhraseTable::Match* m) {
  const TokenRange& t = numbers.text();
  return table.LongestAt(t, at, m) && !ComparisonStartsIn(numbers, at, m->end);
}

// The comparison at `i`, if any, with its number and what follows the number ("o igual", "o menor").
bool ComparisonFirstAt(const SentenceNumbers& numbers, size_t i, OneSided* out) {
  const Language& lang = numbers.lang();
  const TokenRange& t = numbers.text();
  RangeBound bound;
  size_t phrase_end;
  if (!ComparisonAt(lang, t, i, &bound, &phrase_end)) return false;
  if (!BoundAt(numbers, phrase_end, true, false, &out->number)) return false;
  out->begin = i;
  out->end = out->number.end;
  out->bound = bound;
  out->ends_with_number = true;
  PhraseTable::Match m;
  const RangeLexicon& lex = lang.ranges;
  if ((bound == RangeBound::kAbove || bound == RangeBound::kBelow) && PhraseAfter(numbers, lex.or_equal, out->end, &m)) {
    out->bound = bound == RangeBound::kAbove ? RangeBound::kAtLeast : RangeBound::kAtMost;
    out->end = m.end;
    out->ends_with_number = false;
  } else if (bound == RangeBound::kEqual && PhraseAfter(numbers, lex.after, out->end, &m)) {
    out->bound = static_cast<RangeBound>(m.id);
    out->end = m.end;
    out->ends_with_number = false;
  }
  return true;
}

// A number already parsed at `i` followed by a comparison: "500 o más", "30 como máximo".
bool NumberFirstAt(const SentenceNumbers& numbers, size_t i, const NumberMatch& n, OneSided* out) {
  const Language& lang = numbers.lang();
  if (n.implied || n.vague || (n.weak && !n.fraction) || n.ordinal) return false;
  PhraseTable::Match m;
  if (!PhraseAfter(numbers, lang.ranges.after, n.end, &m)) return false;
  out->begin = i;
  out->end = m.end;
  out->bound = static_cast<RangeBound>(m.id);
  out->number = {i, n.end, n, n.value};
  out->ends_with_number = false;
  return true;
}

bool OneSidedAt(const SentenceNumbers& numbers, size_t i, OneSided* out) {
  if (ComparisonFirstAt(numbers, i, out)) return true;
  NumberMatch n;
  return numbers.At(i, &n) && NumberFirstAt(numbers, i, n, out);
}

bool IsLower(RangeBound b) { return b == RangeBound::kAbove || b == RangeBound::kAtLeast; }
bool IsUpper(RangeBound b) { return b == RangeBound::kBelow || b == RangeBound::kAtMost; }

NumberRange FromOneSided(const OneSided& s) {
  NumberRange r;
  r.begin = s.begin;
  r.end = s.end;
  double v = s.number.value;
  switch (s.bound) {
    case RangeBound::kAbove: r.interval = {v, Interval::kInf, true, true}; break;
    case RangeBound::kAtLeast: r.interval = {v, Interval::kInf, false, true}; break;
    case RangeBound::kBelow: r.interval = {-Interval::kInf, v, true, true}; break;
    case RangeBound::kAtMost: r.interval = {-Interval::kInf, v, true, false}; break;
    case RangeBound::kEqual: r.interval = Interval::Point(v); break;
  }
  r.ends_with_number = s.ends_with_number;
  r.last_start = s.number.start;
  r.last = s.number.match;
  return r;
}

// "mayor que 10 y menor que 20": a lower and an upper comparison, joined, that leave some room.
bool JoinedAt(const SentenceNumbers& numbers, const OneSided& first, NumberRange* out) {
  const Language& lang = numbers.lang();
  const TokenRange& t = numbers.text();
  PhraseTable::Match j;
  OneSided second;
  if (!lang.ranges.joins.LongestAt(t, first.end, &j) || !OneSidedAt(numbers, j.end, &second)) return false;
  const OneSided* lower = IsLower(first.bound) ? &first : IsLower(second.bound) ? &second : nullptr;
  const OneSided* upper = IsUpper(first.bound) ? &first : IsUpper(second.bound) ? &second : nullptr;
  if (!lower || !upper || lower->number.value >= upper->number.value) return false;
  NumberRange lo = FromOneSided(*lower), hi = FromOneSided(*upper);
  *out = FromOneSided(second);  // the end of the range is the second comparison's
  out->begin = first.begin;
  out->interval = {lo.interval.lo, hi.interval.hi, lo.interval.lo_open, hi.interval.hi_open};
  return true;
}

// "20-30": digits on both sides of a dash, not inside a longer chain of digits and dashes or
// slashes (phone numbers "+1-222-2222", dates "2024/05-06").
bool DashChainAround(const TokenRange& t, size_t first, size_t last) {
  auto chain = [&](size_t k) {
    std::string_view s = t.Text(k);
    return t.At(k).kind == TokenKind::kPunct && (s == "-" || s == "/" || s == "+" || s == "–");
  };
  if (first > t.begin && chain(first - 1) && Touching(t, first - 1, first)) return true;
  return last + 1 < t.end && chain(last + 1) && Touching(t, last, last + 1);
}

// "entre 20 y 30 mil": a multiplier that ends the upper number applies to the lower one too,
// when that keeps the lower below the upper ("entre 500 y 2 mil" stays 500).
void ScaleLikeUpper(const Language& lang, const TokenRange& t, const Stated& hi, Stated* lo) {
  auto multiplier = [&](size_t last) -> double {
    const NumberWord* w = lang.number_words.Find(t, last);
    return !w || w->role != NumberRole::kMultiplier ? 0 : w->value;
  };
  if (lo->match.ordinal || hi.end - hi.start < 2 || multiplier(lo->end - 1) != 0) return;
  double m = multiplier(hi.end - 1);
  if (m != 0 && lo->value * m < hi.value) lo->value *= m;
}

// "entre 20 y 30", "de 5 a 10", "desde mil hasta mil quinientos" at `i`; `number` is the number
// parsed at `i` (for "20-30"), or null.
bool SpanAt(const SentenceNumbers& numbers, size_t i, const NumberMatch* number, NumberRange* out) {
  const Language& lang = numbers.lang();
  const TokenRange& t = numbers.text();
  const RangeLexicon& lex = lang.ranges;
  PhraseTable::Match opener, link;
  Stated lo, hi;
  if (lex.openers.LongestAt(t, i, &opener)) {
    if (!BoundAt(numbers, opener.end, true, true, &lo)) return false;
    if (!lex.connectors[static_cast<size_t>(opener.id)].LongestAt(t, lo.end, &link)) return false;
    if (!BoundAt(numbers, link.end, true, true, &hi)) return false;
  } else if (number && number->digits && !number->ordinal) {
    lo = {i, number->end, *number, number->value};
    if (!lex.dashes.LongestAt(t, lo.end, &link) || !BoundAt(numbers, link.end, false, false, &hi)) return false;
    if (!hi.match.digits || DashChainAround(t, i, hi.end - 1)) return false;
  } else {
    return false;
  }
  ScaleLikeUpper(lang, t, hi, &lo);
  if (hi.value <= lo.value || lo.match.ordinal != hi.match.ordinal) return false;
  out->begin = i;
  out->end = hi.end;
  out->interval = Interval::Between(lo.value, hi.value);
  out->span = true;
  out->ordinal = lo.match.ordinal;
  out->ends_with_number = true;
  out->last_start = hi.start;
  out->last = hi.match;
  return true;
}

std::string BoundText(double v) { return std::isinf(v) ? "" : FormatAmount(v); }

}  // namespace

std::string NumberRange::Notation(const RangeLexicon& lex) const {
  bool hi_open = interval.hi_open || (span && lex.span_upper_open);
  return fmt::format("{}{},{}{}", interval.lo_open ? '(' : '[', BoundText(interval.lo), BoundText(interval.hi),
                     hi_open ? ')' : ']');
}

std::vector<NumberRange> FindNumberRanges(const SentenceNumbers& numbers) {
  const Language& lang = numbers.lang();
  const TokenRange& t = numbers.text();
  std::vector<NumberRange> out;
  for (size_t i = t.begin; i < t.end;) {
    // Most tokens start no number, hedge, opener nor comparison: nothing below can start there
    // (a few bit tests, before the bounds below are built).
    PhraseTable::Match any, hedge;
    const bool has_hedge = lang.hedge_table.LongestAt(t, i, &hedge);
    if (t.At(i).kind != TokenKind::kNumber && !has_hedge && !lang.ranges.number_words.LongestAt(t, i, &any) &&
        !lang.ranges.openers.LongestAt(t, i, &any) && !lang.ranges.before.LongestAt(t, i, &any)) {
      ++i;
      continue;
    }
    // A hedge that is no comparison hides the comparison inside it: "poco más de dos" is no (2,).
    RangeBound unused;
    if (has_hedge && !BoundOfHedge(lang.hedges[static_cast<size_t>(hedge.id)].shape, &unused)) {
      i = hedge.end;
      continue;
    }
    NumberRange r;
    OneSided one;
    NumberMatch n;
    PhraseTable::Match word;
    bool number = (t.At(i).kind == TokenKind::kNumber || lang.ranges.number_words.LongestAt(t, i, &word)) &&
                  numbers.At(i, &n);
    if (SpanAt(numbers, i, number ? &n : nullptr, &r)) {
      // found
    } else if (ComparisonFirstAt(numbers, i, &one) || (number && NumberFirstAt(numbers, i, n, &one))) {
      if (!JoinedAt(numbers, one, &r)) r = FromOneSided(one);
    } else {
      i = number ? std::max(n.end, i + 1) : i + 1;
      continue;
    }
    out.push_back(r);
    i = r.end;
  }
  return out;
}

}  // namespace contraste

namespace contraste {

void AddRangeMentions(const Language& lang, const std::vector<NumberRange>& ranges, std::vector<Mention>* mentions) {
  size_t before = mentions->size();
  for (const NumberRange& r : ranges) {
    bool in_date = false;
    for (size_t k = 0; k < before; ++k) {
      const Mention& d = (*mentions)[k];
      in_date = in_date || (d.kind == MentionKind::kDate && d.begin_token < r.end && r.begin < d.end_token);
    }
    if (in_date) continue;
    Mention m;
    m.kind = MentionKind::kRange;
    m.begin_token = r.begin;
    m.end_token = r.end;
    m.number_token = r.last_start;
    m.interval = r.interval;
    m.normalized = r.Notation(lang.ranges);
    mentions->push_back(std::move(m));
  }
}

}  // namespace contraste
