#include "lang/state_lexicon.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "lang/yaml_phrases.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

// One entry of `measures`: its actions, its values with their words, and each value's denial.
Status LoadMeasure(const YAML::Node& node, const std::string& file, TextNormalizer& norm, StateLexicon* out) {
  YamlMap m(node, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"id", "actions", "values"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("id"));
  CONTRASTE_RETURN_IF_ERROR(m.Require("actions"));
  CONTRASTE_RETURN_IF_ERROR(m.Require("values"));
  CONTRASTE_ASSIGN_OR_RETURN(id, m.String("id"));
  const size_t measure = out->measures.size();
  StateMeasure sm;
  sm.id = *id;
  const YAML::Node actions = m.Node("actions");
  if (!actions.IsMap()) return YamlError(file, actions, "'actions' must map action ids to their words");
  YamlMap action_map(actions, file);
  for (const auto& kv : actions) {
    const std::string action = kv.first.Scalar();
    const int ref = static_cast<int>(out->action_refs.size());
    out->action_refs.push_back({measure, action});
    CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(action_map, action, norm, &out->actions, ref));
  }
  const YAML::Node values = m.Node("values");
  if (!values.IsMap() || values.size() < 2) return YamlError(file, values, "'values' must map two or more category ids to their words");
  for (const auto& kv : values) sm.values.push_back(kv.first.Scalar());
  for (const auto& kv : values) {
    YamlMap v(kv.second, file);
    CONTRASTE_RETURN_IF_ERROR(v.AllowOnly({"phrases", "right_after", "right_before", "negated"}));
    const size_t value = sm.negated.size();
    const int ref = static_cast<int>(out->value_refs.size());
    out->value_refs.push_back({measure, value});
    CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(v, "phrases", norm, &out->near_words, ref));
    CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(v, "right_after", norm, &out->right_after, ref));
    CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(v, "right_before", norm, &out->right_before, ref));
    CONTRASTE_ASSIGN_OR_RETURN(negated, v.String("negated"));
    int negated_index = -1;
    if (negated) {
      auto it = std::find(sm.values.begin(), sm.values.end(), *negated);
      if (it == sm.values.end() || *it == sm.values[value]) {
        return YamlError(file, v.Node("negated"), fmt::format("'negated' must name another value of '{}': {}", sm.id,
                                                              fmt::join(sm.values, ", ")));
      }
      negated_index = static_cast<int>(it - sm.values.begin());
    }
    sm.negated.push_back(negated_index);
  }
  out->measures.push_back(std::move(sm));
  return {};
}

}  // namespace

Status LoadStateLexicon(const std::string& dir, TextNormalizer& norm, StateLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "states.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(
      m.AllowOnly({"window", "negation_window", "negations", "hypotheticals", "coordinators", "measures"}));
  CONTRASTE_ASSIGN_OR_RETURN(window, m.Number("window"));
  if (window) out->window = static_cast<int>(*window);
  CONTRASTE_ASSIGN_OR_RETURN(negation_window, m.Number("negation_window"));
  if (negation_window) out->negation_window = static_cast<int>(*negation_window);
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "negations", norm, &out->negations, 0));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "hypotheticals", norm, &out->hypotheticals, 0));
  CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "coordinators", norm, &out->coordinators, 0));
  const YAML::Node measures = m.Node("measures");
  if (!measures.IsDefined()) return {};
  if (!measures.IsSequence()) return YamlError(file, measures, "'measures' must be a list");
  for (const YAML::Node& node : measures) CONTRASTE_RETURN_IF_ERROR(LoadMeasure(node, file, norm, out));
  return {};
}

}  // namespace contraste
