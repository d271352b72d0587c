// The HTML pages are self-contained and inert: every piece of article text is escaped, so an article
// holding <script>, event-handler attributes or markup shows them as text and runs nothing.
#include <doctest/doctest.h>

#include <sstream>

#include "check/check_writers.h"
#include "report/html_parts.h"
#include "report/report_writers.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// Two articles that conflict on the summit's duration, with hostile text in the title, the
// sentences of the claims and the outlet.
std::vector<Document> HostileArticles() {
  DocumentMetadata meta;
  meta.language = "es";
  meta.published = CivilDate::Parse("2024-06-19");
  meta.outlet = "Diario <b onmouseover=\"alert(1)\">Hostil</b>";
  std::vector<Document> docs;
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"hostil_a",
       "Título <script>document.body.setAttribute('data-pwned','yes')</script>\n\n"
       "Putin y Kim celebraron una cumbre de unos 90 minutos <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> "
       "en Pionyang & \"alrededores\" <!-- comentario --> </textarea></title>.\n"},
      {"hostil_b",
       "<style>body{display:none}</style> Otro título\n\n"
       "Putin y Kim celebraron una cumbre de <i>aproximadamente</i> dos horas <a href=\"javascript:alert(1)\">enlace</a>.\n"},
  };
  for (const auto& [id, text] : texts) {
    auto d = DocumentFromBytes(text, id, meta);
    REQUIRE(d);
    docs.push_back(*d);
  }
  // Where they were published: an address that tries to close its attribute, and a script one.
  docs[0].url = "https://example.com/a?q=\"><script>alert(1)</script>";
  docs[1].url = "javascript:alert(1)";
  return docs;
}

// The Spanish words of the pages (rules/es/ui.yaml).
const UiText& SpanishPageWords() {
  static const UiText ui = [] {
    auto loaded = LoadUiText(SourcePath("rules/es/ui.yaml"), "es");
    REQUIRE_MESSAGE(loaded.ok(), loaded.error().ToString());
    return *loaded;
  }();
  return ui;
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

// What no page may hold, whatever the articles say: tags or attributes that could run code or fetch.
void CheckInert(const std::string& html) {
  CHECK(Count(html, "<script") == 1);  // our own filter script, at the end
  CHECK(html.find("<script>") > html.rfind("</main>"));
  // (Attribute names such as onerror= may appear as text: what matters is that no tag opens.)
  for (const char* live : {"<img", "<style>body", "<a href=\"javascript", "<b ", "<i>", "<!--", "</textarea>", "</title>.", "<link",
                           "<iframe", "@import", "url("}) {
    CAPTURE(std::string(live));
    CHECK(html.find(live) == std::string::npos);
  }
  // The hostile text is shown, escaped.
  CHECK(html.find("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;yes&#39;)&lt;/script&gt;") !=
        std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=&quot;") != std::string::npos);
  CHECK(html.find("&amp; &quot;alrededores&quot;") != std::string::npos);
  CHECK(html.find("Diario &lt;b onmouseover=&quot;alert(1)&quot;&gt;Hostil&lt;/b&gt;") != std::string::npos);
  // No network: a policy that forbids fetching anything.
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
}

}  // namespace

TEST_CASE("HtmlEscape escapes the five characters that matter and keeps the rest byte for byte") {
  CHECK(HtmlEscape("a<b>&\"c'd") == "a&lt;b&gt;&amp;&quot;c&#39;d");
  CHECK(HtmlEscape("Vladímir “Putin” — 90 minutos") == "Vladímir “Putin” — 90 minutos");
  CHECK(HtmlEscape("") == "");
}

TEST_CASE("report --format html: hostile article text is escaped, the conflict is still shown") {
  Analysis a = Analyze(HostileArticles());
  REQUIRE(a.findings.size() >= 1);
  CHECK(a.findings.front().kind == "conflict");
  std::ostringstream html;
  WriteHtmlReport(a, html, SpanishPageWords());
  CheckInert(html.str());
  CHECK(html.str().find("<mark>unos 90 minutos</mark>") != std::string::npos);
  CHECK(html.str().find("<mark>dos horas</mark>") != std::string::npos);
}

TEST_CASE("check --format html: hostile draft and corpus text is escaped") {
  auto docs = HostileArticles();
  std::vector<Document> draft = {docs[1]};
  draft[0].id = "borrador";
  CheckResult r = CheckDrafts(SharedEngine(), {docs[0]}, std::move(draft));
  REQUIRE(r.verdicts.size() == 1);
  CHECK(r.verdicts[0].kind == VerdictKind::kContradicted);
  std::ostringstream html;
  WriteCheckHtml(r, html, SpanishPageWords());
  const std::string page = html.str();
  CHECK(Count(page, "<script") == 1);
  CHECK(page.find("&lt;script&gt;") != std::string::npos);
  CHECK(page.find("&lt;a href=&quot;javascript:alert(1)&quot;&gt;") != std::string::npos);
  // The only links are the page's own anchors and the http(s) addresses of the articles, escaped.
  const std::string article_link = "href=\"https://example.com/a?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"";
  for (size_t p = page.find("href=\""); p != std::string::npos; p = page.find("href=\"", p + 1)) {
    CHECK((page.compare(p, 8, "href=\"#v") == 0 || page.compare(p, article_link.size(), article_link) == 0));
  }
  CHECK(page.find(article_link) != std::string::npos);
  for (const char* live : {"<img", "<a href=\"javascript", "<i>"}) {
    CAPTURE(std::string(live));
    CHECK(page.find(live) == std::string::npos);
  }
}
