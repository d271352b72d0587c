// Everything contraste knows about one language, loaded from rules/<language>/*.yaml.
// No word of any language is written in engine/: the recognizers read these tables.
//
//   TextNormalizer normalizer;
//   auto lang = LoadLanguage("rules/es", "es", normalizer);
//   if (!lang) { std::cerr << lang.error().ToString(); }   // file:line:col: message
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/interval.h"
#include "lang/date_period_lexicon.h"
#include "lang/entity_data.h"
#include "lang/happening_lexicon.h"
#include "lang/language_guess.h"
#include "lang/measure_lexicon.h"
#include "lang/message_templates.h"
#include "lang/range_lexicon.h"
#include "lang/state_lexicon.h"
#include "lang/story_lexicon.h"
#include "lang/timeline_lexicon.h"
#include "lang/number_lexicon.h"
#include "lang/number_locales.h"
#include "lang/temporal_lexicon.h"
#include "lang/phrase_table.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;

enum class NumberRole { kUnit, kTeen, kTens, kHundreds, kMultiplier, kOne, kHalf };

struct NumberWord {
  double value = 0;
  NumberRole role = NumberRole::kUnit;
};

struct VagueAmount {
  std::string phrase;  // as written in the data, for TSV/JSON
  Interval interval;
};

enum class HedgeShape { kApprox, kAbove, kAtLeast, kBelow, kAtMost, kSlightlyAbove, kNearly };

struct Hedge {
  std::string id;       // "approx", "above", ...
  HedgeShape shape = HedgeShape::kApprox;
  double relative = 0;  // width as a fraction of the value

  // The interval a value `v` stands for once this hedge applies.
  Interval Apply(double v) const;
};

struct DurationUnit {
  std::string id;       // "minute"
  double seconds = 0;   // length of one unit
  char iso = 'S';       // ISO 8601 designator
  bool time_part = false;  // designator goes after 'T' (hours, minutes, seconds)
  double iso_factor = 1;   // a decade is 10 years in ISO
};

struct MeasureUnit {
  std::string id;    // the name the quantity is compared under ("tonelada métrica")
  std::string kind;  // what it measures: "length", "weight", "currency"...; empty when unsaid
  std::string name;  // how the language names it ("kilometer" for the id "kilómetro"); the id when unsaid
  // The unit of its smaller coin and how many of them make one ("3 dollars 50 cents" is 3.50
  // dollars): units.yaml `minor: {unit: centavo, per: 100}`; an index of measure_units, or -1.
  int minor = -1;
  double minor_per = 0;
};

// Another frame whose events may be the same occasion as this frame's (a visit and the meeting held
// during it), and the slots in which the two are compared: only those, never the others (a visit
// lasts days and a meeting hours; a visit's ordinal counts visits). claims/event_linker.h.
struct SameOccasion {
  std::string frame;               // frame id
  std::vector<std::string> slots;  // slots both frames take: "date"
};

struct Frame {
  std::string id;
  std::string label;
  std::vector<std::string> participant_kinds;
  std::vector<std::string> slots;
  // A fallback frame has no triggers: it takes a value whose sentence has no trigger of a frame
  // that accepts the value's slot, so a corpus about events no frame names (a football final, a
  // factory fire) still yields claims, linked by their participants and dates.
  bool fallback = false;
  std::vector<SameOccasion> same_occasion;  // frames.yaml `same_occasion`
  bool Accepts(const std::string& slot) const;
};

struct SlotCue {
  std::string slot;
  std::string value_kind;  // "duration", "quantity", "ordinal"
  WordSet preceded_by;  // folded words
  // Folded words that, right before the value, make it a reference to things already named
  // rather than a claim about how many ("los dos líderes", "las tres delegaciones").
  WordSet not_after;
  bool needs_ordinal_before = false;
};

struct Entity {
  std::string id;
  std::string name;
  std::string kind;        // a kind of the gazetteer's kind tree: "guesthouse", "person"
  std::string stands_for;  // entity id, or empty
  std::string part_of;     // entity id of the place it lies in, or empty
  std::string iso;         // ISO 3166 code of a country or subdivision ("MX", "ES-MU"), or empty
  // Matched only where the text writes it capitalized and not as part of a longer name ("Real
  // Zaragoza", "Aragón Radio", "Antonio Guerrero"): the iso-codes places (lang/iso_places.h).
  bool capitalized_only = false;
};

struct Language {
  std::string code;  // "es"

