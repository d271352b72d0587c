// A real browser renders the HTML pages: headless Chromium (Debian's `chromium`, installed by
// scripts/setup.sh) loads the seed report, and the test reads the DOM it built: every conflict is
// there with each side's quote highlighted, the filter script ran (and a #kind= link filters), and
// an article full of <script> and markup runs nothing. Screenshots are saved as build artefacts in
// <build>/artefacts/ (laptop, 1366 px, and phone, 390 px, widths); they are not committed.
//
// Set CONTRASTE_CHROMIUM to use another binary. Without a browser the test fails and says how to
// install one; CONTRASTE_SKIP_BROWSER=1 skips it explicitly (the skip is printed).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "check/cli_run.h"

using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

std::string ChromiumBinary() {
  if (const char* env = std::getenv("CONTRASTE_CHROMIUM"); env && *env) return env;
  return "/usr/bin/chromium";
}

bool BrowserSkipped() {
  const char* skip = std::getenv("CONTRASTE_SKIP_BROWSER");
  if (skip && std::string(skip) == "1") {
    MESSAGE("SKIPPED: CONTRASTE_SKIP_BROWSER=1, the HTML pages were not rendered in a browser");
    return true;
  }
  REQUIRE_MESSAGE(fs::exists(ChromiumBinary()), ChromiumBinary(),
                  " not found: run scripts/setup.sh (Debian package chromium) or set CONTRASTE_CHROMIUM");
  return false;
}

// The screenshots' windows: a common laptop (1366 px wide) and a phone (390 px, an iPhone 12-15).
constexpr const char* kLaptopWindow = "1366,2000";
constexpr const char* kPhoneWindow = "390,1600";

fs::path ArtefactDir() {
  fs::path dir = BuildDir() / "artefacts";
  fs::create_directories(dir);
  return dir;
}

// Runs headless Chromium on `url` with one action (--dump-dom, or --screenshot=FILE), in a fresh
// profile, with everything that could reach the network switched off.
CliRun Chromium(const std::string& action, const std::string& url, const std::string& window = "1280,2000") {
  const fs::path profile = fs::temp_directory_path() / ("contraste-chromium-" + std::to_string(::getpid()));
  fs::remove_all(profile);
  const std::string command = "timeout 120 " + ChromiumBinary() +
      " --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
      " --disable-sync --no-first-run --no-default-browser-check --hide-scrollbars --user-data-dir=" +
      profile.string() + " --window-size=" + window + " " + action + " '" + url + "'";
  CliRun r = RunShell(command);
  fs::remove_all(profile);
  return r;
}

std::string FileUrl(const fs::path& p) { return "file://" + fs::absolute(p).lexically_normal().string(); }

// Text as the DOM serializer writes it inside an element.
std::string DomText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

// The serialized <article> with id `id`, or empty.
std::string ArticleById(const std::string& dom, const std::string& id) {
  size_t start = dom.find("id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  start = dom.rfind("<article", start);
  size_t end = dom.find("</article>", start);
  return dom.substr(start, end - start);
}

void CheckPng(const fs::path& p) {
  CAPTURE(p.string());
  REQUIRE(fs::exists(p));
  std::ifstream in(p, std::ios::binary);
  char sig[8] = {};
  in.read(sig, 8);
  CHECK(std::string(sig + 1, 3) == "PNG");
  CHECK(fs::file_size(p) > 10000);
}

// <stem>.png at laptop width and <stem>-phone.png at phone width, in the artefacts directory.
void TakeScreenshots(const fs::path& page, const std::string& stem) {
  const fs::path laptop = ArtefactDir() / (stem + ".png"), phone = ArtefactDir() / (stem + "-phone.png");
  fs::remove(laptop);
  fs::remove(phone);
  CHECK(Chromium("--screenshot=" + laptop.string(), FileUrl(page), kLaptopWindow).status == 0);
  CHECK(Chromium("--screenshot=" + phone.string(), FileUrl(page), kPhoneWindow).status == 0);
  CheckPng(laptop);
  CheckPng(phone);
}

}  // namespace

