// The number that starts at each token of one sentence (ParseNumberAt), parsed at most once
// however many recognizers ask for it: the mention extractor, the range recognizer
// (extract/number_range_recognizer.h) and the duration spans read numbers through it, so a
// token that both bounds a range and stands as a number is parsed once.
//
//   SentenceNumbers numbers(lang, sentence);
//   NumberMatch n;
//   if (numbers.At(i, &n)) { /* n.value, n.end ... */ }
//
// Cost: construction allocates nothing; the first At inside the range sets one int32 slot per
// token, inside the object for a sentence of up to kInlineTokens tokens (nearly all), allocated
// only for a longer one; each token is parsed once, and a number found is kept (only those: the
// first kInlineFound inside the object) and copied after that. Past the range At parses every
// time. *out is left as it was when At returns false. Not thread-safe (memo); not copyable (the
// slots may point into the object itself).
#pragma once

#include <cstdint>
#include <vector>

#include "extract/numbers/number_parser.h"
#include "lang/language.h"

namespace contraste {

class SentenceNumbers {
 public:
  // `text` must outlive this object.
  SentenceNumbers(const Language& lang, const TokenRange& text) : lang_(lang), t_(text) {}
  SentenceNumbers(const SentenceNumbers&) = delete;
  SentenceNumbers& operator=(const SentenceNumbers&) = delete;

  const Language& lang() const { return lang_; }
  const TokenRange& text() const { return t_; }
  // ParseNumberAt(lang(), text(), i, out), computed once per token of the range.
  bool At(size_t i, NumberMatch* out) const;

 private:
  static constexpr int32_t kUnknown = -2, kNone = -1;
  static constexpr size_t kInlineTokens = 128, kInlineFound = 8;
  const Language& lang_;
  const TokenRange& t_;
  // By token - begin: kUnknown, kNone or the number of the parse found there (inline_found_, then
  // more_found_). Null until the first At inside the range; then inline_slots_ or more_slots_.
  mutable int32_t* slots_ = nullptr;
  mutable int32_t inline_slots_[kInlineTokens];
  mutable std::vector<int32_t> more_slots_;
  mutable size_t found_ = 0;
  mutable NumberMatch inline_found_[kInlineFound];
  mutable std::vector<NumberMatch> more_found_;
};

}  // namespace contraste
