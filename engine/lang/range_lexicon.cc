#include "lang/range_lexicon.h"

#include <fmt/format.h>

#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

Status AddAll(PhraseTable& table, TextNormalizer& norm, const std::string& file, const YAML::Node& at,
              const std::vector<std::string>& phrases, int id) {
  for (const auto& p : phrases) {
    if (!table.Add(norm.Fold(p), id)) return YamlError(file, at, fmt::format("phrase '{}' has no words", p));
  }
  return {};
}

Status LoadList(const YamlMap& m, TextNormalizer& norm, const std::string& key, PhraseTable* table) {
  CONTRASTE_ASSIGN_OR_RETURN(phrases, m.Strings(key));
  return AddAll(*table, norm, m.file(), m.Node(key), phrases, 0);
}

Result<RangeBound> ParseBound(const std::string& file, const YAML::Node& at, const std::string& name) {
  static const std::pair<const char*, RangeBound> kBounds[] = {{"above", RangeBound::kAbove},
                                                              {"at_least", RangeBound::kAtLeast},
                                                              {"below", RangeBound::kBelow},
                                                              {"at_most", RangeBound::kAtMost},
                                                              {"equal", RangeBound::kEqual}};
  for (const auto& [n, b] : kBounds) {
    if (name == n) return b;
  }
  return YamlError(file, at,
                   fmt::format("unknown bound '{}' (valid: above, at_least, below, at_most, equal)", name));
}

// `before:` or `after:`: a list of {bound, phrases}.
Status LoadComparisons(const YamlMap& m, TextNormalizer& norm, const std::string& key, PhraseTable* table) {
  if (!m.Has(key)) return {};
  YAML::Node list = m.Node(key);
  if (!list.IsSequence()) return YamlError(m.file(), list, fmt::format("'{}' must be a list", key));
  for (const auto& item : list) {
    YamlMap c(item, m.file());
    CONTRASTE_RETURN_IF_ERROR(c.AllowOnly({"bound", "phrases"}));
    CONTRASTE_RETURN_IF_ERROR(c.Require("bound"));
    CONTRASTE_RETURN_IF_ERROR(c.Require("phrases"));
    CONTRASTE_ASSIGN_OR_RETURN(name, c.String("bound"));
    CONTRASTE_ASSIGN_OR_RETURN(bound, ParseBound(m.file(), c.Node("bound"), *name));
    if (key == "after" && bound != RangeBound::kAtLeast && bound != RangeBound::kAtMost) {
      return YamlError(m.file(), c.Node("bound"), "a comparison after the number is at_least or at_most");
    }
    CONTRASTE_ASSIGN_OR_RETURN(phrases, c.Strings("phrases"));
    CONTRASTE_RETURN_IF_ERROR(AddAll(*table, norm, m.file(), item, phrases, static_cast<int>(bound)));
  }
  return {};
}

Status LoadSpans(const YamlMap& m, TextNormalizer& norm, RangeLexicon* out) {
  if (!m.Has("spans")) return {};
  YAML::Node list = m.Node("spans");
  if (!list.IsSequence()) return YamlError(m.file(), list, "'spans' must be a list");
  for (const auto& item : list) {
    YamlMap s(item, m.file());
    CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"opener", "connectors"}));
    CONTRASTE_RETURN_IF_ERROR(s.Require("opener"));
    CONTRASTE_RETURN_IF_ERROR(s.Require("connectors"));
    CONTRASTE_ASSIGN_OR_RETURN(opener, s.String("opener"));
    CONTRASTE_ASSIGN_OR_RETURN(connectors, s.Strings("connectors"));
    int id = static_cast<int>(out->connectors.size());
    out->connectors.emplace_back();
    CONTRASTE_RETURN_IF_ERROR(AddAll(out->openers, norm, m.file(), s.Node("opener"), {*opener}, id));
    CONTRASTE_RETURN_IF_ERROR(AddAll(out->connectors.back(), norm, m.file(), s.Node("connectors"), connectors, 0));
  }
  return {};
}

}  // namespace

Status LoadRangeLexicon(const std::string& dir, TextNormalizer& norm, RangeLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "ranges.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"spans", "dashes", "span_upper", "before", "after", "or_equal",
                                         "joins", "negatives", "articles", "ratios"}));
  CONTRASTE_RETURN_IF_ERROR(LoadSpans(m, norm, out));
  CONTRASTE_ASSIGN_OR_RETURN(upper, m.String("span_upper"));
  if (upper) {
    if (*upper != "open" && *upper != "closed") {
      return YamlError(file, m.Node("span_upper"), fmt::format("unknown span_upper '{}' (valid: open, closed)", *upper));
    }
    out->span_upper_open = *upper == "open";
  }
  CONTRASTE_RETURN_IF_ERROR(LoadComparisons(m, norm, "before", &out->before));
  CONTRASTE_RETURN_IF_ERROR(LoadComparisons(m, norm, "after", &out->after));
  CONTRASTE_RETURN_IF_ERROR(LoadList(m, norm, "dashes", &out->dashes));
  CONTRASTE_RETURN_IF_ERROR(LoadList(m, norm, "or_equal", &out->or_equal));
  CONTRASTE_RETURN_IF_ERROR(LoadList(m, norm, "joins", &out->joins));
  CONTRASTE_RETURN_IF_ERROR(LoadList(m, norm, "negatives", &out->negatives));
  CONTRASTE_RETURN_IF_ERROR(LoadList(m, norm, "articles", &out->articles));
  CONTRASTE_RETURN_IF_ERROR(LoadList(m, norm, "ratios", &out->ratios));
  return {};
}

}  // namespace contraste
