// Who a sentence says its statements come from: the entities right after an attribution cue
// ("según TASS", "informó KCNA", "ha aseverado Putin, según ha recogido la agencia Interfax") or
// right before a reporting cue ("Putin dijo"). Cues, stop words and source kinds are language data
// (rules/<lang>/attribution.yaml). A claim carries the sources of its sentence.
//
//   std::vector<AttributionCue> cues = FindAttributionCues(lang, tokens, mentions);
//   std::vector<EntityRef> who = AllSources(lang, tokens, mentions, cues);  // text order, no repeats
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// One attribution cue of a sentence with the sources it names: tokens [begin, end) run from the
// first source before the cue (or the cue) to the last source after it.
struct AttributionCue {
  size_t begin = 0, end = 0;
  std::vector<size_t> mentions;    // source mentions, indices into the sentence's mentions
  std::vector<size_t> nouns;       // tokens of sources named by a noun ("según los organizadores")
  std::vector<EntityRef> sources;  // their entities, in text order, each once
  // Its sources all stand before it, the subject of its verb ("el USGS lo elevó a 6,4"): what it
  // says follows it, so it gives them to no figure before them.
  bool said_by_subject = false;
};

// The attribution cues of one sentence, in text order: those that name a source, and those that
// reach words but name none we know (no sources: they keep nearer figures from another cue's).
std::vector<AttributionCue> FindAttributionCues(const Language& lang, const TokenRange& text, const std::vector<Mention>& ms);

// The sources of `cues` (of one sentence with mentions `ms`), in text order, each once.
std::vector<EntityRef> AllSources(const Language& lang, const TokenRange& text, const std::vector<Mention>& ms,
                                  const std::vector<AttributionCue>& cues);

// The sources of a claim quoting tokens [first, end): those of the cue nearest to it when the
// sentence has several ("4.000 personas según la Delegación del Gobierno y 40.000 según los
// organizadores": each figure its own source), those of every cue at that distance on a tie.
std::vector<EntityRef> SourcesOfSpan(const std::vector<AttributionCue>& cues, size_t first, size_t end);

// A pronoun that names a source ("Ella cifró en 12 los muertos", "según ella", "she said"):
// attribution.yaml lists it in `source_nouns` and gives it this id in `source_noun_ids` (`pronoun`);
// its source is the nearest named source before it in its paragraph (ResolvePronounSources).
inline constexpr std::string_view kPronounSource = "noun:pronoun";

// The last source mention of `ms` (an entity of a source kind, or a name of unknown kind) that
// ends at or before token `before`, as a source; none when there is none.
std::optional<EntityRef> LastSourceBefore(const Language& lang, const std::vector<Mention>& ms, size_t before);

// Replaces the pronoun sources of `cues` and `refs` (one sentence's) by `antecedent(token)`, the
// source a pronoun standing at `token` stands for (none: the pronoun is dropped); each source once.
void ResolvePronounSources(const std::function<std::optional<EntityRef>(size_t)>& antecedent,
                           std::vector<AttributionCue>* cues, std::vector<EntityRef>* refs);

// "TASS", "Yuri Ushakov / TASS": the names of a claim's sources, for reports.
std::string AttributionText(const std::vector<EntityRef>& sources);

// A source that two or more documents give for claims of one finding: they agree on who said it.
struct SharedSource {
  EntityRef source;
  std::vector<size_t> docs;  // document indices, sorted
};
// Sources of the claims `which` (indices into `claims`) given by two or more documents, by id.
std::vector<SharedSource> SharedSources(const std::vector<Claim>& claims, const std::vector<size_t>& which);

}  // namespace contraste
