// The tokens of one sentence as the temporal recognizers read them: each token's word classes
// (extract/temporal_word_classes.h), looked up once per sentence, and the number parse at each
// token, made at most once per sentence however many sub-parsers ask for it. Both the single-date
// reader (temporal_recognizer.cc) and the period reader (date_period_recognizer.cc) read through it.
//
//   TemporalTokens tokens(lang, sentence);
//   if (tokens.Is(i, kMonthWord)) { ... }                  // one bit test
//   if (tokens.Later(i, kWeekdayWord)) { ... }             // some token in [i, end) is a weekday
//   if (tokens.Near(i, kDayMonthLinkWord)) { ... }         // ... in the four tokens after i
//   NumberMatch n;
//   if (tokens.NumberAt(i, &n)) { ... }                    // ParseNumberAt, memoized
//
// Cost: construction is one WordMap probe per token and one allocation; Is, Later, Near and
// PhraseMayStartAt are a bit test; NumberAt calls ParseNumberAt once per token and copies its
// answer after that. Built over the sentence's SentenceNumbers (extract/sentence_numbers.h), it
// asks those instead, so a number the mention extractor has parsed is not parsed again.
// Not thread-safe (memo).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/numbers/number_parser.h"
#include "extract/numbers/sentence_numbers.h"
#include "extract/time/temporal_expression.h"
#include "lang/temporal_word_classes.h"
#include "lang/language.h"

namespace contraste {

class TemporalTokens {
 public:
  TemporalTokens(const Language& lang, const TokenRange& text);
  // Numbers read through `numbers` (over the same tokens as `text`; it must outlive this object).
  TemporalTokens(const Language& lang, const TokenRange& text, const SentenceNumbers& numbers);

  const TokenRange& range() const { return t_; }
  // The folded text of token i; empty past the end.
  std::string_view Text(size_t i) const { return i < t_.end ? t_.Text(i) : std::string_view(); }
  bool IsWord(size_t i) const { return i < t_.end && t_.At(i).kind == TokenKind::kWord; }
  // True when token i (inside the range) has one of `classes` (TemporalWordClass bits).
  bool Is(size_t i, uint64_t classes) const {
    return i >= t_.begin && i < t_.end && (classes_[i - t_.begin].here & classes) != 0;
  }
  // True when a phrase of a table of `first_classes` (kRelativePeriodFirst, ...) may start at
  // token i: token i is a whole phrase of such a table, or its first word before the second word
  // of one of its phrases. False only when no such table matches at i.
  // Told per class: a second word of another table's phrases does not count.
  bool PhraseMayStartAt(size_t i, uint64_t first_classes) const {
    return i >= t_.begin && i < t_.end && (classes_[i - t_.begin].phrase & first_classes) != 0;
  }
  // True when some token in [i, end) has one of `classes`.
  bool Later(size_t i, uint64_t classes) const {
    return i >= t_.begin && i < t_.end && (classes_[i - t_.begin].later & classes) != 0;
  }
  // True when one of the kNearTokens tokens after i (inside the range) has one of `classes`.
  static constexpr size_t kNearTokens = 4;
  bool Near(size_t i, uint64_t classes) const {
    return i >= t_.begin && i < t_.end && (classes_[i - t_.begin].near & classes) != 0;
  }
  // ParseNumberAt(lang, range(), i, out), computed once per token of the range.
  bool NumberAt(size_t i, NumberMatch* out) const;

 private:
  const Language& lang_;
  const TokenRange& t_;
  struct Classes {
    uint64_t here;    // of the token
    uint64_t later;   // of the token and all after it
    uint64_t phrase;  // the first-word classes whose tables may have a phrase starting here
    uint64_t near;    // of the kNearTokens tokens after it
  };
  std::vector<Classes> classes_;  // by token - begin
  const SentenceNumbers* shared_numbers_ = nullptr;  // the mention extractor's parses, when given
  mutable std::vector<int8_t> number_state_;  // 0 not parsed, 1 no number, 2 number (lazy)
  mutable std::vector<NumberMatch> numbers_;
};

// The answers of a parser of expressions at each token of a range, each computed once.
//
//   ExpressionMemo memo(range);
//   bool ok = memo.Get(i, &e, [&](size_t at, TemporalExpression* x) { return Parse(at, x); });
class ExpressionMemo {
 public:
  // Allocates nothing until the first Get inside the range.
  explicit ExpressionMemo(const TokenRange& text) : begin_(text.begin), size_(text.end - text.begin) {}

  // parse(i, out) the first time i is asked for; its stored answer after that. Past the range
  // parse is called every time.
  template <typename Parse>
  bool Get(size_t i, TemporalExpression* out, const Parse& parse) const {
    if (i < begin_ || i - begin_ >= size_) return parse(i, out);
    if (slots_.empty()) slots_.assign(size_, kUnknown);
    const size_t at = i - begin_;
    if (slots_[at] == kUnknown) {
      TemporalExpression e;  // parse may fill other slots (never this one) and grow found_
      if (parse(i, &e)) {
        found_.push_back(std::move(e));
        slots_[at] = static_cast<int32_t>(found_.size() - 1);
      } else {
        slots_[at] = kNone;
      }
    }
    const int32_t k = slots_[at];
    if (k == kNone) return false;
    *out = found_[static_cast<size_t>(k)];
    return true;
  }

 private:
  static constexpr int32_t kUnknown = -2, kNone = -1;
  size_t begin_, size_;
  mutable std::vector<int32_t> slots_;  // by token - begin_: kUnknown, kNone or index into found_
  mutable std::vector<TemporalExpression> found_;
};

}  // namespace contraste
