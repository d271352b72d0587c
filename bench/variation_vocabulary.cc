#include "variation_vocabulary.h"

#include "lang/yaml_reader.h"

namespace contraste::bench {

namespace {

// Adds the words of a `word: number` map to `out` under `group`.
Status AddWords(const YamlMap& m, const std::string& key, int group, TextNormalizer& normalizer,
                std::vector<VocabularyWord>* out) {
  auto words = m.NumberMap(key);
  if (!words) return words.error();
  for (const auto& [print, value] : *words) {
    (void)value;
    out->push_back({print, normalizer.Fold(print), group});
  }
  return {};
}

}  // namespace

const VocabularyWord* VariationVocabulary::FindNumberWord(const std::string& folded) const {
  auto it = number_index.find(folded);
  return it == number_index.end() ? nullptr : &number_words[it->second];
}

const VocabularyWord* VariationVocabulary::FindOrdinalWord(const std::string& folded) const {
  auto it = ordinal_index.find(folded);
  return it == ordinal_index.end() ? nullptr : &ordinal_words[it->second];
}

std::vector<const VocabularyWord*> VariationVocabulary::SameGroup(const std::vector<VocabularyWord>& words,
                                                                  const VocabularyWord& w) {
  std::vector<const VocabularyWord*> out;
  for (const VocabularyWord& o : words) {
    if (o.group == w.group) out.push_back(&o);
  }
  return out;
}

Result<VariationVocabulary> LoadVariationVocabulary(const std::string& lang_dir, TextNormalizer& normalizer) {
  VariationVocabulary v;

  auto hedges = YamlFile::Load(lang_dir + "/hedges.yaml");
  if (!hedges) return hedges.error();
  YamlMap hm(hedges->root, hedges->path);
  if (Status s = hm.Require("hedges"); !s) return s.error();
  YAML::Node list = hm.Node("hedges");
  if (!list.IsSequence()) return YamlError(hedges->path, hedges->root, "'hedges' must be a list");
  for (const YAML::Node& item : list) {
    auto phrases = YamlMap(item, hedges->path).Strings("phrases");
    if (!phrases) return phrases.error();
    for (const std::string& p : *phrases) {
      v.hedge_phrases.push_back(p);
      v.hedge_phrases_folded.push_back(normalizer.Fold(p));
    }
  }

  auto numbers = YamlFile::Load(lang_dir + "/numbers.yaml");
  if (!numbers) return numbers.error();
  YamlMap nm(numbers->root, numbers->path);
  if (Status s = nm.Require("cardinals"); !s) return s.error();
  YamlMap cardinals(nm.Node("cardinals"), numbers->path);
  const char* roles[] = {"unit", "teen", "tens"};
  for (int role = 0; role < 3; ++role) {
    if (Status s = cardinals.Require(roles[role]); !s) return s.error();
    if (Status s = AddWords(cardinals, roles[role], role, normalizer, &v.number_words); !s) return s.error();
  }
  if (nm.Has("ordinals")) {
    YamlMap ordinals(nm.Node("ordinals"), numbers->path);
    if (ordinals.Has("words")) {
      std::vector<VocabularyWord> words;
      if (Status s = AddWords(ordinals, "words", 0, normalizer, &words); !s) return s.error();
      // Ordinals agree with their noun: only words with the same last letter replace each other.
      for (VocabularyWord& w : words) w.group = w.folded.empty() ? 0 : static_cast<unsigned char>(w.folded.back());
      v.ordinal_words = std::move(words);
    }
  }
  for (size_t i = 0; i < v.number_words.size(); ++i) v.number_index.emplace(v.number_words[i].folded, i);
  for (size_t i = 0; i < v.ordinal_words.size(); ++i) v.ordinal_index.emplace(v.ordinal_words[i].folded, i);
  return v;
}

}  // namespace contraste::bench
