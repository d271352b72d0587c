// contraste-conformance: pass rate of contraste's recognizers on the Recognizers-Text specs of one
// language (Spanish by default, `--language en` for English), per file and overall, next to the figure of Recognizers-Text's own .NET implementation
// (cases whose NotSupported/NotSupportedByDesign name "dotnet" are the ones it fails).
//
//   contraste-conformance [--language CODE] [--specs DIR] [--rules DIR] [--baseline FILE]
//                         [--write-baseline] [--show-failures]   (each failing case's file, input, expected and found spans on stderr)
//
// --specs defaults to ../shared/specs/recognizers-text-CODE, --baseline to
// tools/conformance/baseline.tsv for es and tools/conformance/baseline-CODE.tsv for the others.
//
// Every case counts against contraste (no case lists it as not supported). Exit status: 0, or 1
// when a file's pass count falls below the one recorded in the baseline, 2 on bad usage or input.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "conformance/spec_scoring.h"

namespace fs = std::filesystem;
using contraste::SpecModel;

namespace {

struct FileScore {
  std::string name;  // "DateTime/DateParser"
  int cases = 0, passed = 0, dotnet = 0;
};

bool ListsDotnet(const nlohmann::json& c) {
  for (const char* key : {"NotSupported", "NotSupportedByDesign"}) {
    if (c.contains(key) && c[key].is_string() && c[key].get<std::string>().find("dotnet") != std::string::npos) return true;
  }
  return false;
}

std::map<std::string, int> ReadBaseline(const std::string& path) {
  std::map<std::string, int> out;
  std::ifstream in(path);
  std::string name;
  int cases = 0, passed = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    if (ss >> name >> cases >> passed) out[name] = passed;
  }
  return out;
}

double Rate(int passed, int cases) { return cases ? 100.0 * passed / cases : 0; }

}  // namespace

int main(int argc, char** argv) {
  std::string specs, rules = "rules", language = "es", baseline;
  bool write = false, show_failures = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&](std::string* into) {
      if (i + 1 >= argc) return false;
      *into = argv[++i];
      return true;
    };
    if ((a == "--specs" && next(&specs)) || (a == "--rules" && next(&rules)) || (a == "--baseline" && next(&baseline)) ||
        (a == "--language" && next(&language))) {
      continue;
    }
    if (a == "--write-baseline" || a == "--show-failures") {
      (a == "--write-baseline" ? write : show_failures) = true;
      continue;
    }
    std::cerr << "usage: contraste-conformance [--language CODE] [--specs DIR] [--rules DIR] [--baseline FILE]"
                 " [--write-baseline] [--show-failures]\n";
    return 2;
  }
  // Each language has its specs and its ratchet: Spanish keeps the first baseline's name.
  if (specs.empty()) specs = "../shared/specs/recognizers-text-" + language;
  if (baseline.empty()) {
    baseline = language == "es" ? "tools/conformance/baseline.tsv" : "tools/conformance/baseline-" + language + ".tsv";
  }
  auto engine = contraste::Engine::Load(rules);
  if (!engine) {
    std::cerr << engine.error().ToString() << "\n";
    return 2;
  }
  contraste::SpecScorer scorer(**engine, language);
  if (!scorer.ok()) {
    std::cerr << "contraste-conformance: no language data for '" << language << "' in " << rules << "\n";
    return 2;
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(specs, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  }
  if (ec || files.empty()) {
    std::cerr << "contraste-conformance: no spec files under " << specs << "\n";
    return 2;
  }
  std::sort(files.begin(), files.end());
  std::vector<FileScore> scores;
  for (const auto& f : files) {
    SpecModel model;
    if (!contraste::ModelOfFile(f.stem().string(), &model)) continue;
    std::ifstream in(f);
    nlohmann::json cases = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
    if (cases.is_discarded() || !cases.is_array()) {
      std::cerr << f.string() << ": not a JSON array of cases\n";
      return 2;
    }
    FileScore s;
    s.name = f.parent_path().parent_path().filename().string() + "/" + f.stem().string();
    for (const auto& c : cases) {
      ++s.cases;
      if (!ListsDotnet(c)) ++s.dotnet;
      if (scorer.Passes(model, c)) {
        ++s.passed;
      } else if (show_failures) {
        std::string expected;
        for (const auto& r : c.value("Results", nlohmann::json::array())) {
          if (!expected.empty()) expected += " | ";
          expected += r.value("Text", std::string());
        }
        std::cerr << s.name << "\t" << c.value("Input", std::string()) << "\texpected: " << expected
                  << "\tfound: " << scorer.last_found() << "\n";
      }
    }
    scores.push_back(s);
  }
  FileScore total{"overall", 0, 0, 0};
  std::cout << "file\tcases\tpassed\trate\tdotnet_passed\tdotnet_rate\n";
  for (const auto& s : scores) {
    std::cout << s.name << "\t" << s.cases << "\t" << s.passed << "\t" << Rate(s.passed, s.cases) << "%\t" << s.dotnet
              << "\t" << Rate(s.dotnet, s.cases) << "%\n";
    total.cases += s.cases;
    total.passed += s.passed;
    total.dotnet += s.dotnet;
  }
  std::cout << total.name << "\t" << total.cases << "\t" << total.passed << "\t" << Rate(total.passed, total.cases)
            << "%\t" << total.dotnet << "\t" << Rate(total.dotnet, total.cases) << "%\n";
  if (write) {
    std::ofstream out(baseline);
    out << "# contraste-conformance: cases passed per spec file; CI fails when a count goes down.\n";
    out << "# file\tcases\tpassed\n";
    for (const auto& s : scores) out << s.name << "\t" << s.cases << "\t" << s.passed << "\n";
    return out ? 0 : 2;
  }
  int status = 0;
  for (const auto& [name, passed] : ReadBaseline(baseline)) {
    auto it = std::find_if(scores.begin(), scores.end(), [&](const FileScore& s) { return s.name == name; });
    if (it == scores.end()) continue;
    if (it->passed < passed) {
      std::cerr << name << ": " << it->passed << " cases pass, below the recorded " << passed << "\n";
      status = 1;
    }
  }
  return status;
}
