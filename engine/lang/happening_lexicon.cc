#include "lang/happening_lexicon.h"

#include <filesystem>

#include <fmt/format.h>

#include "lang/yaml_phrases.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

Status LoadHappeningLexicon(const std::string& dir, TextNormalizer& norm, HappeningLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "happenings.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"links", "ends", "complement_links", "which", "recurring", "happenings"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("happenings"));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "links", norm, &out->links));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "ends", norm, &out->ends));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "complement_links", norm, &out->complement_links));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "recurring", norm, &out->recurring));
  if (m.Has("which")) {
    const YAML::Node which = m.Node("which");
    if (!which.IsMap()) return YamlError(file, which, "'which' must map an occurrence id to its words");
    for (const auto& entry : which) {
      const std::string id = entry.first.as<std::string>();
      YamlMap holder(which, file);
      out->which_ids.push_back(id);
      CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(holder, id, norm, &out->which, static_cast<int>(out->which_ids.size() - 1)));
    }
  }
  const YAML::Node happenings = m.Node("happenings");
  if (!happenings.IsMap()) return YamlError(file, happenings, "'happenings' must map a happening id to its nouns and verbs");
  for (const auto& entry : happenings) {
    const std::string id = entry.first.as<std::string>();
    YamlMap h(entry.second, file);
    CONTRASTE_RETURN_IF_ERROR(h.AllowOnly({"nouns", "verbs"}));
    if (!h.Has("nouns") && !h.Has("verbs")) return YamlError(file, entry.second, fmt::format("happening '{}' names no noun or verb", id));
    const int index = static_cast<int>(out->ids.size());
    out->ids.push_back(id);
    CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(h, "nouns", norm, &out->nouns, index));
    CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(h, "verbs", norm, &out->verbs, index));
  }
  return {};
}

}  // namespace contraste
