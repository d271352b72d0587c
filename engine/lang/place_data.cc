#include "lang/place_data.h"

#include <fmt/format.h>

#include <filesystem>

#include "lang/iso_places.h"
#include "lang/language.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

Result<std::string> PlaceKind(const Language& lang, const std::string& file, const YAML::Node& at) {
  const std::string kind = at.IsScalar() ? at.Scalar() : "";
  if (!lang.kinds.Has(kind) || !lang.kinds.IsA(kind, "place")) {
    return YamlError(file, at, fmt::format("'{}' is not a kind of place", kind));
  }
  return kind;
}

// "{place} , en la provincia de {container}": slots and the folded tokens between them.
Result<ContainmentPattern> ParsePattern(TextNormalizer& norm, const std::string& file, const YAML::Node& at,
                                        const std::string& text) {
  ContainmentPattern p;
  p.text = text;
  size_t places = 0, containers = 0;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('{', i);
    const std::string literal = text.substr(i, open == std::string::npos ? std::string::npos : open - i);
    const std::string folded = norm.Fold(literal);
    std::vector<Token> toks;
    Tokenize(folded, 0, folded.size(), &toks);
    for (const Token& t : toks) p.elements.push_back({ContainmentPattern::Part::kWord, folded.substr(t.begin, t.end - t.begin)});
    if (open == std::string::npos) break;
    const size_t close = text.find('}', open);
    if (close == std::string::npos) return YamlError(file, at, fmt::format("pattern '{}': '{{' without '}}'", text));
    const std::string slot = text.substr(open + 1, close - open - 1);
    if (slot == "place") {
      p.elements.push_back({ContainmentPattern::Part::kPlace, ""});
      ++places;
    } else if (slot == "container") {
      p.elements.push_back({ContainmentPattern::Part::kContainer, ""});
      ++containers;
    } else {
      return YamlError(file, at, fmt::format("pattern '{}': unknown slot '{{{}}}' (use {{place}} and {{container}})", text, slot));
    }
    i = close + 1;
  }
  if (places != 1 || containers != 1) {
    return YamlError(file, at, fmt::format("pattern '{}' must hold one {{place}} and one {{container}}", text));
  }
  return p;
}

Status LoadContainment(TextNormalizer& norm, const Language& lang, const std::string& file, const YAML::Node& list,
                       PlaceCues* cues) {
  if (!list.IsSequence()) return YamlError(file, list, "'containment' must be a list of patterns");
  for (const auto& item : list) {
    YamlMap m(item, file);
    CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"pattern", "kind", "needs_noun"}));
    CONTRASTE_RETURN_IF_ERROR(m.Require("pattern"));
    CONTRASTE_ASSIGN_OR_RETURN(text, m.String("pattern"));
    CONTRASTE_ASSIGN_OR_RETURN(needs_noun, m.Bool("needs_noun"));
    CONTRASTE_ASSIGN_OR_RETURN(pattern, ParsePattern(norm, file, m.Node("pattern"), *text));
    if (m.Has("kind")) {
      CONTRASTE_ASSIGN_OR_RETURN(kind, PlaceKind(lang, file, m.Node("kind")));
      pattern.kind = kind;
    }
    pattern.needs_noun = needs_noun.value_or(false);
    cues->containment.push_back(std::move(pattern));
  }
  return {};
}

}  // namespace

Status LoadPlaceData(const std::string& dir, TextNormalizer& norm, Language& lang) {
  const std::string file = (std::filesystem::path(dir) / "places.yaml").string();
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"nouns", "noun_links", "media", "containment", "inside", "iso_3166"}));
  PlaceCues& cues = lang.places;
  if (m.Has("nouns")) {
    YAML::Node nouns = m.Node("nouns");
    if (!nouns.IsMap()) return YamlError(file, nouns, "'nouns' must map a noun to a kind of place");
    for (const auto& kv : nouns) {
      CONTRASTE_ASSIGN_OR_RETURN(kind, PlaceKind(lang, file, kv.second));
      cues.nouns[norm.Fold(kv.first.Scalar())] = kind;
    }
  }
  CONTRASTE_ASSIGN_OR_RETURN(links, m.Strings("noun_links"));
  for (const auto& w : links) cues.noun_links.Insert(norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(media, m.Strings("media"));
  for (const auto& w : media) cues.media.Insert(norm.Fold(w));
  if (m.Has("containment")) CONTRASTE_RETURN_IF_ERROR(LoadContainment(norm, lang, file, m.Node("containment"), &cues));
  if (m.Has("inside")) {
    YAML::Node inside = m.Node("inside");
    if (!inside.IsMap()) return YamlError(file, inside, "'inside' must map a container's level to a kind of place");
    for (const auto& kv : inside) {
      CONTRASTE_ASSIGN_OR_RETURN(level, PlaceKind(lang, file, kv.first));
      CONTRASTE_ASSIGN_OR_RETURN(kind, PlaceKind(lang, file, kv.second));
      cues.inside[level] = kind;
    }
  }
  if (m.Has("iso_3166")) CONTRASTE_RETURN_IF_ERROR(LoadIsoPlaces(file, m.Node("iso_3166"), norm, lang));
  return {};
}

}  // namespace contraste
