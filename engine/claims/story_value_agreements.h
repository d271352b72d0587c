// Places and days (or months) of one story that two articles state alike, each linked to nothing in
// the other.
// A venue or date of the fallback frame is linked by the names around it, so "Velilla de San Antonio
// (Madrid)" in an article about the victim and in one about the arrest land in two events, and "en
// Cádiz" in sentences that name no one land in an event of their own article: the place both
// articles give is never compared. Here such claims of one story, slot and value that no claim of
// another article shares a comparison key with ("lonely": their event compares them with nothing
// outside their article) are given one event of the story and slot, and made agree-only
// (Claim::agree_only): the same place or day in two articles agrees; nothing here can conflict,
// since only claims of one value are joined and what each is of stays unsaid.
//
//   JoinLonelyStoryValues(lang, &claims);  // after the events are linked
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/language.h"

namespace contraste {

void JoinLonelyStoryValues(const Language& lang, std::vector<Claim>* claims);

}  // namespace contraste
