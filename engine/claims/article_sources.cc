#include "claims/article_sources.h"

#include <map>
#include <string_view>
#include <tuple>

namespace contraste {

namespace {

// The figure as its values say it (the interval, not the words: "6,1 sacude" and "6,1" are one).
using FigureKey = std::tuple<size_t, std::string_view, std::string_view, std::string_view, double, double, bool, bool>;

FigureKey KeyOf(const Claim& c) {
  return {c.doc, c.measure, c.subject, c.scope, c.interval.lo, c.interval.hi, c.interval.lo_open, c.interval.hi_open};
}

bool SameSources(const std::vector<EntityRef>& a, const std::vector<EntityRef>& b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k].id != b[k].id) return false;
  }
  return true;
}

// The figure across articles: its event, slot and comparison key and its values.
using CorpusKey = std::tuple<std::string_view, std::string_view, std::string_view, std::string_view, std::string_view,
                             std::string_view, double, double, bool, bool>;

CorpusKey CorpusKeyOf(const Claim& c) {
  return {c.event, c.slot, c.unit, c.measure, c.subject, c.scope, c.interval.lo, c.interval.hi, c.interval.lo_open,
          c.interval.hi_open};
}

// For claims with a measure, keyed by `key_of`: gives the unsourced claims of a key the one source
// list its sourced claims share (none when they give several).
// The sources of `a` that `b` gives too, in a's order.
std::vector<EntityRef> CommonSources(const std::vector<EntityRef>& a, const std::vector<EntityRef>& b) {
  std::vector<EntityRef> out;
  for (const EntityRef& x : a) {
    for (const EntityRef& y : b) {
      if (x.id == y.id) {
        out.push_back(x);
        break;
      }
    }
  }
  return out;
}

// For the claims with a measure that `takes`, keyed by `key_of`: gives the unsourced claims of a key
// the sources every sourced claim of it gives (the IGN, where one article says "Instituto
// Geográfico Nacional (IGN)" and another "Instituto Geográfico Nacional"); none when they share none.
template <typename KeyOf, typename Takes>
void ShareSources(std::vector<Claim>* claims, KeyOf key_of, Takes takes) {
  using Key = decltype(key_of(claims->front()));
  std::map<Key, std::vector<EntityRef>> source_of;
  bool any_unsourced = false;
  for (const Claim& c : *claims) {
    if (c.measure.empty() || !takes(c)) continue;
    if (c.attribution.empty()) {
      any_unsourced = true;
      continue;
    }
    auto [it, fresh] = source_of.try_emplace(key_of(c), c.attribution);
    if (!fresh && !SameSources(it->second, c.attribution)) it->second = CommonSources(it->second, c.attribution);
  }
  if (source_of.empty() || !any_unsourced) return;
  for (Claim& c : *claims) {
    if (c.measure.empty() || !c.attribution.empty() || !takes(c)) continue;
    auto it = source_of.find(key_of(c));
    if (it != source_of.end()) c.attribution = it->second;
  }
}

}  // namespace

void ShareSourcesAcrossArticles(std::vector<Claim>* claims) {
  if (claims->empty()) return;
  // Figures that move over time are left alone: the same toll given on two days may be anyone's.
  ShareSources(claims, CorpusKeyOf, [](const Claim& c) { return !c.cumulative; });
}

void ShareSourcesWithinArticles(std::vector<Claim>* claims) {
  if (claims->empty()) return;
  ShareSources(claims, KeyOf, [](const Claim&) { return true; });
}

}  // namespace contraste
