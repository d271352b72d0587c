#include "lang/yaml_phrases.h"

#include <fmt/format.h>

#include "text/normalizer.h"

namespace contraste {

Status AddYamlPhrases(const YamlMap& m, const std::string& key, TextNormalizer& norm, PhraseTable* table, int id) {
  CONTRASTE_ASSIGN_OR_RETURN(phrases, m.Strings(key));
  for (size_t p = 0; p < phrases.size(); ++p) {
    if (!table->Add(norm.Fold(phrases[p]), id)) {
      const YAML::Node list = m.Node(key);
      return YamlError(m.file(), list.IsSequence() ? list[p] : list, fmt::format("phrase '{}' has no words", phrases[p]));
    }
  }
  return {};
}

}  // namespace contraste
