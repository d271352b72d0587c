#include "extract/temporal_tokens.h"

#include "extract/temporal_word_classes.h"

namespace contraste {

TemporalTokens::TemporalTokens(const Language& lang, const TokenRange& text) : lang_(lang), t_(text) {
  const size_t n = t_.end > t_.begin ? t_.end - t_.begin : 0;
  classes_.resize(n);
  for (size_t k = 0; k < n; ++k) {
    const size_t i = t_.begin + k;
    uint64_t c = lang.temporal.classes.Of(t_, i);  // both lexicons' classes (language_loader.cc)
    if (t_.At(i).kind == TokenKind::kNumber) c |= kNumberToken;
    classes_[k].here = c;
  }
  uint64_t after = 0;
  for (size_t k = n; k-- > 0;) classes_[k].later = after |= classes_[k].here;
}

bool TemporalTokens::NumberAt(size_t i, NumberMatch* out) const {
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
