#include "lang/language_guess.h"

#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace contraste {

Status LoadFunctionWords(const std::string& dir, TextNormalizer& normalizer, FunctionWords* out) {
  const std::string file = (std::filesystem::path(dir) / "function_words.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"function_words", "fallback"}));
  CONTRASTE_ASSIGN_OR_RETURN(fallback, m.Bool("fallback"));
  out->fallback = fallback && *fallback;
  CONTRASTE_RETURN_IF_ERROR(m.Require("function_words"));
  CONTRASTE_ASSIGN_OR_RETURN(words, m.Strings("function_words"));
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string folded = normalizer.Fold(words[k]);
    std::vector<Token> tokens;
    Tokenize(folded, 0, folded.size(), &tokens);
    if (tokens.size() != 1 || tokens[0].kind != TokenKind::kWord) {
      const YAML::Node list = m.Node("function_words");
      return YamlError(file, list.IsSequence() ? list[k] : list, "a function word must be one word: '" + words[k] + "'");
    }
    out->words.Insert(folded);
  }
  return {};
}

LanguageGuess GuessLanguage(const std::vector<std::pair<std::string, const FunctionWords*>>& languages,
                            std::string_view folded) {
  std::vector<Token> tokens;
  Tokenize(folded, 0, folded.size(), &tokens);
  std::vector<size_t> hits(languages.size(), 0);
  LanguageGuess g;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord) continue;
    ++g.words;
    const std::string_view w = folded.substr(t.begin, t.end - t.begin);
    for (size_t k = 0; k < languages.size(); ++k) {
      if (languages[k].second->words.Contains(w, t.hash)) ++hits[k];
    }
  }
  size_t best = 0;
  for (size_t k = 1; k < languages.size(); ++k) {
    if (hits[k] > hits[best]) best = k;
  }
  for (size_t k = 0; k < languages.size(); ++k) {
    if (k != best) g.runner_up = std::max(g.runner_up, hits[k]);
  }
  if (languages.empty() || hits[best] == 0 || hits[best] == g.runner_up) return g;
  g.code = languages[best].first;
  g.hits = hits[best];
  return g;
}

}  // namespace contraste
