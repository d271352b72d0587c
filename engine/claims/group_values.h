// Figures of a counted group and lists of values given for one (measures.yaml `groups`): "dos
// niñas de 12 años" says that each of the two is 12, "dos niñas de 12 y 13 años" gives the two
// ages. Such a figure is the group's, not one person's: its subject names the group's size
// ("noun:nina*2") and its value is the multiset of its members' values, so that two articles
// giving one group different values conflict ({12, 12} against {12, 13}) and a group's values are
// never compared with one member's ("una niña de 13 años" may be either girl).
//
//   ValueList list = FindValueList(lang, t, ms, m);       // "12 y 13 años": {12, 13} from "12"
//   ... the subject, found from list.begin ...
//   ApplyGroup(t, ms, m, list, subject_noun_token, &claim);
#pragma once

#include <cstddef>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// The values of a list that ends with the value `m`: bare numbers joined to it by commas and the
// measure lexicon's `list_links` ("12, 13 y 14 años"), in the order written, `m`'s last.
struct ValueList {
  size_t begin = 0;            // first token of the list (m.begin_token when it is alone)
  std::vector<double> values;  // m's amount alone when there is no list
  bool exact = true;           // no value is hedged ("unos 12 y 13 años")
};

ValueList FindValueList(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m);

// The largest group whose values are compared as a multiset, and the values a member may have
// (whole numbers below kGroupValueBase): the multiset is held as one number, its sorted values as
// digits in base kGroupValueBase.
inline constexpr size_t kMaxGroupSize = 4;
inline constexpr double kGroupValueBase = 1000;

// Makes `c` (the claim of `m`, with its subject) the figure of a group when the counted noun at
// `subject_noun` (the subject's token; SIZE_MAX when the subject is no noun) is counted by a
// number ("dos niñas") or `list` holds several values. A figure whose group cannot be read as a
// multiset (a hedged value, a count that differs from the list's length, a subject that is a name,
// values that are not small whole numbers) is not compared. Nothing changes for one person's
// figure. True when `c` became a group's figure (its subject then ends in "*<size>").
bool ApplyGroup(const TokenRange& t, const std::vector<Mention>& ms, const Mention& m, const ValueList& list,
                size_t subject_noun, Claim* c);

}  // namespace contraste
