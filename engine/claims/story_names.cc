#include "claims/story_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "extract/names/entity_id_prefixes.h"

namespace contraste {

namespace {

// Whether the words of `shorter` stand together, in order, inside `longer` (both "name:" ids whose
// words are separated by single spaces): "name:ferrando" in "name:vicente ferrando climent".
bool WordsInside(std::string_view shorter, std::string_view longer) {
  shorter.remove_prefix(kUnknownNameIdPrefix.size());
  longer.remove_prefix(kUnknownNameIdPrefix.size());
  if (shorter.size() >= longer.size()) return false;
  for (size_t at = longer.find(shorter); at != std::string_view::npos; at = longer.find(shorter, at + 1)) {
    const bool starts = at == 0 || longer[at - 1] == ' ';
    const size_t end = at + shorter.size();
    const bool ends = end == longer.size() || longer[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

void JoinShortSubjectNames(std::vector<Claim>* claims) {
  // The unknown-kind subject names of each story.
  std::map<std::string_view, std::set<std::string>> names_of_story;
  for (const Claim& c : *claims) {
    if (c.subject.size() > kUnknownNameIdPrefix.size() && c.subject.compare(0, kUnknownNameIdPrefix.size(), kUnknownNameIdPrefix) == 0) {
      names_of_story[c.story].insert(c.subject);
    }
  }
  // Per story, each name that lies inside a chain of longer names -> the longest.
  std::map<std::pair<std::string_view, std::string_view>, const std::string*> longest_of;
  for (const auto& [story, names] : names_of_story) {
    if (names.size() < 2) continue;
    for (const std::string& name : names) {
      std::vector<const std::string*> holders;
      for (const std::string& other : names) {
        if (WordsInside(name, other)) holders.push_back(&other);
      }
      if (holders.empty()) continue;
      std::sort(holders.begin(), holders.end(), [](const std::string* a, const std::string* b) { return a->size() < b->size(); });
      bool chain = true;
      for (size_t h = 1; h < holders.size() && chain; ++h) chain = WordsInside(*holders[h - 1], *holders[h]);
      if (chain) longest_of.emplace(std::pair<std::string_view, std::string_view>(story, name), holders.back());
    }
  }
  if (longest_of.empty()) return;
  for (Claim& c : *claims) {
    auto it = longest_of.find({c.story, c.subject});
    if (it != longest_of.end()) c.subject = *it->second;
  }
}

}  // namespace contraste
