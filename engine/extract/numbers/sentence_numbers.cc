#include "extract/numbers/sentence_numbers.h"

#include <algorithm>

namespace contraste {

bool SentenceNumbers::At(size_t i, NumberMatch* out) const {
  if (i < t_.begin || i >= t_.end) return ParseNumberAt(lang_, t_, i, out);
  if (!slots_) {
    const size_t tokens = t_.end - t_.begin;
    if (tokens <= kInlineTokens) {
      slots_ = inline_slots_;
    } else {
      more_slots_.resize(tokens);
      slots_ = more_slots_.data();
    }
    std::fill(slots_, slots_ + tokens, kUnknown);
  }
  int32_t& slot = slots_[i - t_.begin];
  if (slot == kUnknown) {
    NumberMatch m;
    if (ParseNumberAt(lang_, t_, i, &m)) {
      slot = static_cast<int32_t>(found_);
      if (found_ < kInlineFound) {
        inline_found_[found_] = m;
      } else {
        more_found_.push_back(m);
      }
      ++found_;
    } else {
      slot = kNone;
    }
  }
  if (slot == kNone) return false;
  const auto k = static_cast<size_t>(slot);
  *out = k < kInlineFound ? inline_found_[k] : more_found_[k - kInlineFound];
  return true;
}

}  // namespace contraste
