// Turns the paths given on the command line into Documents.
//
//   CorpusLoad load = LoadCorpus({"corpus/"}, defaults);
//   for (const Error& e : load.skipped) std::cerr << e.ToString() << "\n";
//
// Directories are walked recursively in sorted order; files ending in .txt, .md or .text are
// articles (README.md and manifest.yaml are not). A file named on the command line is always read.
// Metadata comes, weakest first, from `defaults`, the directory's manifest.yaml, the file's front
// matter. A file that cannot be used (unreadable, empty, binary, bad UTF-8, bad metadata) is listed
// in `skipped` with its error; the others are still loaded.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "text/article_file.h"  // kMaxArticleBytes
#include "text/document.h"

namespace contraste {

struct CorpusLoad {
  std::vector<Document> documents;  // sorted by id
  std::vector<Error> skipped;       // one per file that could not be used, in walk order
};

// `threads` read and parse the files (1: this thread alone); the load is the same for any number.
CorpusLoad LoadCorpus(const std::vector<std::string>& paths, const DocumentMetadata& defaults, size_t threads = 1);

// Reads one file; `id` is used as given. Exposed for `check` and tests.
Result<Document> LoadDocument(const std::string& path, const std::string& id,
                              const DocumentMetadata& inherited);

// `meta` with the format a file's name gives when it gives none: Markdown for .md and .markdown.
DocumentMetadata WithFormatOf(const std::string& path, DocumentMetadata meta);

// Builds a document from bytes in memory (tests, rule examples); runs the same checks. Markdown
// (metadata `format: markdown`, in front matter too) is read through text/markdown_text.h.
Result<Document> DocumentFromBytes(std::string bytes, const std::string& id,
                                   const DocumentMetadata& inherited);

}  // namespace contraste
