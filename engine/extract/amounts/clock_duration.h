// A time written as on a stopwatch, hours, minutes and seconds joined by colons ("2:04:12",
// "1:01:50"): a duration, as race results and lap times are written in every language. Two fields
// ("20:30", "a las 2:10") stay a clock time (no amount); three fields with minutes and seconds below
// 60 are a length of time, whatever the words around them.
#pragma once

#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// A stopwatch time starting at token `i` ("2" ":" "04" ":" "12", glued), as a duration mention in
// the language's hour unit. False when there is none, or the language has no hour unit.
bool RecognizeClockDuration(const Language& lang, const TokenRange& text, size_t i, Mention* out);

}  // namespace contraste
