// Reads the drafts to check: one file each, id = file stem, front matter honoured, and the
// command line's --published / --language replacing what the front matter says.
//
//   DraftOverrides flags;
//   flags.published = CivilDate::Parse("2024-06-20");
//   DraftLoad load = LoadDrafts({"drafts/cumbre.md"}, flags);
//   for (const Error& e : load.errors) std::cerr << e.ToString() << "\n";
#pragma once

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
};

struct DraftLoad {
  std::vector<Document> drafts;  // in the order given
  std::vector<Error> errors;     // one per draft that could not be read (or a repeated id)
};

// Each path must be a file; a directory, an unreadable or non-text file, or a second draft with the
// same stem is an error naming the file.
DraftLoad LoadDrafts(const std::vector<std::string>& paths, const DraftOverrides& overrides);

}  // namespace contraste
