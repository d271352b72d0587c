#include "stories/story_terms.h"

#include <algorithm>
#include <cmath>

#include "core/ascii_digits.h"
#include "extract/names/entity_matcher.h"
#include "stories/story_key_code.h"
#include "stories/term_tally.h"

namespace contraste {

namespace {

uint64_t Fnv(char prefix, std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  h = (h ^ static_cast<unsigned char>(prefix)) * 1099511628211ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// The key of an article's key code (stories/story_key_code.h), apart from names and words.
uint64_t StoryCodeKey(std::string_view folded_code) { return Fnv('c', folded_code); }

// How much an article's key code weighs, in words (a name weighs `name_weight`, 2 in the rules of
// both languages): enough that two articles about one product, whatever else they say, are more
// alike than an article about it and one about its rival that names it in passing (the A380 of 2005
// and of 2007 one story, the Boeing 787 of 2007 another, corpus-dev).
constexpr double kKeyCodeWeight = 6;

}  // namespace

uint64_t StoryNameKey(std::string_view id) { return Fnv('n', id); }
uint64_t StoryWordKey(std::string_view lemma) { return Fnv('w', lemma); }

StoryTerms CollectStoryTerms(const Language& lang, const AnalyzedText& text,
                             const std::vector<std::vector<Mention>>& mentions) {
  const StoryLexicon& lex = lang.stories;
  const size_t lead = std::min(text.sentences.size(), static_cast<size_t>(lex.lead_sentences));
  const size_t first_token = text.sentences.empty() ? 0 : text.sentences.front().first_token;
  const size_t end_token = lead == 0 ? first_token : text.sentences[lead - 1].end_token;
  const TokenRange t{text.norm.folded, &text.tokens, first_token, end_token};
  size_t most = end_token - first_token;
  for (const auto& sentence : mentions) most += 3 * sentence.size();
  // Every occurrence counted by key in one open-addressing table: no sort of the occurrences.
  TermTally tally(most);
  for (const auto& sentence : mentions) {
    for (const Mention& m : sentence) {
      if (m.kind != MentionKind::kEntity) continue;
      const Entity* e = EntityOf(lang, m);
      tally.Add(StoryNameKey(e ? e->id : m.normalized), {&m, nullptr, 0});
      // The entity a gazetteer entry stands for (a capital for its country) and the place it lies
      // in are named too: "Pionyang" and "Corea del Norte" tell one story.
      if (!e) continue;
      for (const std::string* related : {&e->stands_for, &e->part_of}) {
        if (!related->empty() && *related != e->id) tally.Add(StoryNameKey(*related), {nullptr, related, 0});
      }
    }
  }
  for (size_t i = t.begin; i < t.end; ++i) {
    if (t.At(i).kind != TokenKind::kWord) continue;
    const std::string_view w = t.Text(i);
    if (w.size() < static_cast<size_t>(lex.min_word_letters) || w.empty() || IsAsciiDigits(w) || lex.stop_words.Contains(t, i)) continue;
    tally.Add(StoryWordKey(w), {nullptr, nullptr, static_cast<uint32_t>(i)});
  }
  // Each distinct term as (weight, key, where): small and free of strings, so that choosing the
  // strongest moves 40 bytes per step, not a StoryTerm with its string.
  struct Kept {
    double weight;
    uint64_t key;
    TermTally::Where where;
  };
  std::vector<Kept> kept;
  kept.reserve(tally.distinct());
  tally.ForEach([&](uint64_t key, uint32_t count, const TermTally::Where& where) {
    const bool name = where.name != nullptr || where.related != nullptr;
    const double w = (1.0 + std::log(static_cast<double>(count))) * (name ? lex.name_weight : 1.0);
    kept.push_back({w, key, where});
  });
  // The article's key code (stories/story_key_code.h), a term of its own beside the name and the
  // word it is written as.
  if (const std::optional<KeyCode> code = FindKeyCode(text, mentions)) {
    const double w = kKeyCodeWeight * (1.0 + std::log(static_cast<double>(code->count)));
    kept.push_back({w, StoryCodeKey(code->text), {nullptr, nullptr, static_cast<uint32_t>(code->first_token)}});
  }
  // The strongest terms (ties: by key, so the choice does not depend on the text's order).
  auto stronger = [](const Kept& a, const Kept& b) { return a.weight != b.weight ? a.weight > b.weight : a.key < b.key; };
  const size_t keep = static_cast<size_t>(lex.max_terms);
  if (kept.size() > keep) {
    std::nth_element(kept.begin(), kept.begin() + static_cast<long>(keep), kept.end(), stronger);
    kept.resize(keep);
  }
  std::sort(kept.begin(), kept.end(), [](const Kept& a, const Kept& b) { return a.key < b.key; });
  // Texts of the kept terms, for labels: a name as the gazetteer or the article first writes it.
  StoryTerms out;
  out.terms.reserve(kept.size());
  for (const Kept& k : kept) {
    const bool name = k.where.name != nullptr || k.where.related != nullptr;
    StoryTerm& term = out.terms.emplace_back(StoryTerm{k.key, k.weight, {}, name});
    if (k.where.name) {
      const Entity* e = EntityOf(lang, *k.where.name);
      term.text = e ? e->name : k.where.name->surface;
    } else if (k.where.related) {
      const Entity* e = lang.FindEntity(*k.where.related);
      term.text = e ? e->name : *k.where.related;
    } else {
      term.text = std::string(t.Text(k.where.token));
    }
  }
  return out;
}

}  // namespace contraste
