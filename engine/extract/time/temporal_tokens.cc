#include "extract/time/temporal_tokens.h"

#include "lang/temporal_word_classes.h"

namespace contraste {

TemporalTokens::TemporalTokens(const Language& lang, const TokenRange& text) : lang_(lang), t_(text) {
  const size_t n = t_.end > t_.begin ? t_.end - t_.begin : 0;
  classes_.resize(n);
  // Backwards, so that the next token's second-word classes are known when a token is classed.
  uint64_t after = 0, second_after = 0;
  uint64_t next[kNearTokens] = {};  // `here` of the tokens after k, nearest first
  for (size_t k = n; k-- > 0;) {
    const size_t i = t_.begin + k;
    // both lexicons' classes (language_loader.cc)
    const TemporalWordClasses::Word& w = lang.temporal.classes.WordOf(t_, i);
    uint64_t c = w.classes;
    if (t_.At(i).kind == TokenKind::kNumber) c |= kNumberToken;
    classes_[k].here = c;
    classes_[k].later = after |= c;
    classes_[k].phrase = w.whole | (w.classes & second_after);
    second_after = w.second;
    uint64_t near = 0;
    for (size_t d = kNearTokens; d-- > 0;) {
      near |= next[d];
      next[d] = d > 0 ? next[d - 1] : c;
    }
    classes_[k].near = near;
  }
}

TemporalTokens::TemporalTokens(const Language& lang, const TokenRange& text, const SentenceNumbers& numbers)
    : TemporalTokens(lang, text) {
  if (numbers.text().begin == text.begin && numbers.text().end == text.end) shared_numbers_ = &numbers;
}

bool TemporalTokens::NumberAt(size_t i, NumberMatch* out) const {
  if (shared_numbers_) return shared_numbers_->At(i, out);
  if (i < t_.begin || i >= t_.end) return ParseNumberAt(lang_, t_, i, out);
  if (number_state_.empty()) {
    number_state_.assign(classes_.size(), 0);
    numbers_.resize(classes_.size());
  }
  const size_t k = i - t_.begin;
  if (number_state_[k] == 0) number_state_[k] = ParseNumberAt(lang_, t_, i, &numbers_[k]) ? 2 : 1;
  if (number_state_[k] == 1) return false;
  *out = numbers_[k];
  return true;
}

}  // namespace contraste
