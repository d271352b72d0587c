#include "eval/gold_corpus.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "text/corpus_loader.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

std::string CanonicalDir(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(dir, ec);
  return ec ? fs::path(dir).lexically_normal().generic_string() : p.generic_string();
}

// Why the article `doc` of `dir` cannot be quoted: it was unreadable, or it is not there.
std::string MissingArticle(const std::string& doc, const std::string& dir, const std::vector<Error>& unreadable) {
  for (const Error& e : unreadable) {
    if (fs::path(e.file).stem() == doc && CanonicalDir(fs::path(e.file).parent_path().string()) == CanonicalDir(dir)) {
      return fmt::format("article '{}' could not be read: {}", doc, e.ToString());
    }
  }
  return fmt::format("no article '{}' in {}", doc, dir);
}

}  // namespace

Result<std::vector<GoldGroup>> GroupGoldFiles(std::vector<GoldFile> files) {
  std::sort(files.begin(), files.end(), [](const GoldFile& a, const GoldFile& b) { return a.path < b.path; });
  std::map<std::string, std::string> story_file;
  std::map<std::string, GoldGroup> by_dir;
  for (GoldFile& f : files) {
    auto [it, fresh] = story_file.emplace(f.story, f.path);
    if (!fresh) {
      return MakeFileError(ErrorCode::kBadGold, f.path, f.story_line, f.story_column,
                           fmt::format("story '{}' is already the story of {}", f.story, it->second));
    }
    const fs::path parent = fs::path(f.path).parent_path().lexically_normal();
    const std::string dir = parent.empty() ? std::string(".") : parent.generic_string();
    GoldGroup& g = by_dir[dir];
    g.dir = dir;
    g.files.push_back(std::move(f));
  }
  std::vector<GoldGroup> groups;
  for (auto& [dir, g] : by_dir) groups.push_back(std::move(g));
  return groups;
}

std::vector<LocatedItem> WithoutDocuments(std::vector<LocatedItem> items, const std::set<std::string>& ids,
                                          std::vector<LocatedItem>* set_aside) {
  std::vector<LocatedItem> kept;
  for (LocatedItem& item : items) {
    LocatedItem pruned{item.file, item.story, item.item, {}};
    pruned.item.sides.clear();
    std::set<std::string> docs;
    for (size_t s = 0; s < item.sides.size(); ++s) {
      GoldSide quotes;
      std::vector<LocatedQuote> places;
      for (size_t q = 0; q < item.sides[s].size(); ++q) {
        if (ids.count(item.sides[s][q].doc_id)) continue;
        quotes.push_back(item.item.sides[s][q]);
        places.push_back(item.sides[s][q]);
        docs.insert(item.sides[s][q].doc_id);
      }
      if (places.empty()) continue;
      pruned.item.sides.push_back(std::move(quotes));
      pruned.sides.push_back(std::move(places));
    }
    const bool scorable = item.item.kind == "agreement" ? docs.size() >= 2 : pruned.sides.size() >= 2;
    if (scorable) {
      kept.push_back(std::move(pruned));
    } else {
      set_aside->push_back(std::move(item));
    }
  }
  return kept;
}

Result<GoldCorpus> LoadGoldCorpus(const GoldGroup& group) {
  GoldCorpus corpus;
  // Two gold files may annotate the same articles: they are read once, under the first story.
  std::map<std::string, std::string> prefix_of_dir;
  std::vector<std::string> prefix_of_file;
  for (const GoldFile& f : group.files) {
    std::error_code ec;
    if (!fs::is_directory(f.articles, ec)) {
      return MakeFileError(ErrorCode::kBadGold, f.path, f.articles_line, f.articles_column,
                           fmt::format("articles directory {} not found", f.articles));
    }
    auto [it, fresh] = prefix_of_dir.emplace(CanonicalDir(f.articles), f.story);
    prefix_of_file.push_back(it->second);
    if (!fresh) continue;
    CorpusLoad load = LoadCorpus({f.articles}, DocumentMetadata{});
    for (Document& d : load.documents) {
      d.id = fmt::format("{}/{}", f.story, d.id);
      corpus.documents.push_back(std::move(d));
    }
    for (Error& e : load.skipped) corpus.unreadable.push_back(std::move(e));
  }
  std::sort(corpus.documents.begin(), corpus.documents.end(),
            [](const Document& a, const Document& b) { return a.id < b.id; });
  std::map<std::string, const Document*> by_id;
  for (const Document& d : corpus.documents) by_id.emplace(d.id, &d);
  for (size_t fi = 0; fi < group.files.size(); ++fi) {
    const GoldFile& f = group.files[fi];
    for (const GoldItem& item : f.items) {
      LocatedItem located{f.path, f.story, item, {}};
      for (const GoldSide& side : item.sides) {
        std::vector<LocatedQuote> places;
        for (const GoldQuote& q : side) {
          const std::string id = fmt::format("{}/{}", prefix_of_file[fi], q.doc);
          auto doc = by_id.find(id);
          if (doc == by_id.end()) {
            return MakeFileError(ErrorCode::kBadGold, f.path, q.line, q.column,
                                 MissingArticle(q.doc, f.articles, corpus.unreadable));
          }
          CONTRASTE_ASSIGN_OR_RETURN(span, LocateQuote(doc->second->bytes, q, f.path, doc->second->path));
          places.push_back({id, span, LineColumnAt(doc->second->bytes, span.offset)});
        }
        located.sides.push_back(std::move(places));
      }
      corpus.items.push_back(std::move(located));
    }
  }
  return corpus;
}

}  // namespace contraste
