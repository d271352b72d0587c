// The report and the check in the formats CI tools read besides SARIF: reviewdog's rdjson (columns
// in UTF-8 bytes, as it defines them) and GitHub Actions annotations (columns in characters, like
// the line format; escaped so that an article's text cannot end or forge a command); and --kind /
// --slot, which choose what is shown and never the exit status. Before, `--format rdjson|github`,
// `--kind` and `--slot` were usage errors (exit 2).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "diff/cli_process.h"
#include "report/seed_report.h"
#include "report/github_annotations.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// The byte offset where 1-based `line` starts in `text`.
size_t LineStart(const std::string& text, int line) {
  size_t at = 0;
  for (int l = 1; l < line; ++l) at = text.find('\n', at) + 1;
  return at;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

const std::string kWrong = "tests/data/drafts/cumbre_con_errores.md";

}  // namespace

TEST_CASE("report --format rdjson: one diagnostic per conflict, byte columns that point at the quote") {
  const auto seed = SeedJson();
  CliRun r = RunContraste({"report", "corpus", "--format", "rdjson"});
  REQUIRE(r.status == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["source"]["name"] == "contraste");
  REQUIRE(j["diagnostics"].size() == seed["summary"]["conflicts"].get<size_t>());
  size_t checked = 0;
  for (const auto& d : j["diagnostics"]) {
    CHECK(d["severity"] == "ERROR");
    CHECK(d["code"]["value"].get<std::string>().find('-') != std::string::npos);  // a rule id
    std::vector<nlohmann::json> locations = {d["location"]};
    for (const auto& rel : d["related_locations"]) locations.push_back(rel["location"]);
    for (const auto& l : locations) {
      const std::string bytes = ReadFileOrEmpty(l["path"].get<std::string>());
      const int line = l["range"]["start"]["line"];
      const size_t start = LineStart(bytes, line) + l["range"]["start"]["column"].get<size_t>() - 1;
      const size_t end = LineStart(bytes, l["range"]["end"]["line"]) + l["range"]["end"]["column"].get<size_t>() - 1;
      REQUIRE(end <= bytes.size());
      // The range is the quote: the JSON report has a claim with these bytes at this offset.
      bool found = false;
      for (const auto& f : seed["findings"]) {
        for (const auto& c : f["claims"]) {
          if (c["offset"] == start && c["length"] == end - start) found = bytes.substr(start, end - start) == c["quote"];
        }
      }
      CHECK_MESSAGE(found, l.dump());
      ++checked;
    }
  }
  CHECK(checked >= 6);  // three conflicts, at least two sides each
  // Agreements are notes, hidden unless asked for; INFO when shown.
  CliRun all = RunContraste({"report", "corpus", "--format", "rdjson", "--min-severity", "note"});
  const auto every = nlohmann::json::parse(all.out);
  CHECK(every["diagnostics"].size() == seed["findings"].size());
  CHECK(all.out.find("\"INFO\"") != std::string::npos);
}

TEST_CASE("report --format github: ::error annotations at the line format's character columns") {
  CliRun gh = RunContraste({"report", "corpus", "--format", "github"});
  REQUIRE(gh.status == 0);
  CliRun lines = RunContraste({"report", "corpus", "--format", "line"});
  const auto annotations = NonEmptyLines(gh.out);
  const auto plain = NonEmptyLines(lines.out);
  REQUIRE(annotations.size() == plain.size());
  REQUIRE(annotations.size() == 3);
  for (size_t k = 0; k < annotations.size(); ++k) {
    const std::string& a = annotations[k];
    CAPTURE(a);
    CHECK(a.rfind("::error file=corpus/", 0) == 0);
    // "corpus/001.txt:5:89: error: ..." -> "file=corpus/001.txt,line=5,endLine=5,col=89,"
    const std::string& l = plain[k];
    const size_t c1 = l.find(':'), c2 = l.find(':', c1 + 1), c3 = l.find(':', c2 + 1);
    const std::string expected = "file=" + l.substr(0, c1) + ",line=" + l.substr(c1 + 1, c2 - c1 - 1) + ",endLine=" +
                                 l.substr(c1 + 1, c2 - c1 - 1) + ",col=" + l.substr(c2 + 1, c3 - c2 - 1) + ",";
    CHECK(a.find(expected) != std::string::npos);
    CHECK(a.find(",title=contraste ") != std::string::npos);
    CHECK(a.find('\n') == std::string::npos);
  }
  // The date conflict's other sides follow its message, each on a line of its own (%0A).
  CHECK(gh.out.find("%0Acorpus/003_75f8043a398cd48e.txt:10:204: side 2: \"18 de junio de 2024\"") != std::string::npos);
}

