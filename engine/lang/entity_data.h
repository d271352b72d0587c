// What a language knows about names, places and sources, besides the gazetteer entries
// themselves: the kind hierarchy, the alias index, the connector words of names, the venue cues
// and the attribution cues. Loaded from rules/<lang>/{gazetteer,names,venues,attribution}.yaml.
//
//   const Language& lang = ...;
//   lang.kinds.IsA("guesthouse", "building");               // true: kinds form a tree
//   std::string key = EntityKey(normalizer.Fold("Pyongyang"));  // "pyongyang"
//   lang.entity_index.LongestAt(tokens, i, &match);         // gazetteer entity starting at token i
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "lang/bit_filter.h"
#include "lang/phrase_table.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;
struct Language;

// The matching key of a folded word or phrase: Latin-ASCII transliteration of the folded text with
// spaces and hyphens removed ("kim il-sung" and "Kim Il Sung" and "KimIlSung" share one key).
std::string EntityKey(std::string_view folded);

// Kind tree: every kind names its parent ("guesthouse" -> "building" -> "place"); roots have none.
struct KindTree {
  std::map<std::string, std::string> parent;  // kind -> parent kind ("" for a root)
  bool Has(const std::string& kind) const { return parent.count(kind) > 0; }
  // True when `kind` is `ancestor` or lies under it.
  bool IsA(const std::string& kind, const std::string& ancestor) const;
  // The kind right under `root` on the way from `kind` up to it ("palace" -> "site" under
  // "place"), or empty when `kind` does not lie under `root`. For places this is the granularity.
  std::string LevelOf(const std::string& kind, const std::string& root) const;
};

// Gazetteer aliases by matching key; a match is the longest run of tokens whose joined key is an
// alias key (so spacing, hyphens, accents and Latin-ASCII variants all match). A token that
// starts no key is rejected by bit tests: most by one bit of its hash (it begins no key); the
// short words that begin keys ("y", "a", "con") when they are no whole key (one bit) and the
// next word does not continue them ("y el": a key starts with "y", none with "ye"; one bit of
// their hash and the next word's first byte). Keys are then followed by a running hash over the
// joined key, looked up in one open-addressing table (whole keys and proper prefixes), and only
// a hit on a whole key compares the key's text (in place, no copy). A running hash that is no key
// and no prefix ("con su": a key starts with "con", none with "consu") ends the walk on one bit.
class EntityIndex {
 public:
  void Add(const std::string& key, int entity, size_t tokens);
  struct Match {
    int entity = -1;
    size_t end = 0;  // token index one past the match
  };
  // The longest alias starting at token i (word tokens, hyphens between them skipped).
  bool LongestAt(const TokenRange& text, size_t i, Match* out) const { return LongestAt(text, i, true, out); }
  // LongestAt without the start filter: the hash walk at every token. The reference the filter
  // is held to (tests/entities/entity_start_filter_test.cc).
  bool LongestAtUnfiltered(const TokenRange& text, size_t i, Match* out) const {
    return LongestAt(text, i, false, out);
  }
  bool empty() const { return keys_.empty(); }
  // The entity whose alias has exactly this key, or -1.
  int Find(const std::string& key) const;

 private:
  static constexpr uint32_t kNone = 0xffffffffu;
  struct Key {
    std::string text;
    int entity;
    uint32_t next_same_hash = kNone;  // the next key whose running hash is the same, or kNone
  };
  // One running hash: the keys it ends (a chain through Key::next_same_hash) and whether it is
  // also the hash of a proper prefix of some key.
  struct HashSlot {
    uint64_t hash = 0;
    uint32_t first_key = kNone;
    bool used = false;
    bool prefix = false;
  };
  // True when the joined key of the word tokens [i, end) (hyphens skipped), as LongestAt builds
  // it, is `key`.
  static bool JoinedKeyIs(std::string_view key, const TokenRange& text, size_t i, size_t end);
  // The filter hash of a proper key prefix of hash `prefix_hash` followed by the byte `next`.
  static uint32_t SplitBit(uint32_t prefix_hash, char next) {
    return prefix_hash ^ (static_cast<unsigned char>(next) * 0x9E3779B1u);
  }
  // The filter hash of a running key hash: a walk whose hash has no bit ends without a probe.
  static uint64_t RunningBit(uint64_t hash) { return hash ^ (hash >> 32); }
  // False when no key starts at token i, whose Latin-ASCII word has hash `first_hash`.
  bool MayStartAt(const TokenRange& text, size_t i, uint32_t first_hash) const;
  bool LongestAt(const TokenRange& text, size_t i, bool filtered, Match* out) const;
  const HashSlot* FindSlot(uint64_t hash) const;
  HashSlot& SlotFor(uint64_t hash);  // finds or adds; grows the table
  // Sets the start, whole and split bits of `key`.
  void AddToFilters(std::string_view key);
  // Resizes every filter for filter_hashes_ and sets the bits of every key and slot again.
  void RebuildFilters();
  std::vector<Key> keys_;         // one per distinct key, first entity wins
  std::vector<HashSlot> slots_;   // size a power of two, at most half full
  size_t used_slots_ = 0;
  size_t filter_hashes_ = 0;      // bytes of every key: a bound on the hashes each filter holds
  size_t filter_hashes_at_size_ = 0;  // filter_hashes_ when the filters were last sized
  BitFilter start_filter_;    // TokenHash of every key and every byte prefix of one
  BitFilter whole_filter_;    // TokenHash of every key
  BitFilter split_filter_;    // SplitBit of every proper prefix and the byte after it
  BitFilter running_filter_;  // RunningBit of every hash in slots_ (keys and prefixes)
  size_t max_tokens_ = 0;
};

