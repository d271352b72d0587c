// The engine's include graph follows engine/layers.txt: every #include "folder/..." of a file in
// engine/<folder>/ names its own folder or one listed above it. A new upward include fails here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>
#include "test_paths.h"

namespace fs = std::filesystem;

namespace {

struct Layers {
  std::map<std::string, int> rank;           // top-level folder -> position
  std::vector<std::string> closed;           // sub-folders that include nothing else of their parent
};

Layers ReadLayers(const fs::path& file) {
  Layers layers;
  std::ifstream in(file);
  std::string line;
  int next = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    std::string name, only;
    words >> name >> only;
    if (only == "only") {
      layers.closed.push_back(name);
    } else {
      layers.rank[name] = next++;
    }
  }
  return layers;
}

struct Include {
  std::string file;  // engine-relative path of the including file
  int line = 0;
  std::string target;  // "extract/numbers/number_parser.h"
};

std::vector<Include> EngineIncludes(const fs::path& engine) {
  std::vector<Include> out;
  for (const auto& entry : fs::recursive_directory_iterator(engine)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".h" && ext != ".cc")) continue;
    std::ifstream in(entry.path());
    std::string text;
    int n = 0;
    while (std::getline(in, text)) {
      ++n;
      const std::string prefix = "#include \"";
      if (text.rfind(prefix, 0) != 0) continue;
      const size_t end = text.find('"', prefix.size());
      if (end == std::string::npos) continue;
      out.push_back({fs::relative(entry.path(), engine).generic_string(), n,
                     text.substr(prefix.size(), end - prefix.size())});
    }
  }
  return out;
}

std::string TopFolder(const std::string& path) { return path.substr(0, path.find('/')); }

// The violation an include makes, or empty.
std::string Violation(const Layers& layers, const Include& inc) {
  const std::string from = TopFolder(inc.file), to = TopFolder(inc.target);
  const std::string where = "engine/" + inc.file + ":" + std::to_string(inc.line) + ": includes " + inc.target;
  const auto f = layers.rank.find(from), t = layers.rank.find(to);
  if (f == layers.rank.end()) return where + " (folder '" + from + "' is not in engine/layers.txt)";
  if (t == layers.rank.end()) return where + " (folder '" + to + "' is not in engine/layers.txt)";
  if (t->second > f->second) return where + " (" + to + " is above " + from + ")";
  for (const std::string& sub : layers.closed) {
    if (inc.file.rfind(sub + "/", 0) == 0 && TopFolder(sub) == to && inc.target.rfind(sub + "/", 0) != 0) {
      return where + " (" + sub + " includes nothing else of " + to + ")";
    }
  }
  return "";
}

}  // namespace

TEST_CASE("every engine include runs down the layers of engine/layers.txt") {
  const fs::path engine = fs::path(CONTRASTE_SOURCE_DIR) / "engine";
  const Layers layers = ReadLayers(engine / "layers.txt");
  REQUIRE(layers.rank.size() >= 10);
  const std::vector<Include> includes = EngineIncludes(engine);
  REQUIRE(includes.size() > 300);
  std::vector<std::string> bad;
  for (const Include& inc : includes) {
    std::string v = Violation(layers, inc);
    if (!v.empty()) bad.push_back(v);
  }
  for (const std::string& v : bad) MESSAGE(v);
  CHECK(bad.empty());
}

TEST_CASE("the check fails on an upward include and on a closed sub-folder reaching out") {
  Layers layers;
  layers.rank = {{"core", 0}, {"text", 1}, {"lang", 2}, {"extract", 3}};
  layers.closed = {"extract/numbers"};
  CHECK(Violation(layers, {"text/analyzed_text.h", 7, "lang/phrase_table.h"}) != "");
  CHECK(Violation(layers, {"lang/language.h", 3, "text/tokenizer.h"}) == "");
  CHECK(Violation(layers, {"lang/language.h", 3, "lang/word_map.h"}) == "");
  CHECK(Violation(layers, {"extract/numbers/number_parser.h", 1, "extract/mention.h"}) != "");
  CHECK(Violation(layers, {"extract/numbers/number_parser.h", 1, "extract/numbers/number_words.h"}) == "");
  CHECK(Violation(layers, {"extract/amounts/value_context.h", 1, "extract/numbers/number_parser.h"}) == "");
  CHECK(Violation(layers, {"graph/claim_graph.h", 1, "core/error.h"}) != "");  // folder not listed
}
