// The pages' words come from rules/<lang>/ui.yaml: labels, kinds and slots by name, and values
// written as the language writes them (durations, dates, numbers).
#include <doctest/doctest.h>

#include "report/ui_text.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

UiText Load(const std::string& lang) {
  auto ui = LoadUiText(SourcePath("rules/" + lang + "/ui.yaml"), lang);
  REQUIRE_MESSAGE(ui.ok(), ui.error().ToString());
  return *ui;
}

}  // namespace

TEST_CASE("durations, dates and numbers as Spanish and English write them") {
  const UiText es = Load("es"), en = Load("en");
  CHECK(es.Value("duration", "PT1H30M") == "1 h 30 min");
  CHECK(en.Value("duration", "PT1H30M") == "1 h 30 min");
  CHECK(es.Value("since_previous", "P24Y") == "24 años");
  CHECK(en.Value("since_previous", "P24Y") == "24 years");
  CHECK(es.Value("duration", "P1D") == "1 día");
  CHECK(es.Value("duration", "PT2.5H") == "2,5 h");
  CHECK(es.Value("date", "2024-06-18") == "18 de junio de 2024");
  CHECK(en.Value("date", "2024-06-18") == "June 18, 2024");
  CHECK(es.Value("date", "2024-06") == "junio de 2024");
  CHECK(es.Value("quantity", "10000 contenedor") == "10.000 contenedor");
  CHECK(en.Value("quantity", "10000 contenedor") == "10,000 contenedor");
  CHECK(es.Number("2024") == "2024");  // four digits stay together in Spanish
  CHECK(en.Number("2024") == "2,024");
  CHECK(es.Number("1250300.5") == "1.250.300,5");
  CHECK(es.Value("venue", "iso:KP") == "iso:KP");  // not a duration, date or number: as it is
  CHECK(es.Value("duration", "PT") == "PT");
  CHECK(es.Date(*CivilDate::Parse("2024-06-19")) == "19 de junio de 2024");
}

TEST_CASE("labels, kinds and slots by name; patterns filled") {
  const UiText es = Load("es");
  CHECK(es.language() == "es");
  CHECK(es.Label("documents") == "Documentos");
  CHECK(es.Format("line_column", {{"line", "3"}, {"column", "12"}}) == "línea 3, col. 12");
  CHECK(es.Kind("conflict") == "conflicto");
  CHECK(es.Kind("conflict", 3) == "conflictos");
  CHECK(es.Slot("duration") == "duración");
  CHECK(es.Slot("no_such_slot") == "no_such_slot");
  const UiText none;  // no ui.yaml: the keys themselves
  CHECK(none.Label("documents") == "documents");
  CHECK(none.Value("duration", "PT1H30M") == "PT1H30M");
}

TEST_CASE("a ui.yaml gives every label; mistakes are errors at their position") {
  auto missing = ParseUiText("date: x\n", "ui.yaml", "xx");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString() == "ui.yaml:1:1: missing required key 'month_year'");
  std::string text = ReadFileOrEmpty(SourcePath("rules/en/ui.yaml"));
  const std::string label = "  no_claims: \"No claims found in this draft.\"\n";
  REQUIRE(text.find(label) != std::string::npos);
  std::string unknown = text;
  unknown.replace(unknown.find(label), label.size(), label + "  no_clams: \"typo\"\n");
  auto bad = ParseUiText(unknown, "ui.yaml", "en");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.starts_with("unknown key 'no_clams'"));
  std::string lacking = text;
  lacking.erase(lacking.find(label), label.size());
  auto short_of = ParseUiText(lacking, "ui.yaml", "en");
  REQUIRE_FALSE(short_of.ok());
  CHECK(short_of.error().message == "missing required key 'no_claims'");
}
