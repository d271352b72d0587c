// EntityIndex::LongestAt skips the tokens that start no alias key by bit tests (the token begins
// no key; or it is no whole key and the next word does not continue one). Held to the reference
// that walks the key hashes at every token (LongestAtUnfiltered): the same entity and end at
// every token of sentences that write aliases in every spacing, hyphenation and transliteration,
// with the short words that begin keys all around them, and of the articles of corpus/.
#include <doctest/doctest.h>

#include "lang/entity_data.h"
#include "start_filter_support.h"

using namespace contraste;
using contraste::testing::SumOverCorpusArticles;
using contraste::testing::SumOverSentences;

namespace {

// Checks every token of `text`; returns how many tokens start an alias.
size_t CheckSameAtEveryToken(const std::string& text) {
  return SumOverSentences(text, [](const Language& lang, const AnalyzedText&, const TokenRange& range) {
    size_t found = 0;
    for (size_t i = range.begin; i < range.end; ++i) {
      EntityIndex::Match filtered, every;
      const bool a = lang.entity_index.LongestAt(range, i, &filtered);
      const bool b = lang.entity_index.LongestAtUnfiltered(range, i, &every);
      CAPTURE(range.Text(i));
      REQUIRE(a == b);
      if (!a) continue;
      CHECK(filtered.entity == every.entity);
      CHECK(filtered.end == every.end);
      ++found;
    }
    return found;
  });
}

const char* const kSentences[] = {
    "Kim Jong-un y Kim Jong Un recibieron a KimJongUn y a KIM JONG UN en Pionyang.",
    "En Pyong Yang, en Pyong-yang y en Piongyang esperaba Vladímir Putin con Serguéi Shoigú.",
    "El presidente ruso y el presidente de Rusia viajaron a Corea del Norte y a la RPDC.",
    "Según la agencia rusa de noticias TASS y la Agencia Central de Noticias de Corea, EE.UU. y EEUU callan.",
    "La plaza Kim Il Sung y la Kim Il Sung Square; el Palacio del Sol de Kumsusan.",
    "Y a Yuri Ushakov, e incluso a Ushakov, se le vio con un acuerdo y con el Consejo de Seguridad ruso.",
    "Un tratado, el Tratado de Amistad y Asistencia Mutua, y la Unión Soviética, con la ONU y la OTAN.",
    "Es esta la península de Corea; a Ucrania y a Estados Unidos, a Moscú y a Moscow.",
    "Łukasz y Øster no son nadie; Kim-Jong-Un sí.",
};

}  // namespace

TEST_CASE("skipping tokens that start no alias finds what walking every token finds") {
  for (const char* s : kSentences) {
    CAPTURE(s);
    CHECK(CheckSameAtEveryToken(s) > 0);  // each sentence names at least one entity
  }
}

TEST_CASE("the articles of corpus/: the same entities with and without skipping") {
  CHECK(SumOverCorpusArticles(CheckSameAtEveryToken) > 0);
}
