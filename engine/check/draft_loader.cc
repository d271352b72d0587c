#include "check/draft_loader.h"

#include <filesystem>
#include <set>

#include "text/corpus_loader.h"

namespace contraste {

namespace fs = std::filesystem;

DraftLoad LoadDrafts(const std::vector<std::string>& paths, const DraftOverrides& overrides) {
  DraftLoad load;
  DocumentMetadata flags;
  flags.published = overrides.published;
  flags.language = overrides.language;
  std::set<std::string> ids;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      load.errors.push_back(MakeFileError(ErrorCode::kUsage, path, 0, 0, "is a directory: name the draft files"));
      continue;
    }
    const std::string id = fs::path(path).stem().string();
    if (!ids.insert(id).second) {
      load.errors.push_back(MakeFileError(ErrorCode::kUsage, path, 0, 0,
                                          "another draft has the same id '" + id + "' (file stem)"));
      continue;
    }
    // The flags are passed as inherited metadata, so that nothing given is reported as assumed,
    // and applied again afterwards, since front matter wins over inherited metadata.
    auto doc = LoadDocument(path, id, flags);
    if (!doc) {
      load.errors.push_back(doc.error());
      continue;
    }
    if (overrides.published) doc->published = overrides.published;
    if (overrides.language) doc->language = *overrides.language;
    load.drafts.push_back(std::move(*doc));
  }
  return load;
}

}  // namespace contraste
