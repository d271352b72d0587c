#include "check/draft_loader.h"

#include <filesystem>
#include <set>
#include <sstream>

#include "text/corpus_loader.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

Result<Document> ReadStdinDraft(std::istream* in, const std::string& path, const std::string& id,
                                const DocumentMetadata& flags) {
  if (!in) return MakeFileError(ErrorCode::kUsage, path, 0, 0, "standard input can be read once: name it once as '-'");
  std::ostringstream text;
  text << in->rdbuf();
  auto doc = DocumentFromBytes(text.str(), id, WithFormatOf(path, flags));
  if (!doc) {
    Error e = doc.error();
    e.file = path;
    return e;
  }
  doc->path = path;
  return doc;
}

}  // namespace

DraftLoad LoadDrafts(const std::vector<std::string>& paths, const DraftOverrides& overrides, std::istream* standard_input) {
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
    const bool from_stdin = path == "-";
    const std::string shown = !from_stdin ? path : overrides.stdin_path.empty() ? "<stdin>" : overrides.stdin_path;
    const std::string id = from_stdin && overrides.stdin_path.empty() ? "stdin" : fs::path(shown).stem().string();
    if (!ids.insert(id).second) {
      load.errors.push_back(MakeFileError(ErrorCode::kUsage, path, 0, 0,
                                          "another draft has the same id '" + id + "' (file stem)"));
      continue;
    }
    // The flags are passed as inherited metadata, so that nothing given is reported as assumed,
    // and applied again afterwards, since front matter wins over inherited metadata.
    auto doc = from_stdin ? ReadStdinDraft(standard_input, shown, id, flags) : LoadDocument(path, id, flags);
    if (from_stdin) standard_input = nullptr;  // read once
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
