#include "stories/story_terms.h"

#include <algorithm>
#include <cmath>

#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

uint64_t Fnv(char prefix, std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  h = (h ^ static_cast<unsigned char>(prefix)) * 1099511628211ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

bool AllDigits(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

uint64_t StoryNameKey(std::string_view id) { return Fnv('n', id); }
uint64_t StoryWordKey(std::string_view lemma) { return Fnv('w', lemma); }

StoryTerms CollectStoryTerms(const Language& lang, const AnalyzedText& text,
                             const std::vector<std::vector<Mention>>& mentions) {
  const StoryLexicon& lex = lang.stories;
  // Every occurrence as (key, where its text is), sorted and counted in runs: no hash map per token.
  struct Seen {
    uint64_t key;
    const Mention* name;          // the mention of a name, or null
    const std::string* related;   // the id of an entity a named one stands for or lies in, or null
    uint32_t token;               // a word's token
  };
  std::vector<Seen> seen;
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind != MentionKind::kEntity) continue;
      const Entity* e = EntityOf(lang, m);
      seen.push_back({StoryNameKey(e ? e->id : m.normalized), &m, nullptr, 0});
      // The entity a gazetteer entry stands for (a capital for its country) and the place it lies
      // in are named too: "Pionyang" and "Corea del Norte" tell one story.
      if (!e) continue;
      for (const std::string* related : {&e->stands_for, &e->part_of}) {
        if (!related->empty() && *related != e->id) seen.push_back({StoryNameKey(*related), nullptr, related, 0});
      }
    }
  }
  const size_t lead = std::min(text.sentences.size(), static_cast<size_t>(lex.lead_sentences));
  const size_t first_token = text.sentences.empty() ? 0 : text.sentences.front().first_token;
  const size_t end_token = lead == 0 ? first_token : text.sentences[lead - 1].end_token;
  const TokenRange t{text.norm.folded, &text.tokens, first_token, end_token};
  for (size_t i = t.begin; i < t.end; ++i) {
    if (t.At(i).kind != TokenKind::kWord) continue;
    const std::string_view w = t.Text(i);
    if (w.size() < static_cast<size_t>(lex.min_word_letters) || AllDigits(w) || lex.stop_words.Contains(t, i)) continue;
    seen.push_back({StoryWordKey(w), nullptr, nullptr, static_cast<uint32_t>(i)});
  }
  // By key, then names before words and in text order (the first occurrence gives a term's text).
  std::sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) {
    if (a.key != b.key) return a.key < b.key;
    if ((a.name != nullptr) != (b.name != nullptr)) return a.name != nullptr;
    return a.token < b.token;
  });
  StoryTerms out;
  for (size_t b = 0, e = 0; b < seen.size(); b = e) {
    while (e < seen.size() && seen[e].key == seen[b].key) ++e;
    const bool name = seen[b].name != nullptr || seen[b].related != nullptr;
    const double w = (1.0 + std::log(static_cast<double>(e - b))) * (name ? lex.name_weight : 1.0);
    out.terms.push_back({seen[b].key, w, {}, name});
  }
  // The strongest terms (ties: by key, so the choice does not depend on the text's order).
  auto stronger = [](const StoryTerm& a, const StoryTerm& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
  };
  const size_t keep = static_cast<size_t>(lex.max_terms);
  if (out.terms.size() > keep) {
    std::nth_element(out.terms.begin(), out.terms.begin() + static_cast<long>(keep), out.terms.end(), stronger);
    out.terms.resize(keep);
  }
  std::sort(out.terms.begin(), out.terms.end(), [](const StoryTerm& a, const StoryTerm& b) { return a.key < b.key; });
  // Texts of the kept terms, for labels: a name as the gazetteer or the article first writes it.
  for (StoryTerm& term : out.terms) {
    auto at = std::lower_bound(seen.begin(), seen.end(), term.key, [](const Seen& s, uint64_t k) { return s.key < k; });
    // A mention sorts before a related entity of the same key: the id gives a name only when the
    // article never names the entity itself.
    if (at->name) {
      const Entity* e = EntityOf(lang, *at->name);
      term.text = e ? e->name : at->name->surface;
    } else if (at->related) {
      const Entity* e = lang.FindEntity(*at->related);
      term.text = e ? e->name : *at->related;
    } else {
      term.text = std::string(t.Text(at->token));
    }
  }
  return out;
}

}  // namespace contraste
