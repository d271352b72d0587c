// The pages for people say the findings in their reader's language: each explanation from
// rules/<lang>/messages.yaml by rule id and kind, the places' kinds named, the events' dates written
// out ("19 de junio de 2024"); the JSON, line and SARIF outputs keep the rule files' English
// sentences and ISO dates. Before, every explanation was the rule file's English sentence and every
// event title an ISO date, whatever the page's language.
#include <doctest/doctest.h>

#include "check/cli_run.h"
#include "report/explanation_text.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

UiText Ui(const std::string& lang) {
  auto ui = LoadUiText(SourcePath("rules/" + lang + "/ui.yaml"), lang);
  REQUIRE_MESSAGE(ui.ok(), ui.error().ToString());
  return *ui;
}

}  // namespace

TEST_CASE("the seed report in Markdown speaks the corpus's Spanish: explanations and event dates") {
  CliRun r = RunContraste("report corpus");
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Los artículos no coinciden en cuánto duró: «unos 90 minutos» frente a «aproximadamente dos "
                   "horas».") != std::string::npos);
  CHECK(r.out.find("Los artículos lo sitúan en lugares distintos: «residencia de huéspedes de Kumsusan en Pionyang» "
                   "(residencia de huéspedes) frente a «Palacio del Sol de Kumsusan» (palacio).") != std::string::npos);
  CHECK(r.out.find("## reunión: Kim Jong Un, Vladímir Putin (19 de junio de 2024)") != std::string::npos);
  for (const char* english : {"The articles disagree", "The articles place it", "Several articles", "(2024-06-19)"}) {
    CAPTURE(std::string(english));
    CHECK(r.out.find(english) == std::string::npos);
  }
}

TEST_CASE("--ui en keeps the rule files' sentences and writes dates in English") {
  CliRun r = RunContraste("report corpus --ui en");
  REQUIRE(r.status == 0);
  CHECK(r.out.find("The articles disagree on how long it lasted: \"unos 90 minutos\" vs \"aproximadamente dos "
                   "horas\".") != std::string::npos);
  CHECK(r.out.find("## reunión: Kim Jong Un, Vladímir Putin (June 19, 2024)") != std::string::npos);
}

TEST_CASE("the HTML page says the explanations in Spanish too; JSON, line and SARIF stay English") {
  CliRun html = RunContraste("report corpus --format html");
  REQUIRE(html.status == 0);
  CHECK(html.out.find("Los artículos no coinciden en cuánto duró") != std::string::npos);
  CHECK(html.out.find("(19 de junio de 2024)") != std::string::npos);
  CHECK(html.out.find("The articles disagree") == std::string::npos);
  for (const char* format : {"json", "line", "sarif"}) {
    CAPTURE(std::string(format));
    CliRun r = RunContraste(std::string("report corpus --format ") + format);
    CHECK(r.out.find("The articles disagree on how long it lasted") != std::string::npos);
    CHECK(r.out.find("Los artículos") == std::string::npos);
    CHECK(r.out.find("(2024-06-19)") != std::string::npos);
  }
}

TEST_CASE("check's verdicts in the page's language; the line format keeps English") {
  CliRun md = RunContraste("check tests/data/drafts/cumbre_con_errores.md --format md");
  CHECK(md.status == 1);
  CHECK(md.out.find("El borrador dice «") != std::string::npos);
  CHECK(md.out.find("; lo publicado dice «") != std::string::npos);
  CHECK(md.out.find("The draft says") == std::string::npos);
  CliRun html = RunContraste("check tests/data/drafts/cumbre_con_errores.md --format html");
  CHECK(html.out.find("El borrador dice «") != std::string::npos);
  CliRun en = RunContraste("check tests/data/drafts/cumbre_con_errores.md --format md --ui en");
  CHECK(en.out.find("The draft says \"") != std::string::npos);
  CliRun lines = RunContraste("check tests/data/drafts/cumbre_con_errores.md --min-severity note");
  CHECK(lines.out.find("The draft says \"") != std::string::npos);
  CHECK(lines.out.find("El borrador") == std::string::npos);
}

TEST_CASE("event titles: dates and months in parentheses written out, anything else as it is") {
  const UiText es = Ui("es"), en = Ui("en");
  CHECK(EventTitle("reunión: Kim Jong Un, Vladímir Putin (2024-06-19)", es) ==
        "reunión: Kim Jong Un, Vladímir Putin (19 de junio de 2024)");
  CHECK(EventTitle("reunión: Kim Jong Un, Vladímir Putin (2024-06-19)", en) ==
        "reunión: Kim Jong Un, Vladímir Putin (June 19, 2024)");
  CHECK(EventTitle("visita: Shoigú (2025-03) [story-2]", es) == "visita: Shoigú (marzo de 2025) [story-2]");
  CHECK(EventTitle("cumbre (no participants; d1)", es) == "cumbre (no participants; d1)");
  CHECK(EventTitle("a (2024-13-45) b (2024-6-1) (", es) == "a (2024-13-45) b (2024-6-1) (");
  CHECK(EventTitle("x (2024-06-19)", UiText{}) == "x (2024-06-19)");  // no ui.yaml: as it is
}

TEST_CASE("an explanation in Spanish: the rule's sentence, else the default for its kind, else the rule file's") {
  const Engine& engine = SharedEngine();
  const MessageTemplates& es = engine.Messages("es");
  const UiText ui = Ui("es");
  Finding f;
  f.kind = "conflict";
  f.rule = "duration-interval";
  f.slot = "duration";
  f.event_label = "reunión (2024-06-19)";
  f.explanation = "English sentence.";
  f.values = {{"unos 90 minutos", "", ""}, {"dos horas", "", ""}};
  CHECK(ExplanationIn(f, es, ui) == "Los artículos no coinciden en cuánto duró: «unos 90 minutos» frente a «dos horas».");
  f.kind = "revision";  // duration-interval gives none: the default's
  CHECK(ExplanationIn(f, es, ui) == "La cifra cambió a medida que avanzaba la noticia: «unos 90 minutos» → «dos horas».");
  f.kind = "dispute";
  f.values[1].source = "KCNA";
  CHECK(ExplanationIn(f, es, ui) == "Fuentes distintas dan cifras distintas: «unos 90 minutos» frente a «dos horas» (KCNA).");
  // English has no sentences of its own for findings: the rule file's.
  CHECK(ExplanationIn(f, engine.Messages("en"), Ui("en")) == "English sentence.");
  f.values.clear();  // a finding that names no values (made before they were kept): as it was
  CHECK(ExplanationIn(f, es, ui) == "English sentence.");
}

TEST_CASE("every verdict and finding kind has a Spanish sentence; every rule the sentences name exists") {
  const MessageTemplates& es = SharedEngine().Messages("es");
  REQUIRE_FALSE(es.empty());
  for (const auto& entry : es.findings) {
    const std::string& rule_id = entry.first;  // not a binding: clang 14 cannot CAPTURE one
    CAPTURE(rule_id);
    const auto& rules = SharedEngine().rules();
    bool known = rule_id == "default";
    for (const auto& rule : rules) known = known || rule->spec().id == rule_id;
    CHECK(known);  // a misspelt id would never be used
  }
  for (const auto& [key, names] : VerdictKeys()) CHECK(es.verdicts.count(key) == 1);
  for (const auto& rule : SharedEngine().rules()) {
    CAPTURE(rule->spec().id);
    for (const char* kind : {"conflict", "agreement", "revision", "dispute"}) CHECK(es.FindingTemplate(rule->spec().id, kind) != nullptr);
  }
}
