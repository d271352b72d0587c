#include "text/corpus_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>

#include "core/ordered_parallel.h"
#include "text/article_file.h"
#include "text/markdown_text.h"
#include "text/title_line.h"
#include "text/metadata_yaml.h"
#include "text/utf8_check.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::string name = p.filename().string();
  if (name == "README.md" || name.starts_with(".")) return false;
  return ext == ".txt" || ext == ".md" || ext == ".text";
}

// The status of a directory entry: the type the directory listing gave for a regular file or a
// directory (no system call), else a stat that follows symbolic links.
fs::file_status StatusOf(const fs::directory_entry& e, std::error_code& ec) {
  if (!e.is_symlink(ec) && !ec) {
    if (e.is_regular_file(ec) && !ec) return fs::file_status(fs::file_type::regular);
    if (e.is_directory(ec) && !ec) return fs::file_status(fs::file_type::directory);
  }
  return e.status(ec);
}

// Walks `dir` recursively (symbolic links to directories followed), collecting the article files.
// What cannot be walked is named in `skipped`, never passed over in silence: a directory that cannot
// be read, a symbolic link that loops (to itself, or back to a directory being walked: `walking`
// holds their canonical paths), a broken link, a special file with an article's name.
void WalkDirectory(const fs::path& dir, std::vector<fs::path>* walking, std::vector<fs::path>* files,
                   std::vector<Error>* skipped) {
  auto refuse = [&](const fs::path& p, const std::string& why) {
    skipped->push_back(MakeFileError(ErrorCode::kIo, p.string(), 0, 0, why));
  };
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
  if (ec) refuse(dir, "cannot read directory: " + ec.message());
  std::sort(entries.begin(), entries.end());
  for (const fs::directory_entry& e : entries) {
    const fs::file_status st = StatusOf(e, ec);
    if (ec) {
      const std::string why = ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop"
                              : ec == std::errc::no_such_file_or_directory ? "broken symbolic link"
                                                                            : "cannot read: " + ec.message();
      if (e.is_symlink(ec) || IsArticleFile(e.path())) refuse(e.path(), why);
      continue;
    }
    if (fs::is_directory(st)) {
      fs::path real = fs::canonical(e.path(), ec);
      if (ec) {
        refuse(e.path(), "cannot read directory: " + ec.message());
      } else if (std::find(walking->begin(), walking->end(), real) != walking->end()) {
        refuse(e.path(), fmt::format("symbolic link loop: leads back to {}, not walked again", real.string()));
      } else {
        walking->push_back(real);
        WalkDirectory(e.path(), walking, files, skipped);
        walking->pop_back();
      }
    } else if (IsArticleFile(e.path())) {
      if (fs::is_regular_file(st)) {
        files->push_back(e.path());
      } else {
        refuse(e.path(), fmt::format("not a regular file ({}): refused", SpecialFileKind(st.type())));
      }
    }
  }
}

// Collapses runs of spaces (what a blanked Markdown marker leaves) in a title line.
std::string OneSpaced(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string IdFor(const fs::path& file, const fs::path& root) {
  fs::path rel = file.lexically_relative(root);
  rel.replace_extension();
  return rel.generic_string();
}

}  // namespace

DocumentMetadata WithFormatOf(const std::string& path, DocumentMetadata meta) {
  if (meta.format) return meta;
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".md" || ext == ".markdown") meta.format = "markdown";
  return meta;
}

Result<Document> DocumentFromBytes(std::string bytes, const std::string& id,
                                   const DocumentMetadata& inherited) {
  const std::string label = id;
  Document doc;
  doc.id = id;
  doc.path = id;
  doc.bytes = std::move(bytes);
  if (Status st = CheckTextBytes(doc.bytes, label); !st) return st.error();
  DocumentMetadata meta = inherited;
  std::string_view front = SplitFrontMatter(doc.bytes, &doc.body_offset);
  if (doc.body_offset > 0) {
    auto fm = ParseMetadataYaml(front, label, 2);
    if (!fm) return fm.error();
    meta.MergeFrom(*fm);
  }
  if (meta.format && *meta.format == "markdown") {
    MarkdownText md = ReadMarkdown(doc.bytes, doc.body_offset);
    doc.reading = std::move(md.reading);
    if (!meta.title && !md.heading.empty()) meta.title = std::move(md.heading);
  }
  if (meta.title) {
    doc.title = *meta.title;
  } else if (doc.reading.empty()) {
    doc.title = TitleLine(std::string_view(doc.bytes).substr(doc.body_offset));
  } else {
    doc.title = OneSpaced(TitleLine(std::string_view(doc.reading).substr(doc.body_offset)));
  }
  if (meta.url) doc.url = *meta.url;
  // A language not given stays empty: the engine guesses it from the text (lang/language_guess.h).
  if (meta.language) doc.language = *meta.language;
  if (meta.published) {
    doc.published = meta.published;
    doc.published_minute = meta.published_minute;
  } else {
    doc.assumptions.push_back(
        "publication date not given: events are linked by participants only, not by time");
  }
  doc.outlet = meta.outlet ? *meta.outlet : kOutletNotGiven;
  if (meta.locale) {  // checked against the language's locales when its numbers are read
    doc.locale.tag = *meta.locale;
    doc.locale.source = LocaleSource::kDeclared;
  }
  return doc;
}

