// Turning paths into documents: ids, recursive walks, metadata from manifest and front matter,
// and errors with their position instead of silently lost files.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "text/corpus_loader.h"

namespace fs = std::filesystem;

namespace {

using contraste::CorpusLoad;
using contraste::DocumentMetadata;
using contraste::LoadCorpus;

struct TempTree {
  fs::path root;
  TempTree() {
    std::random_device rd;
    root = fs::temp_directory_path() / ("contraste-loader-" + std::to_string(rd()));
    fs::create_directories(root);
  }
  ~TempTree() { fs::remove_all(root); }
  void Write(const std::string& rel, const std::string& bytes) const {
    fs::path p = root / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
  }
  std::string Path(const std::string& rel = "") const { return (root / rel).string(); }
};

std::vector<std::string> Ids(const CorpusLoad& load) {
  std::vector<std::string> ids;
  for (const auto& d : load.documents) ids.push_back(d.id);
  return ids;
}

}  // namespace

TEST_CASE("ids are paths relative to the directory given, without extension, walked recursively") {
  TempTree t;
  t.Write("b.txt", "Texto b.");
  t.Write("a.md", "Texto a.");
  t.Write("sub/deeper/c.text", "Texto c.");
  t.Write("README.md", "No es un artículo.");
  t.Write("notes.csv", "x,y");
  t.Write(".hidden.txt", "Oculto.");
  CorpusLoad load = LoadCorpus({t.Path()}, {});
  CHECK(load.skipped.empty());
  CHECK(Ids(load) == std::vector<std::string>{"a", "b", "sub/deeper/c"});
  CHECK(load.documents[2].bytes == "Texto c.");
}

TEST_CASE("a file named directly has its stem as id") {
  TempTree t;
  t.Write("sub/000_x.txt", "Texto.");
  CorpusLoad load = LoadCorpus({t.Path("sub/000_x.txt")}, {});
  CHECK(Ids(load) == std::vector<std::string>{"000_x"});
}

TEST_CASE("metadata: defaults, then manifest, then front matter") {
  TempTree t;
  t.Write("manifest.yaml", "a.txt: {language: es, published: 2024-06-19, outlet: Agencia}\n"
                           "b.txt: {published: 2025-06-05}\n");
  t.Write("a.txt", "---\noutlet: Diario\n---\nCuerpo de a.\n");
  t.Write("b.txt", "Cuerpo de b.\n");
  t.Write("c.txt", "Cuerpo de c.\n");
  CorpusLoad load = LoadCorpus({t.Path()}, {});
  REQUIRE(load.documents.size() == 3);
  const auto& a = load.documents[0];
  CHECK(a.outlet == "Diario");
  CHECK(a.language == "es");
  REQUIRE(a.published.has_value());
  CHECK(a.bytes.substr(a.body_offset) == "Cuerpo de a.\n");
  CHECK(a.title == "Cuerpo de a.");
  const auto& b = load.documents[1];
  REQUIRE(b.published.has_value());
  CHECK(b.outlet == "unknown");
  CHECK(b.language.empty());  // not given: the engine tells it from the text (Engine::SetLanguage)
  const auto& c = load.documents[2];
  CHECK_FALSE(c.published.has_value());
  CHECK(c.assumptions.size() == 1);  // the date assumed
}

TEST_CASE("unknown keys are errors with file:line:col, and the other files still load") {
  TempTree t;
  t.Write("bad.txt", "---\nlanguage: es\ncolour: red\n---\nCuerpo.\n");
  t.Write("good.txt", "Cuerpo bueno.\n");
  CorpusLoad load = LoadCorpus({t.Path()}, {});
  CHECK(Ids(load) == std::vector<std::string>{"good"});
  REQUIRE(load.skipped.size() == 1);
  std::string msg = load.skipped[0].ToString();
  CAPTURE(msg);
  CHECK(msg.find("bad.txt:3:1:") != std::string::npos);
  CHECK(msg.find("colour") != std::string::npos);
}

TEST_CASE("a broken manifest is reported with its position") {
  TempTree t;
  t.Write("manifest.yaml", "a.txt: {language: es}\nb.txt: {lenguaje: es}\n");
  t.Write("a.txt", "Cuerpo.\n");
  CorpusLoad load = LoadCorpus({t.Path()}, {});
  REQUIRE_FALSE(load.skipped.empty());
  std::string msg = load.skipped[0].ToString();
  CAPTURE(msg);
  CHECK(msg.find("manifest.yaml:2:") != std::string::npos);
}

TEST_CASE("bad files are skipped with a reason; duplicate ids keep the first") {
  TempTree t;
  t.Write("x/doc.txt", "Primero.\n");
  t.Write("y/doc.md", "Segundo.\n");
  t.Write("empty.txt", "\n\n");
  t.Write("latin1.txt", std::string("caf\xE9\n"));
  CorpusLoad load = LoadCorpus({t.Path("x"), t.Path("y"), t.Path("empty.txt"), t.Path("latin1.txt"),
                                t.Path("missing.txt")},
                               {});
  CHECK(Ids(load) == std::vector<std::string>{"doc"});
  CHECK(load.documents[0].bytes == "Primero.\n");
  REQUIRE(load.skipped.size() == 4);
  std::string all;
  for (const auto& e : load.skipped) all += e.ToString() + "\n";
  CAPTURE(all);
  CHECK(all.find("empty.txt") != std::string::npos);
  CHECK(all.find("latin1.txt: byte 3") != std::string::npos);
  CHECK(all.find("missing.txt") != std::string::npos);
  CHECK(all.find("duplicate document id 'doc'") != std::string::npos);
}

TEST_CASE("files read on several threads give the load one thread gives, errors in walk order") {
  TempTree t;
  for (char d = '0'; d < '5'; ++d) {
    const std::string dir = std::string{'d', d, '/'};
    t.Write(dir + "manifest.yaml", d == '2' ? "a.txt: {lenguaje: es}\n" : "a.txt: {language: es}\n");
    for (char f = 'A'; f < 'A' + 40; ++f) t.Write(dir + std::string{'f', f, '.', 't', 'x', 't'}, std::string{'T', f, '.', '\n'});
    t.Write(dir + "a.txt", "Artículo.\n");
    t.Write(dir + "empty.txt", "\n");
    t.Write(dir + "latin1.txt", std::string("caf\xE9\n"));
  }
  const CorpusLoad one = LoadCorpus({t.Path(), t.Path("missing.txt")}, {}, 1);
  CHECK(one.documents.size() == 5 * 41);
  REQUIRE(one.skipped.size() == 1 + 5 * 2 + 1);
  CHECK(one.skipped[0].ToString().find("empty.txt") != std::string::npos);  // d0/empty.txt, in walk order
  CHECK(one.skipped.back().ToString().find("missing.txt") != std::string::npos);
  for (size_t threads : {2, 3, 8}) {
    CAPTURE(threads);
    const CorpusLoad many = LoadCorpus({t.Path(), t.Path("missing.txt")}, {}, threads);
    REQUIRE(many.documents.size() == one.documents.size());
    for (size_t i = 0; i < one.documents.size(); ++i) {
      CHECK(many.documents[i].id == one.documents[i].id);
      CHECK(many.documents[i].bytes == one.documents[i].bytes);
      CHECK(many.documents[i].language == one.documents[i].language);
    }
    REQUIRE(many.skipped.size() == one.skipped.size());
    for (size_t i = 0; i < one.skipped.size(); ++i) CHECK(many.skipped[i].ToString() == one.skipped[i].ToString());
  }
}
