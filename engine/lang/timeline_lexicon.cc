#include "lang/timeline_lexicon.h"

#include <filesystem>

#include <fmt/format.h>

#include "lang/timeline_phrase_ids.h"
#include "lang/yaml_phrases.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

Status LoadTimelineLexicon(const std::string& dir, TextNormalizer& norm, TimelineLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "timeline.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"corrections", "changes", "restated", "provisional", "open_counts",
                                               "moments", "qualifiers"}));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "corrections", norm, &out->corrections));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "changes", norm, &out->changes, kChangePhrase));
  // Read right before a value too, so kept in the same table (lang/timeline_phrase_ids.h).
  if (m.Has("restated")) CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "restated", norm, &out->changes, kRestatedPhrase));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "provisional", norm, &out->provisional, kProvisionalPhrase));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "open_counts", norm, &out->provisional, kOpenCountPhrase));
  if (m.Has("qualifiers")) {
    // Each kind's phrases in the changes table, with the kind's id (lang/timeline_phrase_ids.h).
    YamlMap qualifiers(m.Node("qualifiers"), file);
    std::vector<std::string> keys(kQualifierKeys.begin(), kQualifierKeys.end());
    CONTRASTE_RETURN_IF_ERROR(qualifiers.AllowOnly(keys));
    for (int kind = 0; kind < kQualifierKinds; ++kind) {
      if (!qualifiers.Has(keys[static_cast<size_t>(kind)])) continue;
      CONTRASTE_RETURN_IF_ERROR(
          AddYamlPhrases(qualifiers, keys[static_cast<size_t>(kind)], norm, &out->changes, kQualifierPhrase + kind));
    }
  }
  if (!m.Has("moments")) return {};
  YamlMap moments(m.Node("moments"), file);
  CONTRASTE_RETURN_IF_ERROR(moments.AllowOnly({"counts", "clock", "day_parts"}));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(moments, "counts", norm, &out->counts));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(moments, "clock", norm, &out->clock));
  CONTRASTE_ASSIGN_OR_RETURN(parts, moments.NumberMap("day_parts"));
  for (const auto& [word, hour] : parts) {
    if (hour < 0 || hour >= 24) {
      return YamlError(file, moments.Node("day_parts")[word], fmt::format("day part '{}': hour {} is not in [0, 24)", word, hour));
    }
    if (!out->day_parts.Add(norm.Fold(word), static_cast<int>(out->day_part_minutes.size()))) {
      return YamlError(file, moments.Node("day_parts"), fmt::format("day part '{}' has no words", word));
    }
    out->day_part_minutes.push_back(static_cast<int>(hour * 60));
  }
  return {};
}

}  // namespace contraste