TEST_CASE("GitHub escapes: a quote cannot end a command or forge properties") {
  CHECK(GithubEscape("50% más\r\nde: 1,5", false) == "50%25 más%0D%0Ade: 1,5");
  CHECK(GithubEscape("a,b:c%d\ne", true) == "a%2Cb%3Ac%25d%0Ae");
  TempDir dir;
  WriteText(dir.path / "a.txt", "---\nlanguage: es\npublished: 2024-06-20\n---\n"
                                "La reunión entre Putin y Kim Jong Un duró unos 90 minutos en Pionyang.\n");
  WriteText(dir.path / "0,x::error file=y.txt.txt",  // sorts first: the annotation's file
            "---\nlanguage: es\npublished: 2024-06-20\n---\n"
            "La reunión entre Putin y Kim Jong Un duró cinco horas en Pionyang.\n");
  CliRun gh = RunContraste({"report", dir.path.string(), "--format", "github"});
  const auto annotations = NonEmptyLines(gh.out);
  REQUIRE(annotations.size() == 1);  // one command, on one line
  CHECK(annotations[0].rfind("::error file=" + dir.path.string() + "/0%2Cx%3A%3Aerror file=y.txt.txt,line=5,", 0) == 0);
  // In the message, after the properties' end, the name is data: the runner reads commands only
  // at the start of a line.
  CHECK(annotations[0].find("::duration of ") != std::string::npos);
}

TEST_CASE("check --format rdjson and github: the contradicted claims, same places as the line format") {
  CliRun lines = RunContraste({"check", kWrong});
  CliRun gh = RunContraste({"check", kWrong, "--format", "github"});
  CliRun rd = RunContraste({"check", kWrong, "--format", "rdjson"});
  CHECK(lines.status == 1);
  CHECK(gh.status == 1);
  CHECK(rd.status == 1);
  const auto plain = NonEmptyLines(lines.out);
  CHECK(NonEmptyLines(gh.out).size() == plain.size());
  CHECK(Count(gh.out, "::error file=" + kWrong + ",") == Count(lines.out, ": error: "));
  CHECK(Count(gh.out, "::warning file=" + kWrong + ",") == Count(lines.out, ": warning: "));
  const auto j = nlohmann::json::parse(rd.out);
  CHECK(j["diagnostics"].size() == plain.size());
  for (const auto& d : j["diagnostics"]) CHECK(d["location"]["path"] == kWrong);
}

