// What every libFuzzer harness of fuzz/ shares: the engine over the repository's rules (loaded
// once), documents from fuzz bytes, and the invariants checked on every run besides the absence of
// crashes: a quote is the file's bytes at [offset, offset+length), a conflict has two sides or more,
// and the same input gives the same report. A broken invariant aborts, so libFuzzer saves the input.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/engine.h"
#include "report/report_writers.h"
#include "text/corpus_loader.h"

namespace contraste::fuzz {

// CONTRASTE_SOURCE_DIR is the source tree the harness was built from.
inline std::string SourcePath(const std::string& rel) { return std::string(CONTRASTE_SOURCE_DIR) + "/" + rel; }

inline Engine& SharedEngine() {
  static std::unique_ptr<Engine> engine = [] {
    auto e = Engine::Load(SourcePath("rules"));
    if (!e) {
      std::fprintf(stderr, "%s\n", e.error().ToString().c_str());
      std::abort();
    }
    return std::move(*e);
  }();
  return *engine;
}

[[noreturn]] inline void Broken(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits the input into up to `most` pieces at a line "===" (a seed is articles joined so).
inline std::vector<std::string> Pieces(std::string_view in, size_t most) {
  std::vector<std::string> out;
  constexpr std::string_view kCut = "\n===\n";
  while (out.size() + 1 < most) {
    size_t at = in.find(kCut);
    if (at == std::string_view::npos) break;
    out.emplace_back(in.substr(0, at));
    in.remove_prefix(at + kCut.size());
  }
  out.emplace_back(in);
  return out;
}

// Documents from the pieces that are readable articles (the others are what the CLI skips).
inline std::vector<Document> Documents(const std::vector<std::string>& pieces) {
  std::vector<Document> docs;
  DocumentMetadata meta;
  meta.language = "es";
  for (size_t k = 0; k < pieces.size(); ++k) {
    auto d = DocumentFromBytes(pieces[k], "d" + std::to_string(k), meta);
    if (d) docs.push_back(std::move(*d));
  }
  return docs;
}

// Every quote is the bytes of its document at [offset, offset+length); every conflict has two
// sides or more, every agreement one side and two claims or more.
inline void CheckAnalysis(const Analysis& a) {
  for (const Claim& c : a.claims) {
    if (c.doc >= a.documents.size()) Broken("claim of no document");
    const std::string& bytes = a.documents[c.doc].bytes;
    if (c.offset > bytes.size() || c.length > bytes.size() - c.offset) Broken("quote outside its file");
    if (std::string_view(bytes).substr(c.offset, c.length) != c.quote) Broken("quote is not the file's bytes: " + c.quote);
  }
  for (const Finding& f : a.findings) {
    std::set<int> sides;
    for (const FindingClaim& fc : f.claims) {
      if (fc.claim >= a.claims.size()) Broken("finding names no claim");
      sides.insert(fc.side);
    }
    if (f.kind == "conflict" && sides.size() < 2) Broken("conflict with fewer than two sides: " + f.id);
    if (f.kind == "agreement" && f.claims.size() < 2) Broken("agreement of fewer than two claims: " + f.id);
  }
}

inline std::string JsonOf(const Analysis& a) {
  std::ostringstream out;
  WriteJsonReport(a, out);
  return out.str();
}

// Analyses the documents twice: the invariants hold and both reports are the same bytes.
inline void AnalyseAndCheck(const std::vector<Document>& docs) {
  Analysis first = SharedEngine().Analyze(docs);
  CheckAnalysis(first);
  Analysis second = SharedEngine().Analyze(docs);
  if (JsonOf(first) != JsonOf(second)) Broken("the same input gave two reports");
}

}  // namespace contraste::fuzz
