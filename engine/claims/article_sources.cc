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

}  // namespace

void ShareSourcesWithinArticles(std::vector<Claim>* claims) {
  // Per figure of an article: the one source list it is given with, or null when there are several.
  std::map<FigureKey, const std::vector<EntityRef>*> source_of;
  bool any_unsourced = false;
  for (const Claim& c : *claims) {
    if (c.measure.empty()) continue;
    if (c.attribution.empty()) {
      any_unsourced = true;
      continue;
    }
    auto [it, fresh] = source_of.try_emplace(KeyOf(c), &c.attribution);
    if (!fresh && it->second && !SameSources(*it->second, c.attribution)) it->second = nullptr;
  }
  if (source_of.empty() || !any_unsourced) return;
  // Copied after the scan: the pointers above point into claims that must not change under it.
  std::vector<std::pair<size_t, std::vector<EntityRef>>> given;
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (c.measure.empty() || !c.attribution.empty()) continue;
    auto it = source_of.find(KeyOf(c));
    if (it != source_of.end() && it->second) given.emplace_back(i, *it->second);
  }
  for (auto& [i, sources] : given) (*claims)[i].attribution = std::move(sources);
}

}  // namespace contraste
