#include "claims/place_book.h"

#include <algorithm>
#include <cstdint>

#include "claims/place_phrases.h"
#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

bool InChain(const std::vector<EntityRef>& chain, const std::string& id) {
  return std::any_of(chain.begin(), chain.end(), [&](const EntityRef& r) { return r.id == id; });
}

// Whether the gazetteer entity `e` is a place.
bool IsPlace(const Language& lang, const Entity& e) { return lang.kinds.IsA(e.kind, "place"); }

}  // namespace

void PlaceNotes::Merge(const PlaceNotes& later) {
  for (const auto& [id, ref] : later.names) names.emplace(id, ref);
  for (const auto& [id, kind] : later.noun_kind) noun_kind.emplace(id, kind);
  media.insert(later.media.begin(), later.media.end());
  facts.insert(facts.end(), later.facts.begin(), later.facts.end());
}

EntityRef PlaceBook::RefOf(const Mention& m) const {
  if (const Entity* e = EntityOf(*lang_, m)) return {e->id, e->name, e->kind, ""};
  return {m.normalized, m.surface, "unknown", ""};
}

bool PlaceBook::IsPlaceEntity(const Entity& e) {
  if (entity_is_place_.empty()) entity_is_place_.assign(lang_->entities.size(), -1);
  const size_t index = static_cast<size_t>(&e - lang_->entities.data());
  if (index >= entity_is_place_.size()) return IsPlace(*lang_, e);
  if (entity_is_place_[index] < 0) entity_is_place_[index] = IsPlace(*lang_, e) ? 1 : 0;
  return entity_is_place_[index] != 0;
}

void PlaceBook::Learn(const TokenRange& t, const std::vector<Mention>& ms) {
  size_t entities = 0;
  for (const Mention& m : ms) {
    if (m.kind != MentionKind::kEntity) continue;
    ++entities;
    if (!IsUnknownName(m)) continue;
    if (IsMediaName(*lang_, t, m)) {
      notes_.media.insert(m.normalized);
      continue;
    }
    std::string kind = NounKindOf(*lang_, t, m);
    if (!kind.empty() && notes_.noun_kind.emplace(m.normalized, kind).second) notes_.names.emplace(m.normalized, RefOf(m));
  }
  if (entities < 2 || lang_->places.containment.empty()) return;
  // The entity mention starting at each token, or -1, and those tokens in ascending order: a
  // pattern that opens with a slot is tried only where a mention starts.
  // Buffers kept by the book from sentence to sentence: most sentences of a document reach here.
  std::vector<long>& at = scratch_.at;
  at.assign(t.end - t.begin, -1);
  for (size_t k = ms.size(); k-- > 0;) {
    if (ms[k].kind == MentionKind::kEntity && ms[k].begin_token >= t.begin && ms[k].begin_token < t.end) {
      at[ms[k].begin_token - t.begin] = static_cast<long>(k);
    }
  }
  std::vector<size_t>& starts = scratch_.starts;
  starts.clear();
  for (size_t s = t.begin; s < t.end; ++s) {
    if (at[s - t.begin] >= 0) starts.push_back(s);
  }
  // A slot takes a place of the gazetteer or a name of unknown kind that no media word marks;
  // decided once per mention (KindTree::IsA walks string maps), not once per pattern.
  std::vector<int8_t>& place_memo = scratch_.place_memo;  // -1 undecided, else 0 or 1
  place_memo.assign(ms.size(), -1);
  auto may_be_place = [&](size_t k) {
    if (place_memo[k] < 0) {
      const Mention& m = ms[k];
      bool yes = false;
      if (IsUnknownName(m)) {
        yes = !IsMediaName(*lang_, t, m);
      } else {
        const Entity* e = EntityOf(*lang_, m);
        yes = e && IsPlaceEntity(*e) && !IsMediaName(*lang_, t, m);
      }
      place_memo[k] = yes ? 1 : 0;
    }
    return place_memo[k] != 0;
  };
  for (const ContainmentPattern& p : lang_->places.containment) {
    if (p.elements.empty()) continue;
    const bool opens_with_slot = p.elements.front().part != ContainmentPattern::Part::kWord;
    const size_t tries = opens_with_slot ? starts.size() : t.end - t.begin;
    for (size_t n = 0; n < tries; ++n) {
      const size_t s = opens_with_slot ? starts[n] : t.begin + n;
      size_t pos = s;
      const Mention* place = nullptr;
      const Mention* container = nullptr;
      bool matched = true;
      for (const auto& e : p.elements) {
        if (pos >= t.end) {
          matched = false;
          break;
        }
        if (e.part == ContainmentPattern::Part::kWord) {
          if (t.Text(pos) != e.word) {
            matched = false;
            break;
          }
          ++pos;
          continue;
        }
        const long k = at[pos - t.begin];
        if (k < 0 || !may_be_place(static_cast<size_t>(k))) {
          matched = false;
          break;
        }
        (e.part == ContainmentPattern::Part::kPlace ? place : container) = &ms[static_cast<size_t>(k)];
        pos = ms[static_cast<size_t>(k)].end_token;
      }
      if (!matched || !place || !container || place->normalized == container->normalized) continue;
      if (p.needs_noun && IsUnknownName(*place) && NounKindOf(*lang_, t, *place).empty()) continue;
      notes_.names.emplace(place->normalized, RefOf(*place));
      notes_.names.emplace(container->normalized, RefOf(*container));
      notes_.facts.push_back({place->normalized, container->normalized, p.kind, p.needs_noun});
    }
  }
}