Result<Document> LoadDocument(const std::string& path, const std::string& id,
                              const DocumentMetadata& inherited) {
  auto bytes = ReadArticleFile(path);
  if (!bytes) return bytes.error();
  auto doc = DocumentFromBytes(std::move(*bytes), id, WithFormatOf(path, inherited));
  if (!doc) {
    Error e = doc.error();
    e.file = path;  // name the file as the user knows it
    return e;
  }
  doc->path = path;
  return doc;
}

CorpusLoad LoadCorpus(const std::vector<std::string>& paths, const DocumentMetadata& defaults, size_t threads) {
  // First, on this thread, what is to be done in walk order: files to read with their metadata,
  // and errors found on the way (a directory that cannot be walked, a bad manifest, a file name
  // that is not UTF-8). Then the files are read, on `threads` threads, and each step's outcome is
  // taken in that order: the same documents and the same errors, in the same order, for any number
  // of threads.
  struct Step {
    std::optional<Error> error;  // an error found while walking; else a file to read
    fs::path file;
    std::string id;
    DocumentMetadata meta;
  };
  std::vector<Step> steps;
  auto refuse = [&](Error e) { steps.push_back(Step{std::move(e), {}, {}, {}}); };
  std::map<std::string, std::map<std::string, DocumentMetadata>> manifests;  // by directory
  auto manifest_for = [&](const fs::path& dir) -> const std::map<std::string, DocumentMetadata>* {
    std::string key = dir.generic_string();
    auto it = manifests.find(key);
    if (it == manifests.end()) {
      std::map<std::string, DocumentMetadata> entries;
      fs::path mf = dir / "manifest.yaml";
      std::error_code ec;
      if (fs::is_regular_file(mf, ec)) {
        auto text = ReadArticleFile(mf.string());
        auto parsed = text ? ParseManifest(*text, mf.string()) : Result<std::map<std::string, DocumentMetadata>>(text.error());
        if (parsed) {
          entries = std::move(*parsed);
        } else {
          refuse(parsed.error());
        }
      }
      it = manifests.emplace(key, std::move(entries)).first;
    }
    return &it->second;
  };
  auto add = [&](const fs::path& file, const std::string& id) {
    // Ids and paths go into reports, which are UTF-8: a name of other bytes cannot be written.
    const std::string name = file.string();
    if (size_t bad = FirstInvalidUtf8(name); bad != std::string::npos) {
      refuse(MakeFileError(ErrorCode::kInvalidUtf8, name, 0, 0,
                           fmt::format("file name is not valid UTF-8 (byte 0x{:02x} at {}): rename the file",
                                       static_cast<unsigned char>(name[bad]), bad)));
      return;
    }
    DocumentMetadata meta = defaults;
    const auto* manifest = manifest_for(file.parent_path());
    auto entry = manifest->find(file.filename().string());
    if (entry != manifest->end()) meta.MergeFrom(entry->second);
    steps.push_back(Step{std::nullopt, file, id, std::move(meta)});
  };
  for (const std::string& given : paths) {
    fs::path p(given);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      std::vector<fs::path> walking = {fs::canonical(p, ec)};
      std::vector<Error> walk_errors;
      WalkDirectory(p, &walking, &files, &walk_errors);
      for (Error& e : walk_errors) refuse(std::move(e));
      std::sort(files.begin(), files.end());
      for (const auto& f : files) add(f, IdFor(f, p));
    } else if (fs::exists(p, ec) || fs::is_symlink(fs::symlink_status(p, ec))) {
      add(p, p.stem().string());  // ReadArticleFile names a loop, a broken link or a special file
    } else if (ec == std::errc::too_many_symbolic_link_levels) {
      refuse(MakeFileError(ErrorCode::kIo, given, 0, 0, "symbolic link loop"));
    } else {
      refuse(MakeFileError(ErrorCode::kIo, given, 0, 0, "no such file or directory"));
    }
  }
  CorpusLoad load;
  load.documents.reserve(steps.size());
  OrderedParallel<Result<Document>>(
      steps.size(), threads, /*window=*/256,
      [&](size_t, size_t i) -> Result<Document> {
        Step& step = steps[i];
        if (step.error) return std::move(*step.error);
        return LoadDocument(step.file.string(), step.id, step.meta);
      },
      [&](size_t, Result<Document> doc) {
        if (doc) {
          load.documents.push_back(std::move(*doc));
        } else {
          load.skipped.push_back(std::move(doc.error()));
        }
        return true;
      });
  std::stable_sort(load.documents.begin(), load.documents.end(),
                   [](const Document& a, const Document& b) { return a.id < b.id; });
  // Two paths that give the same id would make findings ambiguous: keep the first, report the rest.
  std::vector<Document> unique;
  unique.reserve(load.documents.size());
  for (auto& d : load.documents) {
    if (!unique.empty() && unique.back().id == d.id) {
      load.skipped.push_back(MakeFileError(ErrorCode::kUsage, d.path, 0, 0,
                                           fmt::format("duplicate document id '{}' (also {})", d.id, unique.back().path)));
      continue;
    }
    unique.push_back(std::move(d));
  }
  load.documents = std::move(unique);
  return load;
}

}  // namespace contraste
