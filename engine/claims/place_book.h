// What one corpus says about its places, learned from every document before claims are compared:
// names a place noun names ("el estadio Los Pinos": a stadium), names media words mark ("la cadena
// SER": never a place), and containment the text states ("Lorca (Murcia)", "Gràcia, en Barcelona",
// "Alcoy, en la provincia de Alicante": the patterns of rules/<lang>/places.yaml). Then every venue
// claim is settled: a place known nowhere (not in the gazetteer or iso-codes, not named by a noun,
// not put inside a known place) is no venue and its claim is dropped; the others get their kind,
// the containers learned in any article, and their level.
//
//   PlaceBook book(lang);
//   for (each document) for (each sentence) book.Learn(tokens, mentions);
//   book.Settle();
//   book.ResolveVenues(&claims_of_a_document);
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// What a PlaceBook learns, kept apart from what it settles, so that one document's learning can be
// stored and merged later in document order (store/): merging the notes of each document in order
// gives the notes of learning them all in that order.
struct PlaceNotes {
  struct Fact {  // "Lorca (Murcia)": place lorca inside container murcia
    std::string place, container;
    std::string kind;  // the pattern's kind for the place, or empty
    bool needs_noun = false;
  };
  std::map<std::string, EntityRef> names;        // every id seen in a fact or named by a noun
  std::map<std::string, std::string> noun_kind;  // name id -> kind a noun gives it (first seen)
  std::set<std::string> media;                   // name ids media words mark
  std::vector<Fact> facts;

  // Adds `later`'s notes after these (what was seen first wins).
  void Merge(const PlaceNotes& later);
};

class PlaceBook {
 public:
  explicit PlaceBook(const Language& lang) : lang_(&lang) {}

  // Learns from one sentence's tokens and mentions (entities and names of unknown kind).
  void Learn(const TokenRange& t, const std::vector<Mention>& ms);
  // What was learned so far; Merge adds another book's learning (before Settle).
  const PlaceNotes& notes() const { return notes_; }
  void Merge(const PlaceNotes& later) { notes_.Merge(later); }
  // Decides, once every document is learned, which names are places and what holds them.
  void Settle();
  // Drops the venue claims whose place is known nowhere; completes the others' chains with the
  // learned kinds, containers (and their gazetteer containers) and levels. Other claims untouched.
  void ResolveVenues(std::vector<Claim>* claims) const;

  // What was learned about an id (entity id or "name:..."), for tests and `claims`: its kind
  // ("" when it is no known place) and the ids of the places that contain it, nearest first.
  std::string KindOf(const std::string& id) const;
  // Whether it is a country (places.yaml `iso.country_kind`, or a kind under it).
  bool IsCountry(const std::string& id) const;
  std::vector<std::string> ContainersOf(const std::string& id) const;

 private:
  using Fact = PlaceNotes::Fact;
  const Language* lang_;
  PlaceNotes notes_;
  std::vector<int8_t> entity_is_place_;  // by entity index: -1 not yet asked, else 0 or 1
  // Learn's per-sentence buffers, reused: the mention starting at each token, the tokens where
  // one starts, whether each mention may be a place.
  struct LearnScratch {
    std::vector<long> at;
    std::vector<size_t> starts;
    std::vector<int8_t> place_memo;
  };
  LearnScratch scratch_;
  // Settled.
  std::map<std::string, std::string> kind_;                    // learned id -> kind
  std::map<std::string, std::vector<std::string>> containers_;  // id -> learned containers, in order

  EntityRef RefOf(const Mention& m) const;
  // Whether gazetteer entity `e` is a place, asked of the kind tree once per entity.
  bool IsPlaceEntity(const Entity& e);
  // The kind of a place the gazetteer knows or the corpus has settled; "" when none.
  std::string KnownKind(const std::string& id) const;
  // The chain of `id`: learned containers and the gazetteer's part_of, breadth first, no repeats.
  void AddContainers(std::vector<EntityRef>* chain) const;
};

}  // namespace contraste