  // numbers.yaml
  NumberLocales number_locales;  // how each locale writes digits, and the default
  // Folded words between tens and units ("noventa y nueve", "ninety-nine") and before a half
  // ("dos y medio", "two and a half"; a `one` word may stand before the half: "and a half").
  WordSet connectors;
  // Folded words after a hundred or thousand before the smaller number it is followed by ("one
  // hundred and twenty", "two thousand and five"); none in Spanish.
  WordSet group_connectors;
  // Folded words between a large number word and the noun it counts ("miles de soldados",
  // "thousands of soldiers", "1.5 million of"): numbers.yaml `noun_links`.
  WordSet noun_links;
  // A half joined by the connector belongs to the number even before a duration unit ("two and a
  // half hours"); false: "dos y media horas" stays two (Spanish says "dos horas y media").
  bool half_before_unit = false;
  WordMap<NumberWord> number_words;   // folded word -> value and role
  // `one` words that alone are an article, not the number one ("a", "an": "a deal" counts
  // nothing; "a hundred", "a half" still do): numbers.yaml cardinals `articles`. Spanish "un" is
  // the numeral itself and stays a weak number alone.
  WordSet article_ones;
  WordMap<int> ordinal_words;
  WordSet ordinal_suffixes;
  std::vector<VagueAmount> vague;
  PhraseTable vague_table;
  int year_min = 1000, year_max = 2199;
  NumberLexicon number_forms;  // number_forms.yaml (extract/number_lexicon.h)

  // hedges.yaml
  std::vector<Hedge> hedges;
  PhraseTable hedge_table;

  // units.yaml
  std::vector<DurationUnit> duration_units;
  PhraseTable duration_table;
  std::vector<MeasureUnit> measure_units;
  PhraseTable measure_table;
  // Units written right before the number ("$82.29 billion", "US$27 billion", "£5"): units.yaml
  // `prefixes`; the id indexes measure_units.
  PhraseTable measure_prefix_table;
  // Units that count only written right against the number (units.yaml `glued`): "46.8C", "116F";
  // "98 F" apart is a grade.
  PhraseTable measure_glued_table;
  // Folded words between an amount of money and its smaller coins ("13 dollars and 45 cents"):
  // units.yaml `minor_links`.
  WordSet minor_links;

  RangeLexicon ranges;  // ranges.yaml (extract/range_lexicon.h)

  // nouns.yaml
  std::unordered_map<std::string, std::string> lemma_exceptions;
  struct SuffixRule {
    std::string suffix, replace, after;
  };
  std::vector<SuffixRule> lemma_suffixes;
  std::unordered_set<std::string> not_nouns;
  size_t min_noun_letters = 3;

  // calendar.yaml
  std::unordered_map<std::string, int> months;
  std::unordered_map<std::string, int> weekdays;
  std::string day_month_link;
  TemporalLexicon temporal;  // time.yaml (extract/temporal_lexicon.h)
  DatePeriodLexicon date_periods;  // date_periods.yaml (extract/date_period_lexicon.h)

  // frames.yaml
  int participant_window = 2;
  int max_trigger_distance = 30;
  int link_window_days = 7;
  int fallback_frame = -1;  // index into `frames` of the frame marked `fallback: true`, or -1
  std::vector<Frame> frames;
  PhraseTable trigger_table;  // id = frame index
  std::vector<SlotCue> slot_cues;
  // Folded words that, right before or after a trigger, refer back to an occasion of the same frame
  // already named ("la anterior visita"): claims/claim_builder.h.
  WordSet back_references;

  // gazetteer.yaml (see extract/entity_data.h), names.yaml, venues.yaml, attribution.yaml
  std::vector<Entity> entities;
  std::unordered_map<std::string, size_t> entity_by_id;  // id -> index into `entities`
  // The entity with this id, or nullptr (a hash lookup: it is called per mention and per claim).
  const Entity* FindEntity(const std::string& id) const;
  KindTree kinds;
  EntityIndex entity_index;  // alias keys -> entity index
  NameCues names;
  VenueCues venues;
  PlaceCues places;  // places.yaml (lang/entity_data.h) and the iso-codes places (lang/iso_places.h)
  AttributionCues attribution;

  // measures.yaml (lang/measure_lexicon.h): what a number counts.
  MeasureLexicon measures;

  // states.yaml (lang/state_lexicon.h): categorical measures ("cierra para siempre").
  StateLexicon states;

  // stories.yaml (lang/story_lexicon.h): grouping articles into stories.
  StoryLexicon stories;
  // timeline.yaml (lang/timeline_lexicon.h): cumulative measures and corrections.
  TimelineLexicon timeline;
  // happenings.yaml (lang/happening_lexicon.h): what a date is the date of.
  HappeningLexicon happenings;

  // function_words.yaml (lang/language_guess.h): the language of a document that does not say it.
  FunctionWords function_words;

  // messages.yaml (lang/message_templates.h): the sentences of findings and check verdicts.
  MessageTemplates messages;

  // The lemma of a folded noun ("contenedores" -> "contenedor").
  std::string Lemma(const std::string& folded_word) const;
};

// Reads every language file of `dir`. Unknown keys, wrong types, phrases that fold to nothing and
// references to unknown entities are errors with file:line:col.
Result<Language> LoadLanguage(const std::string& dir, const std::string& code,
                              TextNormalizer& normalizer);

}  // namespace contraste
