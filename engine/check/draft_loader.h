// Reads the drafts to check: one file each, id = file stem, front matter honoured, and the
// command line's --published / --language replacing what the front matter says.
//
//   DraftOverrides flags;
//   flags.published = CivilDate::Parse("2024-06-20");
//   DraftLoad load = LoadDrafts({"drafts/cumbre.md"}, flags);
//   for (const Error& e : load.errors) std::cerr << e.ToString() << "\n";
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/error.h"
#include "text/document.h"

namespace contraste {

struct DraftOverrides {
  std::optional<CivilDate> published;   // --published
  std::optional<std::string> language;  // --language
  // The path a draft read from standard input ("-") goes by in messages and outputs
  // (--stdin-filename); its id is that path's stem. Empty: "<stdin>", id "stdin".
  std::string stdin_path;
};

struct DraftLoad {
  std::vector<Document> drafts;  // in the order given
  std::vector<Error> errors;     // one per draft that could not be read (or a repeated id)
};

// Each path must be a file, or "-" for the text of `standard_input` (at most once); a directory, an unreadable
// or non-text file, or a second draft with the same stem is an error naming the file.
DraftLoad LoadDrafts(const std::vector<std::string>& paths, const DraftOverrides& overrides,
                     std::istream* standard_input = nullptr);

}  // namespace contraste
