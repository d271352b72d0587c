// Markdown articles and drafts: markup is no claim's text, every offset is still the file's, and
// the first heading is the title unless the metadata gives one.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"
#include "text/markdown_text.h"

using namespace contraste;
using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

const std::string kArticle =
    "---\n"
    "language: es\n"
    "published: 2024-06-19\n"
    "---\n"
    "# Putin y Kim firman un **pacto** en Pionyang\n"
    "\n"
    "La cumbre entre Vladímir Putin y Kim Jong-un duró *unos 90 minutos*, según\n"
    "[TASS](https://tass.ru/mezhdunarodnaya-panorama/2024/06/18/21112345).\n"
    "\n"
    "![Foto del 17 de junio de 2023](https://example.com/fotos/2023-06-17.jpg)\n"
    "\n"
    "<div class=\"pie\">Publicado el 1 de enero de 2020</div>\n"
    "\n"
    "    codigo 12 horas\n"
    "\n"
    "> Es la primera visita de Putin a Corea del Norte en **24 años**.\n"
    "\n"
    "| Reunión | Duración |\n"
    "|---|---|\n"
    "| cumbre | 90 minutos |\n";

// The text stage's reading of `text`, and that it keeps every byte's place.
MarkdownText Read(const std::string& text, size_t body_offset = 0) {
  MarkdownText md = ReadMarkdown(text, body_offset);
  REQUIRE(md.reading.size() == text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (md.reading[i] != ' ' && md.reading[i] != '\n') REQUIRE(md.reading[i] == text[i]);
  }
  return md;
}

Document MarkdownDoc(const std::string& text, const std::string& id = "md") {
  DocumentMetadata meta;
  meta.format = "markdown";
  auto d = DocumentFromBytes(text, id, meta);
  REQUIRE_MESSAGE(d.ok(), d.error().ToString());
  return *d;
}

}  // namespace

TEST_CASE("markers, link targets, images, HTML and code blocks are blanked; text keeps its bytes") {
  MarkdownText md = Read("# La **cumbre** de Pionyang\n\nDuró *unos 90 minutos*, según [TASS](https://tass.ru/2024/06/18).\n");
  CHECK(md.heading == "La cumbre de Pionyang");
  CHECK(md.reading.find('#') == std::string::npos);
  CHECK(md.reading.find('*') == std::string::npos);
  CHECK(md.reading.find("tass.ru") == std::string::npos);
  CHECK(md.reading.find("Duró  unos 90 minutos") != std::string::npos);  // the '*' is a space
  CHECK(md.reading.find("según  TASS") != std::string::npos);
  MarkdownText blocks = Read("![pie 2023](a.jpg)\n\n<p>2020</p>\n\n    12 horas\n\n```\n3 días\n```\n\nTexto.\n");
  CHECK(blocks.reading.find("2023") == std::string::npos);
  CHECK(blocks.reading.find("2020") == std::string::npos);
  CHECK(blocks.reading.find("12") == std::string::npos);
  CHECK(blocks.reading.find("3 d") == std::string::npos);
  CHECK(blocks.reading.find("Texto.") != std::string::npos);
  CHECK(blocks.heading.empty());
}

TEST_CASE("a paragraph's soft line breaks read as spaces; block ends stay line breaks") {
  const std::string text = "La cumbre duró unos\n90 minutos.\n\n- uno\n- dos\n";
  MarkdownText md = Read(text);
  CHECK(md.reading.substr(0, 31) == "La cumbre duró unos 90 minutos");
  CHECK(md.reading.substr(32, 2) == "\n\n");
  CHECK(md.reading.find("  uno\n  dos\n") != std::string::npos);
}

TEST_CASE("table cells are text, their pipes are not; bare URLs are not text") {
  MarkdownText md = Read("| Año | Muertos |\n|---|---|\n| 2024 | 12 |\n\nVéase https://example.com/2024/06/18 hoy.\n");
  CHECK(md.reading.find('|') == std::string::npos);
  CHECK(md.reading.find("Año") != std::string::npos);
  CHECK(md.reading.find("2024") != std::string::npos);
  CHECK(md.reading.find("example") == std::string::npos);
  CHECK(md.reading.find("Véase") != std::string::npos);
  CHECK(md.reading.find("hoy.") != std::string::npos);
}

TEST_CASE("front matter is left to the metadata; the body's first heading is the title") {
  Document d = MarkdownDoc(kArticle);
  CHECK(d.title == "Putin y Kim firman un pacto en Pionyang");
  CHECK(d.reading.size() == d.bytes.size());
  CHECK(d.language == "es");
  Document titled = MarkdownDoc("---\ntitle: El título del manifiesto\n---\n# Otro\n\nTexto.\n");
  CHECK(titled.title == "El título del manifiesto");
  Document untitled = MarkdownDoc("Un **primer** párrafo.\n\nOtro.\n");
  CHECK(untitled.title == "Un primer párrafo.");
}

TEST_CASE("a .md file is Markdown unless its metadata says text; a .txt file is text unless it says markdown") {
  const fs::path dir = fs::temp_directory_path() / ("contraste-md-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.md") << "# Título\n\nTexto.\n";
  std::ofstream(dir / "b.md") << "---\nformat: text\n---\n# Título\n\nTexto.\n";
  std::ofstream(dir / "c.txt") << "---\nformat: markdown\n---\n# Título\n\nTexto.\n";
  std::ofstream(dir / "d.txt") << "# Título\n\nTexto.\n";
  CorpusLoad load = LoadCorpus({dir.string()}, DocumentMetadata{});
  fs::remove_all(dir);
  REQUIRE(load.documents.size() == 4);
  CHECK(load.documents[0].title == "Título");
  CHECK(load.documents[1].title == "# Título");
  CHECK(load.documents[2].title == "Título");
  CHECK(load.documents[3].title == "# Título");
  auto bad = DocumentFromBytes("---\nformat: rst\n---\nTexto.\n", "x", DocumentMetadata{});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().ToString() == "x:2:9: format 'rst' is not markdown or text");
}

TEST_CASE("claims of a Markdown article: none from markup, every quote the file's bytes at its offset") {
  Document d = MarkdownDoc(kArticle);
  const std::string bytes = d.bytes;
  Analysis a = Analyze({std::move(d)});
  REQUIRE_FALSE(a.claims.empty());
  for (const Claim& c : a.claims) {
    CAPTURE(c.quote);
    REQUIRE(c.offset + c.length <= bytes.size());
    CHECK(bytes.substr(c.offset, c.length) == c.quote);
    // A quote is the file's bytes from its first word to its last: markup may stand inside it
    // ("en **24 años"), never at its ends.
    CHECK(c.quote.front() != '*');
    CHECK(c.quote.back() != '*');
    CHECK(c.quote.find("2023") == std::string::npos);  // the image's description
    CHECK(c.quote.find("2020") == std::string::npos);  // the HTML block
    CHECK(c.quote.find("12 horas") == std::string::npos);  // the code block
    CHECK(c.offset >= bytes.find("# Putin"));          // nothing from the front matter
  }
  const Claim* lasted = FindQuoting(a.claims, "unos 90 minutos");
  REQUIRE(lasted);
  CHECK(lasted->offset == bytes.find("unos 90 minutos"));
  CHECK(lasted->value == "PT1H30M");
  const Claim* years = FindQuoting(a.claims, "en **24 años");
  REQUIRE(years);
  CHECK(years->offset == bytes.find("en **24 años"));
  CHECK(years->value == "P24Y");
  for (const Claim& c : a.claims) CHECK_MESSAGE(c.slot != "date", c.quote);  // no date from the link or the image
}
