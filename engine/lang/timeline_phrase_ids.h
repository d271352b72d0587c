// Phrases of rules/<lang>/timeline.yaml that share one table of TimelineLexicon, told apart by id:
// `changes` ("sube a": the value right after is a new value) and `restated` ("eleva la cifra a": the
// value right after restates a figure given before) are both read right before a value.
//
//   if (hit.id == kRestatedPhrase) ...   // lex.changes.LongestAt(t, i, &hit)
#pragma once

namespace contraste {

constexpr int kChangePhrase = 0;    // timeline.yaml `changes`, in TimelineLexicon::changes
constexpr int kRestatedPhrase = 1;  // timeline.yaml `restated`, in TimelineLexicon::changes too

}  // namespace contraste
