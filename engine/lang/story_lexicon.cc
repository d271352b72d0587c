#include "lang/story_lexicon.h"

#include <fmt/format.h>

#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

Status ReadInt(const YamlMap& m, const char* key, int min, int* out) {
  CONTRASTE_ASSIGN_OR_RETURN(v, m.Number(key));
  if (!v) return {};
  if (*v < min) return YamlError(m.file(), m.Node(key), fmt::format("'{}' must be at least {}", key, min));
  *out = static_cast<int>(*v);
  return {};
}

Status ReadFraction(const YamlMap& m, const char* key, double* out) {
  CONTRASTE_ASSIGN_OR_RETURN(v, m.Number(key));
  if (!v) return {};
  if (*v < 0 || *v > 1) return YamlError(m.file(), m.Node(key), fmt::format("'{}' must be between 0 and 1", key));
  *out = *v;
  return {};
}

}  // namespace

Status LoadStoryLexicon(const std::string& dir, TextNormalizer& norm, StoryLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "stories.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"stop_words", "lead_sentences", "min_word_letters", "max_terms",
                                         "name_weight", "min_similarity", "min_similarity_far", "near_days",
                                         "max_documents_per_term", "background_documents"}));
  CONTRASTE_ASSIGN_OR_RETURN(stop, m.Strings("stop_words"));
  for (const auto& w : stop) out->stop_words.Insert(norm.Fold(w));
  CONTRASTE_RETURN_IF_ERROR(ReadInt(m, "lead_sentences", 1, &out->lead_sentences));
  CONTRASTE_RETURN_IF_ERROR(ReadInt(m, "min_word_letters", 1, &out->min_word_letters));
  CONTRASTE_RETURN_IF_ERROR(ReadInt(m, "max_terms", 1, &out->max_terms));
  CONTRASTE_RETURN_IF_ERROR(ReadInt(m, "near_days", 0, &out->near_days));
  CONTRASTE_RETURN_IF_ERROR(ReadInt(m, "max_documents_per_term", 2, &out->max_documents_per_term));
  CONTRASTE_RETURN_IF_ERROR(ReadInt(m, "background_documents", 0, &out->background_documents));
  CONTRASTE_ASSIGN_OR_RETURN(weight, m.Number("name_weight"));
  if (weight) {
    if (*weight <= 0) return YamlError(file, m.Node("name_weight"), "'name_weight' must be positive");
    out->name_weight = *weight;
  }
  CONTRASTE_RETURN_IF_ERROR(ReadFraction(m, "min_similarity", &out->min_similarity));
  CONTRASTE_RETURN_IF_ERROR(ReadFraction(m, "min_similarity_far", &out->min_similarity_far));
  return {};
}

}  // namespace contraste
