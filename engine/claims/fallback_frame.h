// The fallback frame (frames.yaml `fallback: true`): the frame of a value whose sentence names no
// event the language data knows. Claims and venues ask the same question here.
//
//   const Frame* f = FallbackFrameFor(lang, sentence_mentions, "venue");
#pragma once

#include <string>
#include <vector>

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// The fallback frame for a value of `slot` in a sentence with mentions `ms`, or nullptr: only when
// the language has one that takes the slot and no trigger of the sentence belongs to a frame that
// takes it (a trigger too far away or blocked keeps the value unattached rather than giving it to
// a made-up event).
const Frame* FallbackFrameFor(const Language& lang, const std::vector<Mention>& ms, const std::string& slot);

// The fallback frame when it takes `slot`, whatever the sentence's triggers (a date a trigger left
// because another date of the sentence is that trigger's), or nullptr.
const Frame* FallbackFrameOf(const Language& lang, const std::string& slot);

}  // namespace contraste
