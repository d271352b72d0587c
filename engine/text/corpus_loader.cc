#include "text/corpus_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

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

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot open file");
  // Read in blocks into a string reserved to the file's size (when it has one).
  std::string bytes;
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec) bytes.reserve(static_cast<size_t>(size));
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) bytes.append(block, static_cast<size_t>(in.gcount()));
  if (in.bad()) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot read file");
  return bytes;
}

std::string TitleOf(std::string_view body) {
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    std::string_view line = body.substr(pos, eol - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (!line.empty()) return std::string(line);
    pos = eol + 1;
  }
  return "";
}

std::string IdFor(const fs::path& file, const fs::path& root) {
  fs::path rel = file.lexically_relative(root);
  rel.replace_extension();
  return rel.generic_string();
}

}  // namespace

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
  doc.title = meta.title ? *meta.title : TitleOf(std::string_view(doc.bytes).substr(doc.body_offset));
  if (meta.language) {
    doc.language = *meta.language;
  } else {
    doc.language = "es";
    doc.assumptions.push_back("language not given: assumed Spanish (es)");
  }
  if (meta.published) {
    doc.published = meta.published;
  } else {
    doc.assumptions.push_back(
        "publication date not given: events are linked by participants only, not by time");
  }
  doc.outlet = meta.outlet ? *meta.outlet : "unknown";
  if (meta.locale) {  // checked against the language's locales when its numbers are read
    doc.locale.tag = *meta.locale;
    doc.locale.source = LocaleSource::kDeclared;
  }
  return doc;
}

Result<Document> LoadDocument(const std::string& path, const std::string& id,
                              const DocumentMetadata& inherited) {
  auto bytes = ReadFile(path);
  if (!bytes) return bytes.error();
  auto doc = DocumentFromBytes(std::move(*bytes), id, inherited);
  if (!doc) {
    Error e = doc.error();
    e.file = path;  // name the file as the user knows it
    return e;
  }
  doc->path = path;
  return doc;
}

CorpusLoad LoadCorpus(const std::vector<std::string>& paths, const DocumentMetadata& defaults) {
  CorpusLoad load;
  std::map<std::string, std::map<std::string, DocumentMetadata>> manifests;  // by directory
  auto manifest_for = [&](const fs::path& dir) -> const std::map<std::string, DocumentMetadata>* {
    std::string key = dir.generic_string();
    auto it = manifests.find(key);
    if (it == manifests.end()) {
      std::map<std::string, DocumentMetadata> entries;
      fs::path mf = dir / "manifest.yaml";
      std::error_code ec;
      if (fs::is_regular_file(mf, ec)) {
        auto text = ReadFile(mf.string());
        auto parsed = text ? ParseManifest(*text, mf.string()) : Result<std::map<std::string, DocumentMetadata>>(text.error());
        if (parsed) {
          entries = std::move(*parsed);
        } else {
          load.skipped.push_back(parsed.error());
        }
      }
      it = manifests.emplace(key, std::move(entries)).first;
    }
    return &it->second;
  };
  auto add = [&](const fs::path& file, const std::string& id) {
    DocumentMetadata meta = defaults;
    const auto* manifest = manifest_for(file.parent_path());
    auto entry = manifest->find(file.filename().string());
    if (entry != manifest->end()) meta.MergeFrom(entry->second);
    auto doc = LoadDocument(file.string(), id, meta);
    if (doc) {
      load.documents.push_back(std::move(*doc));
    } else {
      load.skipped.push_back(doc.error());
    }
  };
  for (const std::string& given : paths) {
    fs::path p(given);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && IsArticleFile(it->path())) files.push_back(it->path());
      }
      if (ec) load.skipped.push_back(MakeFileError(ErrorCode::kIo, given, 0, 0, "cannot walk directory: " + ec.message()));
      std::sort(files.begin(), files.end());
      for (const auto& f : files) add(f, IdFor(f, p));
    } else if (fs::exists(p, ec)) {
      add(p, p.stem().string());
    } else {
      load.skipped.push_back(MakeFileError(ErrorCode::kIo, given, 0, 0, "no such file or directory"));
    }
  }
  std::stable_sort(load.documents.begin(), load.documents.end(),
                   [](const Document& a, const Document& b) { return a.id < b.id; });
  // Two paths that give the same id would make findings ambiguous: keep the first, report the rest.
  std::vector<Document> unique;
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
