// Sentences: ICU's rules with Spanish abbreviation suppressions, quotes that close after the period,
// and line breaks that end titles and captions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"

namespace {

std::vector<std::string> Split(const std::string& text) {
  static std::unique_ptr<contraste::SentenceSplitter> splitter = [] {
    auto s = contraste::SentenceSplitter::Create("es");
    if (!s) throw std::runtime_error(s.error().ToString());
    return std::move(*s);
  }();
  std::vector<std::string> out;
  for (const auto& sp : splitter->Split(text, 0, text.size())) out.push_back(text.substr(sp.begin, sp.end - sp.begin));
  return out;
}

struct SplitCase {
  const char* text;
  std::vector<std::string> sentences;
};

}  // namespace

TEST_CASE("sentence boundaries") {
  const SplitCase cases[] = {
      {"Putin llegó. Kim lo recibió.", {"Putin llegó.", "Kim lo recibió."}},
      {"El Sr. Putin llegó ayer. Kim lo recibió.", {"El Sr. Putin llegó ayer.", "Kim lo recibió."}},
      {"Lo dijo la Sra. Pérez. Nadie respondió.", {"Lo dijo la Sra. Pérez.", "Nadie respondió."}},
      {"Viajó a EE.UU. en marzo. Volvió en abril.", {"Viajó a EE.UU. en marzo.", "Volvió en abril."}},
      {"\"Esto no es solo una declaración.\" Putin siguió hablando.",
       {"\"Esto no es solo una declaración.\"", "Putin siguió hablando."}},
      {"«Rusia aprecia el apoyo.» Así lo dijo Putin.", {"«Rusia aprecia el apoyo.»", "Así lo dijo Putin."}},
      {"¿Habrá otra cumbre? Nadie lo sabe.", {"¿Habrá otra cumbre?", "Nadie lo sabe."}},
      {"Kim Jong-un respalda la invasión\nEl líder norcoreano reafirmó su apoyo.",
       {"Kim Jong-un respalda la invasión", "El líder norcoreano reafirmó su apoyo."}},
      {"Título sin punto\n\nPrimer párrafo.", {"Título sin punto", "Primer párrafo."}},
      {"Pesa 10.000 toneladas. Cuesta 1,5 millones.", {"Pesa 10.000 toneladas.", "Cuesta 1,5 millones."}},
      {"  Espacios al inicio.  \n", {"Espacios al inicio."}},
      {"Línea con CRLF\r\nOtra línea.", {"Línea con CRLF", "Otra línea."}},
  };
  for (const SplitCase& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(Split(text) == c.sentences);
  }
}

// Known miss: ICU ends a sentence at "!" even when the next word is lower case, as after a quoted
// exclamation in Spanish. This must still fail; when it passes, move it to the table above.
TEST_CASE("sentence boundaries: known misses") {
  CHECK_FALSE(Split("¡Bienvenido Putin! gritaban.") == std::vector<std::string>{"¡Bienvenido Putin! gritaban."});
}

TEST_CASE("empty and blank input has no sentences") {
  CHECK(Split("").empty());
  CHECK(Split("   \n\n\t ").empty());
}

TEST_CASE("sentences of a range keep offsets into the whole buffer") {
  auto s = contraste::SentenceSplitter::Create("es");
  REQUIRE(s);
  std::string text = "Cabecera.\nUna frase. Otra frase.";
  size_t begin = text.find("Una");
  auto spans = (*s)->Split(text, begin, text.size());
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == begin);
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "Otra frase.");
}
