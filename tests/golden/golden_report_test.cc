// The regression net: the seed corpus's report must equal reports/seed.{json,md} byte for byte.
// After an intended change run scripts/regen-golden.sh and commit the new files with the list of
// findings that appeared or disappeared.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/explanation_text.h"
#include "report/report_writers.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Analysis SeedAnalysis() {
  CorpusLoad load = LoadCorpus({"corpus"}, DocumentMetadata{});
  REQUIRE(load.skipped.empty());
  return SharedEngine().Analyze(std::move(load.documents));
}

}  // namespace

TEST_CASE("the seed report equals the golden JSON and Markdown") {
  Analysis a = SeedAnalysis();
  std::ostringstream json, md;
  WriteJsonReport(a, json);
  // The Markdown report in the corpus's language, as `contraste report corpus` writes it.
  const std::string language = SharedEngine().CorpusLanguage(a.documents).code;
  auto ui = LoadUiText(SourcePath("rules/" + language + "/ui.yaml"), language);
  REQUIRE(ui.ok());
  SayFindingsIn(&a, SharedEngine().Messages(language), *ui);
  WriteMarkdownReport(a, md, PageWords{*ui, SharedEngine().Messages(language)});
  std::string golden_json = ReadFileOrEmpty(SourcePath("reports/seed.json"));
  std::string golden_md = ReadFileOrEmpty(SourcePath("reports/seed.md"));
  REQUIRE_FALSE(golden_json.empty());
  REQUIRE_FALSE(golden_md.empty());
  CHECK_MESSAGE(json.str() == golden_json, "reports/seed.json is stale: run scripts/regen-golden.sh and review the diff");
  CHECK_MESSAGE(md.str() == golden_md, "reports/seed.md is stale: run scripts/regen-golden.sh and review the diff");
}

TEST_CASE("every quote is the exact bytes of its article at offset and length") {
  Analysis a = SeedAnalysis();
  std::ostringstream json;
  WriteJsonReport(a, json);
  auto report = nlohmann::json::parse(json.str());
  std::map<std::string, std::string> bytes_by_id;
  for (const auto& d : report["documents"]) bytes_by_id[d["id"]] = ReadFileOrEmpty(d["path"].get<std::string>());
  size_t checked = 0;
  for (const auto& f : report["findings"]) {
    for (const auto& c : f["claims"]) {
      const std::string& file = bytes_by_id.at(c["doc"]);
      size_t off = c["offset"], len = c["length"];
      REQUIRE(off + len <= file.size());
      CHECK(file.substr(off, len) == c["quote"].get<std::string>());
      CHECK(file.find(c["sentence"].get<std::string>()) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked > 10);
}

TEST_CASE("the seed report shows what the issue asks for") {
  Analysis a = SeedAnalysis();
  auto quotes_of = [&](const Finding& f) {
    std::vector<std::pair<std::string, std::string>> q;  // (doc, quote)
    for (const auto& fc : f.claims) q.emplace_back(a.documents[a.claims[fc.claim].doc].id, a.claims[fc.claim].quote);
    return q;
  };
  bool summit_conflict = false, containers_conflict = false, visit_24_years = false;
  for (const Finding& f : a.findings) {
    auto q = quotes_of(f);
    auto has = [&](const std::string& doc_prefix, const std::string& quote) {
      for (const auto& [d, s] : q) {
        if (d.rfind(doc_prefix, 0) == 0 && s == quote) return true;
      }
      return false;
    };
    if (f.kind == "conflict" && has("000", "unos 90 minutos") && has("001", "aproximadamente dos horas")) {
      summit_conflict = true;
      // the two values are on different sides
      int side_a = -1, side_b = -1;
      for (const auto& fc : f.claims) {
        if (a.claims[fc.claim].quote == "unos 90 minutos") side_a = fc.side;
        if (a.claims[fc.claim].quote == "aproximadamente dos horas") side_b = fc.side;
      }
      CHECK(side_a != side_b);
    }
    if (f.kind == "conflict" && (has("000", "miles de contenedores") || has("004", "más de 10.000 contenedores"))) {
      containers_conflict = true;
    }
    if (f.kind == "agreement" && has("000", "en 24 años") && has("001", "en 24 años") && has("004", "en 24 años")) {
      visit_24_years = true;
    }
  }
  CHECK(summit_conflict);
  CHECK_FALSE(containers_conflict);
  CHECK(visit_24_years);
}

TEST_CASE("findings are sorted and their ids are unique and stable across runs") {
  Analysis a = SeedAnalysis();
  Analysis b = SeedAnalysis();
  REQUIRE(a.findings.size() == b.findings.size());
  std::set<std::string> ids;
  for (size_t i = 0; i < a.findings.size(); ++i) {
    CHECK(a.findings[i].id == b.findings[i].id);
    CHECK(ids.insert(a.findings[i].id).second);
    if (i > 0 && a.findings[i - 1].kind == "agreement") CHECK(a.findings[i].kind == "agreement");
  }
}
