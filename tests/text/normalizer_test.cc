// The normalizer folds for matching only; every folded byte maps back into the original bytes and
// spans cut on chunk boundaries round-trip to exactly the original text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"

namespace {

using contraste::NormalizedText;
using contraste::TextNormalizer;

TextNormalizer& Norm() {
  static TextNormalizer n;
  return n;
}

// The original bytes behind folded [fb, fe).
std::string Back(const std::string& orig, const NormalizedText& t, size_t fb, size_t fe) {
  size_t ob = t.OrigBegin(fb), oe = t.OrigEnd(fe);
  return orig.substr(ob, oe - ob);
}

struct FoldCase {
  const char* original;
  const char* folded;
};

}  // namespace

TEST_CASE("folding: case, accents, ñ, combining marks, typographic quotes, dashes and spaces") {
  const FoldCase cases[] = {
      {"Cumbre Histórica", "cumbre historica"},
      {"AÑO", "ano"},
      {"Vladímir Putin", "vladimir putin"},
      {"Shoigú", "shoigu"},
      {"Pingüino", "pinguino"},
      {"Cafe\xCC\x81", "cafe"},              // NFD: e + combining acute
      {"N\xCC\x83" "o", "no"},               // NFD: N + combining tilde
      {"\xE2\x80\x9C" "hola\xE2\x80\x9D", "\"hola\""},  // typographic double quotes
      {"\xC2\xAB" "hola\xC2\xBB", "\"hola\""},          // guillemets
      {"l\xE2\x80\x99" "acord", "l'acord"},  // typographic apostrophe
      {"a\xC2\xA0" "b", "a b"},              // no-break space
      {"2020\xE2\x80\x93" "2024", "2020-2024"},  // en dash
      {"STRASSE", "strasse"},
  };
  for (const FoldCase& c : cases) {
    std::string original = c.original;
    CAPTURE(original);
    NormalizedText t = Norm().Normalize(original);
    CHECK(t.folded == c.folded);
    REQUIRE(t.to_orig.size() == t.folded.size() + 1);
    CHECK(t.to_orig.back() == original.size());
  }
}

TEST_CASE("every folded byte maps back inside the original, in order") {
  const std::string texts[] = {
      "La cumbre duró unos 90 minutos en Pionyang.",
      "Kim Jong-un reafirma su «apoyo incondicional a Rusia»",
      "Cafe\xCC\x81 con N\xCC\x83" "and\xC3\xBA y \xE2\x80\x9C" "comillas\xE2\x80\x9D\xC2\xA0" "finales",
      "ÁÉÍÓÚ ÜÑ áéíóú üñ ¿Qué? ¡Sí!",
  };
  for (const std::string& original : texts) {
    CAPTURE(original);
    NormalizedText t = Norm().Normalize(original);
    for (size_t i = 0; i <= t.folded.size(); ++i) {
      CHECK(t.to_orig[i] <= original.size());
      if (i > 0) CHECK(t.to_orig[i - 1] <= t.to_orig[i]);
    }
  }
}

TEST_CASE("word spans round-trip to the exact original bytes") {
  struct Span {
    const char* original;
    const char* folded_word;
    const char* original_word;
  };
  const Span spans[] = {
      {"La reunión duró unos 90 minutos.", "reunion", "reunión"},
      {"La reunión duró unos 90 minutos.", "duro", "duró"},
      {"Cafe\xCC\x81 solo", "cafe", "Cafe\xCC\x81"},
      {"El AÑO pasado", "ano", "AÑO"},
      {"dijo \xE2\x80\x9Chola\xE2\x80\x9D ayer", "\"hola\"", "\xE2\x80\x9Chola\xE2\x80\x9D"},
      {"Serguéi Shoigú llegó", "shoigu", "Shoigú"},
  };
  for (const Span& s : spans) {
    std::string original = s.original;
    CAPTURE(original);
    NormalizedText t = Norm().Normalize(original);
    size_t at = t.folded.find(s.folded_word);
    REQUIRE(at != std::string::npos);
    CHECK(Back(original, t, at, at + std::string(s.folded_word).size()) == s.original_word);
  }
}

TEST_CASE("normalizing from an offset keeps offsets into the whole buffer") {
  std::string bytes = "---\ntitle: x\n---\nDuró unos 90 minutos.";
  size_t body = bytes.find("Duró");
  NormalizedText t = Norm().Normalize(bytes, body);
  CHECK(t.folded == "duro unos 90 minutos.");
  CHECK(t.OrigBegin(0) == body);
  size_t at = t.folded.find("90");
  CHECK(Back(bytes, t, at, at + 2) == "90");
  CHECK(t.FoldedPos(body) == 0);
  CHECK(t.FoldedPos(bytes.size()) == t.folded.size());
}

TEST_CASE("Fold folds phrases exactly like article text") {
  for (const char* p : {"Palacio del Sol de Kumsusan", "más de", "toneladas métricas", "Kim Jong-un"}) {
    std::string phrase = p;
    CAPTURE(phrase);
    CHECK(Norm().Fold(phrase) == Norm().Normalize(phrase).folded);
  }
}
