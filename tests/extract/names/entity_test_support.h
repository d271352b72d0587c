// Helpers for the entity suites: the entity mentions (gazetteer and unknown names) of a text, run
// through the same stages as the pipeline.
#pragma once

#include <string>
#include <vector>

#include "extract/mention_extractor.h"
#include "extract/names/name_finder.h"
#include "test_support.h"
#include "text/analyzed_text.h"

namespace contraste::testing {

struct FoundEntity {
  std::string id;       // gazetteer id or "name:..."
  std::string surface;  // the source bytes the mention covers
};

inline std::vector<FoundEntity> EntitiesOf(const std::string& text) {
  Engine& engine = SharedEngine();
  const Language& lang = *engine.FindLanguage("es");
  Document doc = Doc("d", text);
  auto splitter = SentenceSplitter::Create("es");
  if (!splitter) throw std::runtime_error(splitter.error().ToString());
  AnalyzedText at = AnalyzeText(doc, engine.normalizer(), **splitter);
  NameContext ctx = NameContextOf(doc, at);
  std::vector<FoundEntity> out;
  for (const Sentence& s : at.sentences) {
    std::vector<Mention> ms = ExtractMentions(lang, at.SentenceTokens(s));
    AddUnknownNames(lang, ctx, s, &ms);
    for (const Mention& m : ms) {
      if (m.kind != MentionKind::kEntity) continue;
      size_t b = at.OrigBegin(m.begin_token), e = at.OrigEnd(m.end_token - 1);
      out.push_back({m.normalized, doc.bytes.substr(b, e - b)});
    }
  }
  return out;
}

// The ids found, in text order.
inline std::vector<std::string> EntityIdsOf(const std::string& text) {
  std::vector<std::string> ids;
  for (const auto& e : EntitiesOf(text)) ids.push_back(e.id);
  return ids;
}

}  // namespace contraste::testing
