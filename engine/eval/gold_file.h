// Gold files (schema contraste.gold/1, tests/gold/README.md): one story's articles and the findings a
// careful fact-checker expects of them, written by hand. Loading checks the file's shape and names
// every fault as file:line:col; whether each quote is in its article is checked later, when the
// articles are read (eval/gold_corpus.h).
//
//   auto gold = LoadGoldFile("tests/gold/stories/incendio.yaml");
//   if (!gold) { std::cerr << gold.error().ToString() << "\n"; return 2; }
//   for (const GoldItem& item : gold->items) ...
#pragma once

#include <string>
#include <vector>

#include "core/error.h"

namespace contraste {

// One claim of an item: a quote copied from an article.
struct GoldQuote {
  std::string doc;      // the article's file name without extension, inside the gold file's `articles`
  std::string quote;    // exact bytes of the article
  int occurrence = 0;   // 1-based when given; 0: the quote must occur exactly once
  int line = 0;         // where the quote is written in the gold file (1-based)
  int column = 0;
};

// Claims that agree with each other: one value.
using GoldSide = std::vector<GoldQuote>;

struct GoldItem {
  std::string id;       // unique within its file
  std::string kind;     // one of GoldItemKinds()
  std::string measure;  // free label ("deaths", "date"); empty when not given
  std::string note;
  std::vector<GoldSide> sides;
  int line = 0;         // the item's position in the gold file
  int column = 0;
};

struct GoldFile {
  std::string path;      // as given
  std::string story;     // unique across the gold set
  std::string articles;  // the articles' directory, resolved against the gold file's directory
  std::string note;
  std::vector<GoldItem> items;  // in file order
  int story_line = 0;    // where `story` and `articles` are written, for errors about them
  int story_column = 0;
  int articles_line = 0;
  int articles_column = 0;
};

// The kinds an item may have, in the order the scorer prints them.
const std::vector<std::string>& GoldItemKinds();

// Reads and checks one gold file: schema, keys, kinds, sides (conflict, trap, revision and dispute
// hold two or more sides; an agreement one side of two or more claims), unique item ids.
Result<GoldFile> LoadGoldFile(const std::string& path);
Result<GoldFile> ParseGoldFile(const std::string& text, const std::string& path);

// The gold files named by `paths`: files as given, directories walked recursively for *.yaml, each
// list sorted. A directory without gold files is an error (kUsage) that names it.
Result<std::vector<std::string>> ListGoldFiles(const std::vector<std::string>& paths);

}  // namespace contraste
