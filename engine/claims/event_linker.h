// Decides which claims of different articles are about the same event, and names the event.
//
// Claims of different stories (Claim::story, stories/story_grouping.h) are never one event. A count
// of a cumulative measure in the fallback frame (a toll: claims/figure_time.h) is the figure of its
// story's event whoever stands around it, unless its sentence states a date before its article's
// link window (another, earlier occasion: "la DANA de 2024"), which makes it an event of its own.
//
// Two event mentions are the same event when their frames agree, one participant set contains the
// other, and their times are within the frame data's link_window_days of each other: the date the
// sentence states for the event when there is one, else the publication date (claims/event_time.h;
// documents without either are linked by participants only). A mention with fewer participants
// joins the most-mentioned event that contains them, never two events at once, so a Putin-only
// mention cannot chain a Putin-Kim and a Putin-Shoigu meeting together. A mention with no
// participants is its own event. Events of one story, frame and time whose participants are all
// names of unknown kind ("Nordic and Baltic leaders", "Kadriorg Palace") are the same event told
// with other words: they join each other, and the cluster's one event with known participants
// when it has exactly one, when the dates they state overlap; whatever days they state when every
// word of one's names stands in the other's ("Baltic leaders", "the eight Nordic and Baltic
// leaders": one group, whose days then conflict).
//
// Events of two different frames are never one event, but they can be one occasion: a frame lists
// in `same_occasion` (Frame::same_occasion, frames.yaml) the frames it may share an occasion with and
// the slots they then share ("visit: same_occasion: {meeting: [date]}": Shoigú's visit "el 21 de
// marzo" and his meeting with Kim "en marzo"). A visit event and a meeting event are one occasion
// when one's participants contain the other's and their times agree: every date one states overlaps
// every date the other states (when one states none, their time clusters overlap), and each is the
// only such event of the other frame for the other, so a wide date ("el año pasado") that fits
// several links none and nothing chains. Their claims in the shared slots then get one event id and
// label ("visita / reunión: Kim Jong Un, Serguéi Shoigú (2025-03-21)") and are compared; all their
// other claims keep their own event and are never compared across the frames (a visit's duration
// with a meeting's). Cost: frames and participant sets interned once (claims/mention_keys.h), a sort
// of the dates, hashes of integers per claim, event ids and labels written once per event and
// copied to its claims, and one check per pair of events of two such frames that state a shared
// slot.
//
// Last, a place or day of the fallback frame that two articles of one story state alike, where each
// is linked to nothing of another article, is one event's and agree-only
// (claims/story_value_agreements.h): "en Cádiz" in two articles agrees; two places never conflict.
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

// Sets Claim::event and Claim::event_label on every claim.
void LinkEvents(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims);

}  // namespace contraste
