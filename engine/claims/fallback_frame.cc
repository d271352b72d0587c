#include "claims/fallback_frame.h"

namespace contraste {

const Frame* FallbackFrameOf(const Language& lang, const std::string& slot) {
  if (lang.fallback_frame < 0) return nullptr;
  const Frame& fallback = lang.frames[static_cast<size_t>(lang.fallback_frame)];
  return fallback.Accepts(slot) ? &fallback : nullptr;
}

const Frame* FallbackFrameFor(const Language& lang, const std::vector<Mention>& ms, const std::string& slot) {
  if (lang.fallback_frame < 0) return nullptr;
  const Frame& fallback = lang.frames[static_cast<size_t>(lang.fallback_frame)];
  if (!fallback.Accepts(slot)) return nullptr;
  for (const Mention& tr : ms) {
    if (tr.kind == MentionKind::kTrigger && lang.frames[static_cast<size_t>(tr.ref)].Accepts(slot)) return nullptr;
  }
  return &fallback;
}

}  // namespace contraste
