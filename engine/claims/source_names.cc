#include "claims/source_names.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "extract/names/entity_id_prefixes.h"

namespace contraste {

namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The sources of one story: ids, their names as written, and the documents that hold them.
struct StorySources {
  std::set<std::string> ids;
  std::map<std::string, std::string> id_of_name;  // as written -> id
  std::set<size_t> docs;
};

// Union-find over the ids of a story.
class Joins {
 public:
  const std::string& Find(const std::string& id) {
    auto it = parent_.find(id);
    if (it == parent_.end() || it->second == id) return id;
    std::string root = Find(it->second);
    it->second = root;
    return parent_.find(id)->second;
  }
  void Join(const std::string& a, const std::string& b) {
    std::string x = Find(a), y = Find(b);
    if (x == y) return;
    // The root is the id the joined sources take: a gazetteer id, else the longer name.
    if (Better(y, x)) std::swap(x, y);
    parent_[x] = x;
    parent_[y] = x;
  }
  bool empty() const { return parent_.empty(); }

 private:
  static bool Better(const std::string& a, const std::string& b) {
    const bool known_a = !StartsWith(a, kUnknownNameIdPrefix), known_b = !StartsWith(b, kUnknownNameIdPrefix);
    if (known_a != known_b) return known_a;
    if (a.size() != b.size()) return a.size() > b.size();
    return a < b;
  }
  std::map<std::string, std::string> parent_;
};

// Pairs written "A (B)" in `text`, A and B names of `s` with two ids: joined.
void JoinBracketed(std::string_view text, const StorySources& s, Joins* joins) {
  for (const auto& [name, id] : s.id_of_name) {
    if (name.empty()) continue;
    const std::string open = name + " (";
    for (size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at + 1)) {
      // A name starts at a word's start.
      if (at > 0 && static_cast<unsigned char>(text[at - 1]) >= 0x80) continue;
      if (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) continue;
      const size_t inside = at + open.size();
      const size_t close = text.find(')', inside);
      if (close == std::string_view::npos || close - inside > 120) continue;
      auto other = s.id_of_name.find(std::string(text.substr(inside, close - inside)));
      if (other != s.id_of_name.end() && other->second != id) joins->Join(id, other->second);
    }
  }
}

}  // namespace

std::string InitialsOf(std::string_view folded_words, const WordSet* function_words) {
  std::string out;
  size_t content = 0;
  for (size_t b = 0; b < folded_words.size();) {
    size_t e = folded_words.find(' ', b);
    if (e == std::string_view::npos) e = folded_words.size();
    const std::string_view word = folded_words.substr(b, e - b);
    if (!word.empty() && !(function_words && function_words->Contains(word))) {
      out += word.front();
      ++content;
    }
    b = e + 1;
  }
  if (content < 2) out.clear();
  return out;
}

void JoinSourceNames(const std::vector<Document>& docs, const std::vector<const WordSet*>& function_words,
                     std::vector<Claim>* claims) {
  std::map<std::string_view, StorySources> stories;
  for (const Claim& c : *claims) {
    for (const EntityRef& r : c.attribution) {
      if (StartsWith(r.id, kNounIdPrefix)) continue;
      StorySources& s = stories[c.story];
      s.ids.insert(r.id);
      s.id_of_name.emplace(r.name, r.id);
      s.docs.insert(c.doc);
    }
  }
  std::map<std::string_view, Joins> joins_of;
  for (const auto& [story, s] : stories) {
    if (s.ids.size() < 2) continue;
    Joins joins;
    for (size_t d : s.docs) {
      if (d < docs.size()) JoinBracketed(docs[d].bytes, s, &joins);
    }
    // Initials: each one-word unknown name -> the long unknown names whose content words' initials
    // it is, by the function words of any document of the story that gives the long name.
    const WordSet* words = nullptr;
    for (size_t d : s.docs) {
      if (d < function_words.size() && function_words[d]) words = function_words[d];
    }
    std::map<std::string, std::vector<std::string>> long_of_initials;
    for (const std::string& id : s.ids) {
      if (!StartsWith(id, kUnknownNameIdPrefix)) continue;
      const std::string_view w = std::string_view(id).substr(kUnknownNameIdPrefix.size());
      if (w.find(' ') == std::string_view::npos) continue;
      const std::string initials = InitialsOf(w, words);
      if (!initials.empty()) long_of_initials[initials].push_back(id);
    }
    for (const std::string& id : s.ids) {
      if (!StartsWith(id, kUnknownNameIdPrefix)) continue;
      const std::string w = id.substr(kUnknownNameIdPrefix.size());
      if (w.size() < 2 || w.find(' ') != std::string::npos) continue;
      auto it = long_of_initials.find(w);
      // Two long names with these initials: which body it is, the text does not say.
      if (it != long_of_initials.end() && it->second.size() == 1) joins.Join(it->second.front(), id);
    }
    if (!joins.empty()) joins_of.emplace(story, std::move(joins));
  }
  if (joins_of.empty()) return;
  for (Claim& c : *claims) {
    auto it = joins_of.find(c.story);
    if (it == joins_of.end() || c.attribution.empty()) continue;
    std::vector<EntityRef> joined;
    std::set<std::string> seen;
    for (EntityRef& r : c.attribution) {
      if (!StartsWith(r.id, kNounIdPrefix)) r.id = it->second.Find(r.id);
      if (seen.insert(r.id).second) joined.push_back(std::move(r));
    }
    c.attribution = std::move(joined);
  }
}

}  // namespace contraste