std::string PlaceBook::KnownKind(const std::string& id) const {
  if (const Entity* e = lang_->FindEntity(id)) return IsPlace(*lang_, *e) ? e->kind : "";
  auto it = kind_.find(id);
  return it == kind_.end() ? "" : it->second;
}

void PlaceBook::Settle() {
  kind_.clear();
  containers_.clear();
  for (const auto& [id, kind] : notes_.noun_kind) {
    if (!notes_.media.count(id)) kind_[id] = kind;
  }
  // A fact counts once its container is a known place; a place it makes known may hold others.
  for (bool changed = true; changed;) {
    changed = false;
    for (const Fact& f : notes_.facts) {
      if (notes_.media.count(f.place) || notes_.media.count(f.container)) continue;
      const std::string container_kind = KnownKind(f.container);
      if (container_kind.empty()) continue;
      if (KnownKind(f.place).empty()) {
        if (lang_->FindEntity(f.place)) continue;  // a gazetteer entity that is no place
        std::string kind = f.kind;
        if (kind.empty()) {
          auto in = lang_->places.inside.find(lang_->kinds.LevelOf(container_kind, "place"));
          kind = in == lang_->places.inside.end() ? "place" : in->second;
        }
        kind_[f.place] = kind;
        changed = true;
      }
      std::vector<std::string>& held_by = containers_[f.place];
      if (std::find(held_by.begin(), held_by.end(), f.container) == held_by.end()) {
        held_by.push_back(f.container);
        changed = true;
      }
    }
  }
}

std::string PlaceBook::KindOf(const std::string& id) const { return KnownKind(id); }

bool PlaceBook::IsCountry(const std::string& id) const {
  if (lang_->places.country_kind.empty()) return false;
  const std::string kind = KnownKind(id);
  return !kind.empty() && lang_->kinds.IsA(kind, lang_->places.country_kind);
}

std::vector<std::string> PlaceBook::ContainersOf(const std::string& id) const {
  std::vector<EntityRef> chain = {{id, id, KnownKind(id), ""}};
  AddContainers(&chain);
  std::vector<std::string> out;
  for (size_t i = 1; i < chain.size(); ++i) out.push_back(chain[i].id);
  return out;
}

void PlaceBook::AddContainers(std::vector<EntityRef>* chain) const {
  auto add = [&](const std::string& id) {
    if (InChain(*chain, id)) return;
    if (const Entity* e = lang_->FindEntity(id)) {
      chain->push_back({e->id, e->name, e->kind, ""});
    } else if (auto it = notes_.names.find(id); it != notes_.names.end()) {
      chain->push_back(it->second);
    } else {
      chain->push_back({id, id, "unknown", ""});
    }
  };
  for (size_t i = 0; i < chain->size(); ++i) {
    const std::string id = (*chain)[i].id;
    if (auto it = containers_.find(id); it != containers_.end()) {
      for (const std::string& c : it->second) add(c);
    }
    if (const Entity* e = lang_->FindEntity(id); e && !e->part_of.empty()) add(e->part_of);
  }
  for (EntityRef& r : *chain) {
    if (r.kind == "unknown") {
      if (std::string k = KnownKind(r.id); !k.empty()) r.kind = k;
    }
    r.level = lang_->kinds.LevelOf(r.kind, "place");
  }
}

void PlaceBook::ResolveVenues(std::vector<Claim>* claims) const {
  auto unknown_place = [&](Claim& c) {
    if (c.slot != "venue" || c.venue.empty()) return false;
    EntityRef& front = c.venue.front();
    if (front.id.rfind("unnamed:", 0) == 0 || lang_->FindEntity(front.id)) {
      AddContainers(&c.venue);
      return false;
    }
    if (notes_.media.count(front.id)) return true;
    if (front.kind == "unknown") {
      std::string kind = KnownKind(front.id);
      if (kind.empty()) return true;
      front.kind = kind;
    }
    AddContainers(&c.venue);
    return false;
  };
  claims->erase(std::remove_if(claims->begin(), claims->end(), unknown_place), claims->end());
}

}  // namespace contraste