TEST_CASE("--kind and --slot choose what report and check show, never the exit status") {
  const auto seed = SeedJson();
  CliRun venues = RunContraste({"report", "corpus", "--format", "json", "--slot", "venue"});
  REQUIRE(venues.status == 0);
  const auto v = nlohmann::json::parse(venues.out);
  size_t expected = 0;
  for (const auto& f : seed["findings"]) expected += f["slot"] == "venue";
  CHECK(v["findings"].size() == expected);
  for (const auto& f : v["findings"]) CHECK(f["slot"] == "venue");

  CliRun agreements = RunContraste({"report", "corpus", "--format", "json", "--kind", "agreement", "--slot", "date,venue"});
  const auto a = nlohmann::json::parse(agreements.out);
  CHECK(!a["findings"].empty());
  for (const auto& f : a["findings"]) {
    CHECK(f["kind"] == "agreement");
    CHECK((f["slot"] == "date" || f["slot"] == "venue"));
  }
  CliRun repeated = RunContraste({"report", "corpus", "--format", "json", "--kind", "agreement", "--slot", "date", "--slot", "venue"});
  CHECK(repeated.out == agreements.out);

  // A slot no rule compares, or a kind that is none, is a usage error.
  CliRun misspelt = RunContraste({"report", "corpus", "--slot", "durations"});
  CHECK(misspelt.status == 2);
  CHECK(misspelt.err.find("--slot durations") != std::string::npos);
  CHECK(RunContraste({"report", "corpus", "--kind", "conflicts"}).status == 2);

  // check: only the venue's verdicts shown; the contradicted duration still fails the run.
  CliRun check = RunContraste({"check", kWrong, "--slot", "venue", "--min-severity", "note"});
  CHECK(check.status == 1);
  const auto shown = NonEmptyLines(check.out);
  REQUIRE(!shown.empty());
  for (const std::string& l : shown) CHECK(l.find(": venue of ") != std::string::npos);
  CliRun confirmed = RunContraste({"check", kWrong, "--kind", "confirmed"});
  CHECK(confirmed.status == 1);
  CHECK(confirmed.out.empty());  // confirmed verdicts are notes: hidden by the line format's default
  CliRun confirmed_notes = RunContraste({"check", kWrong, "--kind", "confirmed", "--min-severity", "note"});
  for (const std::string& l : NonEmptyLines(confirmed_notes.out)) CHECK(l.find(": note: confirmed: ") != std::string::npos);
  CHECK(RunContraste({"check", kWrong, "--kind", "conflict"}).status == 2);
}

TEST_CASE("a skipped corpus file is a warning in SARIF, rdjson and GitHub annotations too; exit 3 unchanged") {
  TempDir dir;
  for (const auto& e : fs::directory_iterator(SourcePath("corpus"))) fs::copy_file(e.path(), dir.path / e.path().filename());
  WriteText(dir.path / "roto.txt", std::string("Texto con un byte inv\xC3(lido\n"));
  const std::string roto = (dir.path / "roto.txt").string();
  CliRun sarif = RunContraste({"report", dir.path.string(), "--format", "sarif"});
  CHECK(sarif.status == 3);
  const auto s = nlohmann::json::parse(sarif.out);
  const auto& notes = s["runs"][0]["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["level"] == "warning");
  CHECK(notes[0]["message"]["text"].get<std::string>().find("invalid UTF-8") != std::string::npos);
  CHECK(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file://" + roto);
  CHECK(s["runs"][0]["results"].size() == 3);  // the conflicts still there
  CliRun rd = RunContraste({"report", dir.path.string(), "--format", "rdjson"});
  CHECK(rd.status == 3);
  size_t skipped = 0;
  const auto diagnostics = nlohmann::json::parse(rd.out)["diagnostics"];
  for (const auto& d : diagnostics) {
    if (d["code"]["value"] != "skipped") continue;
    ++skipped;
    CHECK(d["severity"] == "WARNING");
    CHECK(d["location"]["path"] == roto);
  }
  CHECK(skipped == 1);
  CliRun gh = RunContraste({"report", dir.path.string(), "--format", "github"});
  CHECK(gh.status == 3);
  CHECK(gh.out.find("::warning file=" + roto + ",title=contraste skipped::byte ") != std::string::npos);
  // --min-severity error: errors only, the skipped file left to stderr.
  CliRun errors = RunContraste({"report", dir.path.string(), "--format", "github", "--min-severity", "error"});
  CHECK(errors.out.find("::warning") == std::string::npos);
  CHECK(errors.err.find("skipped") != std::string::npos);
  CHECK(errors.status == 3);
}
