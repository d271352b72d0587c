#include "claims/story_value_agreements.h"

#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

namespace contraste {

namespace {

// The slots whose equal values of one story agree whatever event they were linked to: a place, a day.
bool JoinedSlot(const std::string& slot) { return slot == "venue" || slot == "date"; }

// A day or a month, not a year: "el 7 de septiembre" or "en mayo de 2008" in two articles of a story
// is one date; "2006" is any of the year's happenings.
bool Precise(const Claim& c) { return c.slot != "date" || c.interval.hi - c.interval.lo <= 31; }

}  // namespace

void JoinLonelyStoryValues(const Language& lang, std::vector<Claim>* claims) {
  if (lang.fallback_frame < 0) return;
  const std::string& fallback = lang.frames[static_cast<size_t>(lang.fallback_frame)].id;
  // The documents of each comparison key (one or several).
  constexpr size_t kSeveral = SIZE_MAX;
  std::unordered_map<std::string, size_t> doc_of_key;
  std::vector<std::string> key_of(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (!c.compared) continue;
    key_of[i] = c.CompareKey();
    auto [it, fresh] = doc_of_key.try_emplace(key_of[i], c.doc);
    if (!fresh && it->second != c.doc) it->second = kSeveral;
  }
  // Lonely claims of the fallback frame by (story, slot, value): those of two articles or more join.
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<size_t>> alike;
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (!c.compared || c.frame != fallback || !JoinedSlot(c.slot) || !Precise(c) || c.value.empty()) continue;
    if (doc_of_key.at(key_of[i]) == kSeveral) continue;
    alike[{c.story, c.slot, c.value}].push_back(i);
  }
  for (const auto& [key, members] : alike) {
    bool two = false;
    for (size_t i : members) two = two || (*claims)[i].doc != (*claims)[members.front()].doc;
    if (!two) continue;
    const auto& [story, slot, value] = key;
    const std::string id = fallback + "|story:" + story + "|" + slot + ":" + value;
    const std::string label = lang.frames[static_cast<size_t>(lang.fallback_frame)].label + ": " + story + " (" +
                              (*claims)[members.front()].quote + ")";
    for (size_t i : members) {
      Claim& c = (*claims)[i];
      c.event = id;
      c.event_label = label;
      c.subject.clear();
      c.agree_only = true;
    }
  }
}

}  // namespace contraste
