#include "extract/numbers/sentence_numbers.h"

#include <utility>

namespace contraste {

bool SentenceNumbers::At(size_t i, NumberMatch* out) const {
  if (i < t_.begin || i >= t_.end) return ParseNumberAt(lang_, t_, i, out);
  if (slots_.empty()) {
    slots_.assign(t_.end - t_.begin, kUnknown);
    found_.reserve(kFoundAtFirst);  // a sentence holds a few numbers: no growth step for most
  }
  int32_t& slot = slots_[i - t_.begin];
  if (slot == kUnknown) {
    NumberMatch m;
    if (ParseNumberAt(lang_, t_, i, &m)) {
      slot = static_cast<int32_t>(found_.size());
      found_.push_back(std::move(m));
    } else {
      slot = kNone;
    }
  }
  if (slot == kNone) return false;
  *out = found_[static_cast<size_t>(slot)];
  return true;
}

}  // namespace contraste
