// A document's title, when no metadata gives one: its first line that reads as a headline, not a
// photo caption that a scrape put above it. Before, the first non-empty line was the title, and
// the seed article 004's title was its English photo caption.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"
#include "text/corpus_loader.h"
#include "text/title_line.h"

using namespace contraste;
using namespace contraste::testing;

TEST_CASE("the seed article 004 is titled by its headline, not by the caption above it") {
  CorpusLoad load = LoadCorpus({SourcePath("corpus/004_927d38cd81ea4cda.txt")}, {});
  REQUIRE(load.documents.size() == 1);
  CHECK(load.documents[0].title == "Mira el encuentro de Vladimir Putin con Kim Jong Un en Corea del Norte");
  // The other seed articles open with their headline and keep it.
  CorpusLoad all = LoadCorpus({SourcePath("corpus")}, {});
  REQUIRE(all.documents.size() == 5);
  CHECK(all.documents[0].title == "Kim Jong-un y Vladímir Putin Firman Acuerdo de Defensa Mutua en Cumbre Histórica");
  CHECK(all.documents[2].title == "Kim Jong-un respalda totalmente la invasión rusa en Ucrania");
}

TEST_CASE("running text is no headline: three sentences or more, or longer than a headline can be") {
  const std::string caption =
      "Kim Jong Un, left, greets Vladimir Putin in Pyongyang on June 19, 2024. Putin enjoyed a red carpet welcome. "
      "(Photo by A / POOL / AFP)";
  CHECK_FALSE(ReadsAsHeadline(caption));
  CHECK(TitleLine("\n" + caption + "\n\nMira el encuentro de Putin con Kim\nTexto.") == "Mira el encuentro de Putin con Kim");
  // Two sentences are still a headline; abbreviations and decimals are no sentence break.
  CHECK(ReadsAsHeadline("China acaba de construir un hospital en 10 días. Así lo logró"));
  CHECK(ReadsAsHeadline("El PIB crece un 2.5 % y el paro baja a 1.500 personas. p. ej. en Madrid. y en Cádiz."));
  CHECK_FALSE(ReadsAsHeadline(std::string(kMaxTitleBytes + 1, 'a')));
  // A caption-like title before a headline a long way down is not skipped past kTitleLines lines:
  // with no headline among them, the first line is the title.
  CHECK(TitleLine(caption + "\n" + caption + "\n" + caption + "\nTitular") == caption);
  CHECK(TitleLine("\xEF\xBB\xBF  Titular  \r\nCuerpo.") == "Titular");
  CHECK(TitleLine("") == "");
}

TEST_CASE("a title the metadata gives wins over any line") {
  CorpusLoad load = LoadCorpus({SourcePath("corpus/004_927d38cd81ea4cda.txt")}, {});
  REQUIRE(load.documents.size() == 1);
  DocumentMetadata meta;
  meta.title = std::string("Putin y Kim firman un pacto");
  auto doc = DocumentFromBytes(load.documents[0].bytes, "004", meta);
  REQUIRE(doc.ok());
  CHECK(doc->title == "Putin y Kim firman un pacto");
}
