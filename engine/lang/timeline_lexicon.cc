#include "lang/timeline_lexicon.h"

#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

Status LoadTimelineLexicon(const std::string& dir, TextNormalizer&, TimelineLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "timeline.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"corrections"}));
  CONTRASTE_ASSIGN_OR_RETURN(corrections, m.Strings("corrections"));
  out->corrections = corrections;
  return {};
}

}  // namespace contraste
