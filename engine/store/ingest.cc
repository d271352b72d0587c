#include "store/ingest.h"

#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <set>

#include "core/fingerprint.h"
#include "store/analysis_codec.h"
#include "text/corpus_loader.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

// The error a skipped file is stored with: the analysis's, with the file's path when it names none.
// Built field by field out of line: GCC 12 warns falsely (-Wmaybe-uninitialized) on a copy out of
// the result's variant when this is inlined into the lambda below.
[[gnu::noinline]] Error SkippedError(const Error& why, const std::string& path) {
  Error e = MakeError(why.code, why.message);
  e.file = why.file.empty() ? path : why.file;
  e.line = why.line;
  e.column = why.column;
  e.offset = why.offset;
  return e;
}

// True when `path` is `root` or lies under it (lexically).
bool Under(const std::string& path, const std::string& root) {
  const std::string p = fs::path(path).lexically_normal().generic_string();
  std::string r = fs::path(root).lexically_normal().generic_string();
  if (p == r) return true;
  if (!r.empty() && r.back() != '/') r += '/';
  return r == "./" || p.rfind(r, 0) == 0;
}

bool UnderAny(const std::string& path, const std::vector<std::string>& roots) {
  for (const std::string& r : roots) {
    if (Under(path, r)) return true;
  }
  return false;
}

}  // namespace

Status RefreshDerived(Engine& engine, ClaimsStore& store) {
  auto a = AnalysisFromStore(engine, store);
  if (!a) return a.error();
  return store.PutDerived(*a);
}

Result<IngestCounts> Ingest(Engine& engine, ClaimsStore& store, const std::vector<std::string>& paths,
                            const std::string& rules_version, const IngestProgress& progress) {
  EngineSet one = EngineSet::Of(engine);
  return Ingest(one, store, paths, rules_version, progress);
}

Result<IngestCounts> Ingest(EngineSet& engines, ClaimsStore& store, const std::vector<std::string>& paths,
                            const std::string& rules_version, const IngestProgress& progress) {
  Engine& engine = engines.at(0);
  IngestCounts n;
  auto stored_docs = store.Documents();
  if (!stored_docs) return stored_docs.error();
  auto stored_skips = store.Skipped();
  if (!stored_skips) return stored_skips.error();
  std::map<std::string, StoredEntry> by_id;
  for (StoredEntry& e : *stored_docs) by_id.emplace(e.id, std::move(e));

  CorpusLoad load = LoadCorpus(paths, DocumentMetadata{});
  std::set<std::string> present_ids, present_paths;
  // What must be analysed, and why.
  std::vector<size_t> todo;
  std::vector<std::string> hashes(load.documents.size());
  size_t stale_for_rules = 0;
  for (size_t i = 0; i < load.documents.size(); ++i) {
    const Document& d = load.documents[i];
    present_ids.insert(d.id);
    present_paths.insert(d.path);
    hashes[i] = ContentHash(d);
    auto it = by_id.find(d.id);
    if (it != by_id.end() && it->second.content_hash == hashes[i] && it->second.path == d.path) {
      if (it->second.rules_version == rules_version) {
        ++n.unchanged;
        continue;
      }
      ++stale_for_rules;
    }
    todo.push_back(i);
  }
  if (stale_for_rules > 0 && progress.rules_changed) progress.rules_changed(stale_for_rules);
  std::map<std::string, StoredEntry> skipped_by_path;
  for (const StoredEntry& e : *stored_skips) skipped_by_path.emplace(e.path, e);
  for (const Error& e : load.skipped) {
    present_paths.insert(e.file);
    // A file that cannot be read has no content to hash: its error stands for it.
    const std::string hash = fmt::format("{:016x}", Fnv1a64(e.ToString()));
    auto known = skipped_by_path.find(e.file);
    const bool same = known != skipped_by_path.end() && known->second.content_hash == hash &&
                      known->second.rules_version == rules_version;
    if (!same) {
      if (Status s = store.PutSkipped(e, 0, hash, rules_version); !s) return s.error();
    }
    ++n.skipped;
    if (progress.skipped) progress.skipped(e);
  }
  // Analysed on the engines' threads; written here, in order, one transaction each.
  std::vector<Document> to_analyse;
  to_analyse.reserve(todo.size());
  for (size_t i : todo) to_analyse.push_back(std::move(load.documents[i]));
  std::vector<bool> known(todo.size()), same_content(todo.size());
  std::vector<size_t> sizes(todo.size());
  std::vector<std::string> doc_paths(todo.size());
  for (size_t k = 0; k < todo.size(); ++k) {
    const Document& d = to_analyse[k];
    auto it = by_id.find(d.id);
    known[k] = it != by_id.end();
    same_content[k] = known[k] && it->second.content_hash == hashes[todo[k]] && it->second.path == d.path;
    sizes[k] = d.bytes.size();
    doc_paths[k] = d.path;
  }
  Status failed;
  AnalyzeEachInParallel(engines, to_analyse, [&](size_t k, Result<DocumentAnalysis> analysed) {
    if (!analysed) {
      const Error e = SkippedError(analysed.error(), doc_paths[k]);
      if (Status s = store.PutSkipped(e, 1, hashes[todo[k]], rules_version); !s) {
        failed = s;
        return false;
      }
      ++n.skipped;
      if (progress.skipped) progress.skipped(e);
    } else {
      if (Status s = store.PutDocument(*analysed, hashes[todo[k]], rules_version); !s) {
        failed = s;
        return false;
      }
      (!known[k] ? n.added : same_content[k] ? n.reanalysed : n.changed) += 1;
      n.bytes_analysed += sizes[k];
    }
    if (progress.step) progress.step(k + 1, todo.size());
    return true;
  });
  if (!failed) return failed.error();
  // Gone: stored under one of the paths, and neither loaded nor skipped now.
  for (const auto& [id, e] : by_id) {
    if (present_ids.count(id) || present_paths.count(e.path) || !UnderAny(e.path, paths)) continue;
    auto removed = store.RemoveDocument(id);
    if (!removed) return removed.error();
    n.removed += *removed ? 1 : 0;
  }
  for (const StoredEntry& e : *stored_skips) {
    if (present_paths.count(e.path) || !UnderAny(e.path, paths)) continue;
    if (Status s = store.RemoveSkipped(e.path); !s) return s.error();
    ++n.removed;
  }
  auto stale = store.DerivedIsStale();
  if (!stale) return stale.error();
  if (*stale) {
    if (Status s = RefreshDerived(engine, store); !s) return s.error();
  }
  return n;
}

}  // namespace contraste