// names.yaml: how a capitalized name not in the gazetteer is read.
struct NameCues {
  WordSet connectors;         // folded words allowed inside a name: "de", "del"
  size_t max_connectors = 2;  // in a row: "de la", "de los"
  WordSet not_starts;         // folded words that never start a name: "según"
};

// venues.yaml: "reunidos ... en el Palacio del Sol de Kumsusan".
struct VenueCues {
  WordSet prepositions;                          // folded words before a venue: "en"
  // Prepositions of several words before a venue ("a la altura de": a point of a road); such a
  // venue may be set off by a comma after the place of its trigger's clause ("en la autovía A-62,
  // a la altura de Tordesillas"). Id 0.
  PhraseTable phrase_prepositions;
  // Words right before a venue preposition that make the place where the name before them lies
  // ("el Hospital Intermédica, ubicado en Pachuca", "que se ubican en Pachuca"), not where an
  // event happened: the venue's subject is that name. Id 0.
  PhraseTable located;
  WordSet articles;                              // skipped between preposition and place
  WordSet links;                                 // a place "de"/"en" a larger place
  WordSet blockers;                              // words that end the trigger's reach: "mientras"
  // A clause that opens with one of these ("Nada más pitar el final el árbitro en Sevilla, ...") is
  // the setting of another predicate: its place is no venue of an event without a trigger.
  PhraseTable subordinate_openers;
  std::unordered_set<std::string> not_venue_kinds;  // kinds too coarse to be a venue: country
  int max_distance = 12;                         // tokens between trigger and preposition
  // A common noun that names a place of a kind without naming which one ("en un aeropuerto de
  // Pyongyang"): folded noun -> kind.
  std::unordered_map<std::string, std::string> unnamed_places;
};

// places.yaml: how articles say that a place lies in another ("Lorca (Murcia)", "Gràcia, en
// Barcelona"): a pattern of words around a {place} and its {container}, each an entity mention.
struct ContainmentPattern {
  enum class Part { kWord, kPlace, kContainer };
  struct Element {
    Part part = Part::kWord;
    std::string word;  // folded token text, for kWord
  };
  std::vector<Element> elements;
  std::string kind;          // the kind the place gets ("district"); empty: from PlaceCues::inside
  bool needs_noun = false;   // only a place a place noun names ("Hospital Xiaotangshan de Beijing")
  std::string text;          // as written, for messages
};

// places.yaml: what names a place, what never is one, containment as the text states it, and
// where the countries and their subdivisions come from (Debian's iso-codes).
struct PlaceCues {
  // A noun that names a place of a kind when a name follows it ("el estadio Los Pinos", "la plaza
  // del Pilar") or opens it ("Hospital Xiaotangshan"): folded noun -> kind.
  std::unordered_map<std::string, std::string> nouns;
  WordSet noun_links;   // folded words between such a noun and the name: "de", "del", "la"
  // Folded words of media and platforms ("cadena", "radio", "emisora"): a name they stand before or
  // in ("la cadena SER", "Aragón Radio") is no place, in any article of the corpus.
  WordSet media;
  std::vector<ContainmentPattern> containment;
  // The kind of a place the text puts inside a container of this level when no noun or pattern
  // says more ("Lorca (Murcia)": a province holds a city): container level -> kind.
  std::unordered_map<std::string, std::string> inside;
  // The kind of a country (places.yaml `iso.country_kind`): a story whose places lie in one country
  // has it as home (claims/home_scope.h). Empty when the language reads no iso-codes.
  std::string country_kind;
};

// attribution.yaml: "según TASS", "ha aseverado Putin", "informó KCNA".
struct AttributionCues {
  PhraseTable cues{/*hyphen_is_space=*/true};     // folded cue phrases
  std::vector<std::string> cue_texts;             // as written, by id
  std::vector<std::string> source_kinds;          // kinds a source may have (and their subkinds)
  WordSet stop_at;                                // folded words that end a cue's reach: "que"
  WordSet continue_with;                          // after a comma, these keep the reach open: "a"
  WordSet not_after;                              // right before a cue, it is no cue: "se" (declaró)
  WordSet source_nouns;                           // nouns that name a source: "organizadores", "policía"
  // A source noun's language-neutral id where it is not the folded noun itself ("officials" ->
  // "autoridades", as rules/es names it), so "officials said" and "según las autoridades" are one source.
  WordMap<std::string> source_noun_ids;
  int window = 12;                                // tokens after a cue where its sources stand
};

// Adds `phrase` (as written) as an alias of entity `entity`: its key goes into lang.entity_index,
// where the entity added first keeps a shared key. False when the phrase has no words.
bool AddEntityAlias(TextNormalizer& norm, Language& lang, int entity, std::string_view phrase);

// Loads gazetteer.yaml (kinds, entities), names.yaml, venues.yaml, attribution.yaml and places.yaml
// (with the iso-codes countries and subdivisions it names, lang/iso_places.h) of `dir` into `lang`. Unknown keys, unknown kinds, part_of/stands_for to unknown entities, and cycles in
// the kind tree are errors with file:line:col.
Status LoadEntityData(const std::string& dir, TextNormalizer& normalizer, Language& lang);

}  // namespace contraste
