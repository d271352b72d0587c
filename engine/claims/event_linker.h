// Decides which claims of different articles are about the same event, and names the event.
//
// Two event mentions are the same event when their frames agree, one participant set contains the
// other, and their times are within the frame data's link_window_days of each other: the date the
// sentence states for the event when there is one, else the publication date (claims/event_time.h;
// documents without either are linked by participants only). A mention with fewer participants
// joins the most-mentioned event that contains them, never two events at once, so a Putin-only
// mention cannot chain a Putin-Kim and a Putin-Shoigu meeting together. A mention with no
// participants is its own event. Cost: a sort of the dates and a hash of the participant sets.
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

// Sets Claim::event and Claim::event_label on every claim.
void LinkEvents(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims);

}  // namespace contraste
