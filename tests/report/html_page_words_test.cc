// The pages an editor opens speak the corpus's language (rules/<lang>/ui.yaml, or --ui): labels,
// durations ("1 h 30 min"), dates ("19 de junio de 2024"), the article's address as a link when its
// metadata gives one, and a summary whose counts match the findings on the page.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "check/cli_run.h"

using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The page's text outside tags and attributes.
std::string VisibleText(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  return out;
}

}  // namespace

TEST_CASE("the seed report in Spanish: labels, durations and dates as an editor writes them") {
  CliRun r = RunContraste("report corpus --format html");
  REQUIRE(r.status == 0);
  const std::string text = VisibleText(r.out);
  CHECK(r.out.find("<html lang=\"es\">") != std::string::npos);
  CHECK(text.find("Informe de contraste") != std::string::npos);
  CHECK(text.find("Documentos") != std::string::npos);
  CHECK(text.find("1 h 30 min") != std::string::npos);
  CHECK(text.find("19 de junio de 2024") != std::string::npos);
  CHECK(text.find("PT1H30M") == std::string::npos);      // only in the value's tooltip
  // An ISO date is left only in <time datetime>: the events' names write theirs out too.
  CHECK(Count(text, "2024-06-19") == 0);
  CHECK(text.find("(19 de junio de 2024)") != std::string::npos);
  CHECK(r.out.find("<time datetime=\"2024-06-19\">19 de junio de 2024</time>") != std::string::npos);
  // The findings' explanations are Spanish too (rules/es/messages.yaml).
  // A hedge and an outlet not given in words too ("(approx)" and "unknown" before).
  CHECK(text.find("1 h 30 min (aproximado)") != std::string::npos);
  CHECK(text.find(" · desconocido · ") != std::string::npos);
  // The jump list's badges take their kind's colour.
  CHECK(r.out.find("<li data-glance-kind=\"conflict\"><a href=\"#f-4cec503bf0ea\">") != std::string::npos);
  for (const char* english : {"Documents", "Stated by", "line ", "agreements (stated alike", "published",
                              "The articles", "Several articles", "(approx)", " · unknown · ", "(assumed)"}) {
    CAPTURE(std::string(english));
    CHECK(text.find(english) == std::string::npos);
  }
}

TEST_CASE("--ui en: the same page in English; a language without ui.yaml is an error") {
  CliRun r = RunContraste("report corpus --format html --ui en");
  REQUIRE(r.status == 0);
  const std::string text = VisibleText(r.out);
  CHECK(r.out.find("<html lang=\"en\">") != std::string::npos);
  CHECK(text.find("Documents") != std::string::npos);
  CHECK(text.find("June 19, 2024") != std::string::npos);
  CHECK(text.find("1 h 30 min") != std::string::npos);
  CliRun missing = RunContraste("report corpus --format html --ui xx");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("--ui xx: no ") != std::string::npos);
}

TEST_CASE("the check page in the draft's language") {
  CliRun r = RunContraste("check tests/data/drafts/cumbre_con_errores.md --format html");
  CHECK(r.status == 1);
  const std::string text = VisibleText(r.out);
  CHECK(r.out.find("<html lang=\"es\">") != std::string::npos);
  CHECK(text.find("Comprobación de borradores") != std::string::npos);
  CHECK(text.find("contradicha") != std::string::npos);
  CHECK(text.find("Borrador") != std::string::npos);
  CHECK(text.find("línea ") != std::string::npos);
}

TEST_CASE("HTML: the summary's counts match the findings on the page") {
  CliRun r = RunContraste("report corpus --format html --agreements full");
  REQUIRE(r.status == 0);
  std::map<std::string, size_t> cards;
  for (size_t at = r.out.find("<article class=\"finding\""); at != std::string::npos;
       at = r.out.find("<article class=\"finding\"", at + 1)) {
    const size_t k = r.out.find("data-kind=\"", at) + 11;
    cards[r.out.substr(k, r.out.find('"', k) - k)]++;
  }
  REQUIRE_FALSE(cards.empty());
  size_t rows = 0;
  for (size_t at = r.out.find("<tr data-count-kind=\""); at != std::string::npos;
       at = r.out.find("<tr data-count-kind=\"", at + 1)) {
    const size_t k = at + 21;
    const std::string kind = r.out.substr(k, r.out.find('"', k) - k);
    const size_t c = r.out.find("<td class=\"count\">", at) + 18;
    CAPTURE(kind);
    CHECK(std::stoul(r.out.substr(c, r.out.find('<', c) - c)) == cards[kind]);
    ++rows;
  }
  CHECK(rows == cards.size());
}

TEST_CASE("an article's url from its manifest links its title") {
  const fs::path dir = fs::temp_directory_path() / ("contraste-url-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(SourcePath("corpus"), dir, fs::copy_options::recursive);
  std::string manifest = ReadFileOrEmpty((dir / "manifest.yaml").string());
  const std::string entry = "outlet: CNN en Español}";
  REQUIRE(manifest.find(entry) != std::string::npos);
  manifest.replace(manifest.find(entry), entry.size(),
                   "outlet: CNN en Español, url: \"https://cnnespanol.example/2024/06/19/putin-kim\"}");
  std::ofstream(dir / "manifest.yaml") << manifest;
  CliRun r = RunContraste("report '" + dir.string() + "' --format html");
  CliRun json = RunContraste("report '" + dir.string() + "' --format json");
  fs::remove_all(dir);
  CHECK(r.status == 0);
  CHECK(Count(r.out, "<a href=\"https://cnnespanol.example/2024/06/19/putin-kim\" rel=\"noopener noreferrer\">") >= 1);
  CHECK(json.out.find("\"url\": \"https://cnnespanol.example/2024/06/19/putin-kim\"") != std::string::npos);
}
