// The Markdown pages (report, check, the baseline's section) speak their reader's language like the
// HTML pages: every label from rules/<lang>/ui.yaml, each place kind from messages.yaml, hedges,
// dates and numbers as the language writes them. Before, the Markdown's labels were English string
// literals in the engine ("## Summary", "Side 1", "line 14, col 241", "(value `PT1H30M`, approx)",
// "according to"), whatever the page's language.
#include <doctest/doctest.h>

#include "check/cli_run.h"
#include "report/report_writers.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// The English labels the Markdown report and check page used to write.
const std::vector<std::string> kEnglishLabels = {
    "# contraste report", "## Summary", "| kind | findings | by slot |", "## Documents", "| id | title | published",
    "### Conflict: ", "- Side 1:", "- Side 2:", " line 14, col ", "(value `", ", approx)", "according to ",
    "## Agreements (", "One line each", "guesthouse, in ", "(assumed)", "| unknown |", "# contraste check",
    "### Contradicted: ", "- Against the draft:", "- Compatible with the draft:", "date unknown", " draft(s) against "};

}  // namespace

TEST_CASE("the seed report in Markdown: every label in the corpus's Spanish, none left in English") {
  CliRun r = RunContraste("report corpus");
  REQUIRE(r.status == 0);
  for (const char* spanish :
       {"# Informe de contraste\n\n5 documentos, 78 afirmaciones: 3 conflictos, 12 coincidencias.", "## Resumen",
        "| tipo | hallazgos | por dato |", "| conflictos | 3 | fecha 1, duración 1, lugar 1 |", "## Documentos",
        "| id | título | publicado | medio | historia | números | supuestos |", "| 19 de junio de 2024 | desconocido |",
        "es-ES (supuesto)", "### Conflicto: duración · `4cec503bf0ea` · regla `duration-interval`", "- Versión 1:",
        "`000_692f4dc4092f85cc` línea 14, col. 241 (valor `PT1H30M`, aproximado)",
        "(valor `kumsusan-guesthouse`: residencia de huéspedes, en Pionyang, Corea del Norte)",
        "· según Vladímir Putin", "## Coincidencias (12)", "Una línea cada una",
        "· tiempo desde la anterior: \"en 24 años\""}) {
    CAPTURE(std::string(spanish));
    CHECK(r.out.find(spanish) != std::string::npos);
  }
  for (const std::string& english : kEnglishLabels) {
    CAPTURE(english);
    CHECK(r.out.find(english) == std::string::npos);
  }
  // No label key shown in place of its words (a key missing from the writer's ui.yaml).
  for (const std::string& key : UiLabelKeys()) {
    if (key.find('_') == std::string::npos) continue;
    CAPTURE(key);
    CHECK(r.out.find(key) == std::string::npos);
  }
}

TEST_CASE("--ui en: the same Markdown report in English; counted agreements in words") {
  CliRun r = RunContraste("report corpus --ui en");
  REQUIRE(r.status == 0);
  for (const char* english :
       {"# contraste report", "## Summary", "### Conflict: duration · `4cec503bf0ea` · rule `duration-interval`",
        "- Side 1:", "line 14, col 241 (value `PT1H30M`, approximate)", "guesthouse, in Pionyang, Corea del Norte",
        "· according to Vladímir Putin", "## Agreements (12)", "| June 19, 2024 | unknown |"}) {
    CAPTURE(std::string(english));
    CHECK(r.out.find(english) != std::string::npos);
  }
  CHECK(r.out.find("Versión 1") == std::string::npos);
  CliRun counted = RunContraste("report corpus --agreements count");
  CHECK(counted.out.find("12 coincidencias, solo contadas.") != std::string::npos);
}

TEST_CASE("the check page in Markdown speaks the draft's Spanish") {
  CliRun r = RunContraste("check tests/data/drafts/cumbre_con_errores.md tests/data/drafts/cumbre_coherente.md --format md");
  REQUIRE(r.status == 1);
  for (const char* spanish :
       {"# Comprobación de borradores", "2 borrador(es) frente a 5 documentos publicados",
        "## Borrador `tests/data/drafts/cumbre_con_errores.md`: ", "### Contradicha: duración de reunión: ",
        "### Discutida: ", "· regla `duration-interval`", "- En contra del borrador:", "- Compatible con el borrador:",
        " línea 14, col. 241", "(desconocido, 19 de junio de 2024)"}) {
    CAPTURE(std::string(spanish));
    CHECK(r.out.find(spanish) != std::string::npos);
  }
  for (const std::string& english : kEnglishLabels) {
    CAPTURE(english);
    CHECK(r.out.find(english) == std::string::npos);
  }
  CliRun en = RunContraste("check tests/data/drafts/cumbre_con_errores.md --format md --ui en");
  CHECK(en.out.find("### Contradicted: duration of reunión: ") != std::string::npos);
  CHECK(en.out.find("- Against the draft:") != std::string::npos);
}

TEST_CASE("a heading's kind takes a capital letter, an accented one too") {
  CHECK(PageUi("es").KindTitle("revision") == "Revisión");
  CHECK(PageUi("es").KindTitle("conflict") == "Conflicto");
  CHECK(PageUi("en").KindTitle("dispute") == "Dispute");
  CHECK(UiText{}.KindTitle("conflict") == "Conflict");  // no ui.yaml: the id, capitalized
  CHECK(PageUi("es").Hedge("approx") == "aproximado");
  CHECK(PageUi("es").Hedge("some_new_hedge") == "some_new_hedge");
  CHECK(PageUi("es").Outlet(kOutletNotGiven) == "desconocido");
  CHECK(PageUi("es").Outlet("EFE") == "EFE");
}
