// Shared helpers for the doctest suites: the engine over the repository's rules, documents built
// from strings, and the pipeline run on them.
#pragma once

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "report/ui_text.h"
#include "text/corpus_loader.h"
#include "test_paths.h"

namespace contraste::testing {

inline std::string SourcePath(const std::string& rel) { return std::string(CONTRASTE_SOURCE_DIR) + "/" + rel; }

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One engine per test binary, over rules/ of the source tree.
inline Engine& SharedEngine() {
  static std::unique_ptr<Engine> engine = [] {
    auto e = Engine::Load(SourcePath("rules"));
    if (!e) throw std::runtime_error(e.error().ToString());
    return std::move(*e);
  }();
  return *engine;
}

// The page words of rules/<language>/ui.yaml, one load per language and test binary.
inline const UiText& PageUi(const std::string& language) {
  static std::map<std::string, UiText> loaded;
  auto it = loaded.find(language);
  if (it == loaded.end()) {
    auto ui = LoadUiText(SourcePath("rules/" + language + "/ui.yaml"), language);
    if (!ui) throw std::runtime_error(ui.error().ToString());
    it = loaded.emplace(language, std::move(*ui)).first;
  }
  return it->second;
}

// A document from text, published on `published` (YYYY-MM-DD, or empty for none), Spanish.
inline Document Doc(const std::string& id, const std::string& text, const std::string& published = "2024-06-19") {
  DocumentMetadata meta;
  meta.language = "es";
  if (!published.empty()) meta.published = CivilDate::Parse(published);
  auto d = DocumentFromBytes(text, id, meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

// A document in `language` ("en"; empty: not given, so the engine guesses it from the text).
inline Document DocIn(const std::string& language, const std::string& id, const std::string& text,
                      const std::string& published = "2024-06-19") {
  DocumentMetadata meta;
  if (!language.empty()) meta.language = language;
  if (!published.empty()) meta.published = CivilDate::Parse(published);
  auto d = DocumentFromBytes(text, id, meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

inline Analysis Analyze(std::vector<Document> docs) { return SharedEngine().Analyze(std::move(docs)); }

// Claims of a single text.
inline std::vector<Claim> ClaimsOf(const std::string& text) { return Analyze({Doc("d", text)}).claims; }

// The first claim whose quote starts with `quote`, or null.
// How many findings of `kind` ("conflict", "revision"...) an analysis holds.
inline size_t CountFindings(const Analysis& a, const std::string& kind) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.kind == kind;
  return n;
}

inline const Claim* FindQuoting(const std::vector<Claim>& claims, const std::string& quote) {
  for (const Claim& c : claims) {
    if (c.quote.rfind(quote, 0) == 0) return &c;
  }
  return nullptr;
}

}  // namespace contraste::testing
