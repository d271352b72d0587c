// The articles a set of gold files names, read as documents, and every gold quote located in its
// article: what the matcher needs to compare a report with the gold items.
//
//   auto groups = GroupGoldFiles(std::move(files));          // one group per gold directory
//   auto corpus = LoadGoldCorpus((*groups)[0]);
//   Analysis a = engine.Analyze(std::move(corpus->documents));
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "eval/gold_file.h"
#include "eval/quote_locator.h"
#include "text/document.h"

namespace contraste {

// Gold files of one directory: one corpus, analysed by one engine run and scored on its own
// (tests/gold/corpus-dev and tests/gold/stories are independent).
struct GoldGroup {
  std::string dir;              // the gold files' directory, as given ("tests/gold/stories")
  std::vector<GoldFile> files;  // sorted by path
};

// Groups gold files by their directory (groups sorted by directory). Story names must be unique
// across all files: a second file with a story already seen is an error at its `story`.
Result<std::vector<GoldGroup>> GroupGoldFiles(std::vector<GoldFile> files);

// A gold quote found in its article.
struct LocatedQuote {
  std::string doc_id;  // the document's id in GoldCorpus::documents ("story/stem")
  ByteSpan span;
  LineColumn at;  // where the quote starts in the article
};

// A gold item with each quote located; `sides[i][j]` is the place of `item.sides[i][j]`.
struct LocatedItem {
  std::string file;   // the gold file's path
  std::string story;
  GoldItem item;
  std::vector<std::vector<LocatedQuote>> sides;
};

struct GoldCorpus {
  // Every article in the `articles` directories of the group's files, sorted by id. A document's
  // id is "<story>/<id in its directory>" (articles of different stories may share a file name).
  std::vector<Document> documents;
  std::vector<Error> unreadable;   // articles (or manifests) that could not be read
  std::vector<LocatedItem> items;  // in file order, then item order
};

// Items without the quotes of the documents `ids` (articles that were not analysed). An item left
// with nothing to score (fewer than two sides; an agreement with claims of fewer than two
// documents) is moved to `set_aside`.
std::vector<LocatedItem> WithoutDocuments(std::vector<LocatedItem> items, const std::set<std::string>& ids,
                                          std::vector<LocatedItem>* set_aside);

// Reads the articles and locates every quote. Errors (kBadGold at the gold file's position): an
// `articles` directory that does not exist, a `doc` that is not one of its articles, a quote not
// found (or ambiguous: quote_locator.h).
Result<GoldCorpus> LoadGoldCorpus(const GoldGroup& group);

}  // namespace contraste