TEST_CASE("Chromium renders the seed report: every conflict with its quotes, filters working") {
  if (BrowserSkipped()) return;
  const fs::path page = ArtefactDir() / "seed-report.html";
  REQUIRE(RunContraste("report corpus --format html -o " + page.string()).status == 0);
  CliRun json = RunContraste("report corpus --format json");
  REQUIRE(json.status == 0);
  auto report = nlohmann::json::parse(json.out);

  CliRun dom = Chromium("--dump-dom", FileUrl(page));
  REQUIRE_MESSAGE(dom.status == 0, dom.err);
  CHECK(dom.out.find("data-filters=\"ready\"") != std::string::npos);  // our script ran despite the CSP
  size_t conflicts = 0;
  for (const auto& f : report["findings"]) {
    const std::string id = f["id"];
    CAPTURE(id);
    const std::string article = ArticleById(dom.out, "f-" + id);
    REQUIRE_FALSE(article.empty());
    CHECK(article.find("data-kind=\"" + f["kind"].get<std::string>() + "\"") != std::string::npos);
    CHECK(article.find(" hidden") == std::string::npos);
    for (const auto& c : f["claims"]) {
      const std::string quote = c["quote"];
      CAPTURE(quote);
      CHECK(article.find("<mark>" + DomText(quote) + "</mark>") != std::string::npos);
      CHECK(article.find(DomText(c["doc"].get<std::string>())) != std::string::npos);
    }
    if (f["kind"] == "conflict") ++conflicts;
  }
  CHECK(conflicts >= 1);
  CHECK(conflicts == report["summary"]["conflicts"].get<size_t>());

  // A link that preselects a filter: agreements hidden, conflicts shown.
  CliRun filtered = Chromium("--dump-dom", FileUrl(page) + "#kind=conflict");
  REQUIRE(filtered.status == 0);
  for (const auto& f : report["findings"]) {
    const std::string article = ArticleById(filtered.out, "f-" + f["id"].get<std::string>());
    const bool hidden = article.substr(0, article.find('>')).find(" hidden") != std::string::npos;
    CHECK(hidden == (f["kind"] != "conflict"));
  }

  TakeScreenshots(page, "seed-report");
}

TEST_CASE("Chromium renders the check of the draft with errors: contradictions with both quotes") {
  if (BrowserSkipped()) return;
  const fs::path page = ArtefactDir() / "check-cumbre_con_errores.html";
  CHECK(RunContraste("check tests/data/drafts/cumbre_con_errores.md --format html -o " + page.string()).status == 1);
  CliRun dom = Chromium("--dump-dom", FileUrl(page));
  REQUIRE(dom.status == 0);
  CHECK(dom.out.find("data-filters=\"ready\"") != std::string::npos);
  // The at-a-glance list links to the card of the contradicted duration.
  const std::string link = "<li data-kind=\"contradicted\" data-slot=\"duration\"><a href=\"#";
  const size_t li = dom.out.find(link);
  REQUIRE(li != std::string::npos);
  const size_t id_start = li + link.size();
  const std::string id = dom.out.substr(id_start, dom.out.find('"', id_start) - id_start);
  const std::string article = ArticleById(dom.out, id);
  REQUIRE_FALSE(article.empty());
  CHECK(article.find("data-kind=\"contradicted\" data-slot=\"duration\"") != std::string::npos);
  CHECK(article.find("<mark>tres horas y media</mark>") != std::string::npos);
  CHECK(article.find("<mark>unos 90 minutos</mark>") != std::string::npos);
  CHECK(article.find("<mark>aproximadamente dos horas</mark>") != std::string::npos);
  TakeScreenshots(page, "check-cumbre_con_errores");
}

TEST_CASE("Chromium: an article full of <script> and markup runs nothing and shows it as text") {
  if (BrowserSkipped()) return;
  const fs::path dir = ArtefactDir() / "hostile-corpus";
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt", std::ios::binary)
      << "Título <script>document.body.setAttribute('data-pwned','script')</script>\n\n"
         "Putin y Kim celebraron una cumbre de unos 90 minutos <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> "
         "<b>negrita</b> <iframe src=\"https://example.com/\"></iframe>.\n";
  std::ofstream(dir / "b.txt", std::ios::binary)
      << "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg> Otro\n\n"
         "Putin y Kim celebraron una cumbre de dos horas <script>document.title='pwned'</script>.\n";
  const fs::path page = ArtefactDir() / "hostile-report.html";
  REQUIRE(RunContraste("report " + dir.string() + " --format html -o " + page.string()).status == 0);
  CliRun dom = Chromium("--dump-dom", FileUrl(page));
  REQUIRE(dom.status == 0);
  CHECK(dom.out.find("data-filters=\"ready\"") != std::string::npos);
  CHECK(dom.out.find("data-pwned=") == std::string::npos);  // no injected code ran
  CHECK(dom.out.find("<title>pwned") == std::string::npos);
  for (const char* live : {"<img", "<iframe", "<svg", "<b>negrita"}) {
    CAPTURE(std::string(live));
    CHECK(dom.out.find(live) == std::string::npos);
  }
  size_t scripts = 0;
  for (size_t p = dom.out.find("<script"); p != std::string::npos; p = dom.out.find("<script", p + 1)) ++scripts;
  CHECK(scripts == 1);
  CHECK(dom.out.find("&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;") != std::string::npos);
  CHECK(dom.out.find("&lt;b&gt;negrita&lt;/b&gt;") != std::string::npos);
  CHECK(dom.out.find("<mark>unos 90 minutos</mark>") != std::string::npos);
}
