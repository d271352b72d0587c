#include "claims/ambiguous_counts.h"

#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "claims/counted_noun_phrase.h"

namespace contraste {

namespace {

constexpr size_t kMostValues = 6;  // different figures a story may give of one counted phrase

}  // namespace

void SetAsideAmbiguousCounts(const Language& lang, std::vector<Claim>* claims) {
  // (story, subject, scope) -> per document, its compared figures (indices into claims).
  using Key = std::tuple<std::string_view, std::string_view, std::string_view>;
  std::map<Key, std::map<size_t, std::vector<size_t>>> figures;
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (!c.compared || c.measure.empty()) continue;
    const Measure* measure = lang.measures.Find(c.measure);
    if (!measure || !CountsNounPhrase(*measure)) continue;
    figures[{c.story, c.subject, c.scope}][c.doc].push_back(i);
  }
  std::set<Key> ambiguous;
  for (const auto& [key, docs] : figures) {
    // A phrase the story counts in more than a few different ways is no one set either (and its
    // many moments would be compared pair by pair).
    std::set<std::pair<double, double>> values;
    for (const auto& [doc, members] : docs) {
      for (size_t i : members) values.emplace((*claims)[i].interval.lo, (*claims)[i].interval.hi);
    }
    if (values.size() > kMostValues) ambiguous.insert(key);
    for (const auto& [doc, members] : docs) {
      for (size_t a = 0; a < members.size() && !ambiguous.count(key); ++a) {
        for (size_t b = a + 1; b < members.size(); ++b) {
          const Interval& x = (*claims)[members[a]].interval;
          const Interval& y = (*claims)[members[b]].interval;
          if (x.hi < y.lo || y.hi < x.lo) {
            ambiguous.insert(key);
            break;
          }
        }
      }
    }
  }
  for (const Key& key : ambiguous) {
    for (const auto& [doc, members] : figures[key]) {
      for (size_t i : members) (*claims)[i].compared = false;
    }
  }
}

}  // namespace contraste
