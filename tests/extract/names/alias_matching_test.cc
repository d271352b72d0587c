// Gazetteer matching: alias keys survive case, accents, hyphens, spacing and transliteration; the
// longest alias wins, so near names stay apart; names outside the gazetteer are entities too.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "entity_test_support.h"
#include "lang/entity_data.h"
#include "text/tokenizer.h"

using namespace contraste;
using namespace contraste::testing;

TEST_CASE("alias keys ignore case, accents, hyphens and spacing") {
  TextNormalizer& norm = SharedEngine().normalizer();
  const std::string kim = EntityKey(norm.Fold("Kim Jong Un"));
  CHECK(kim == "kimjongun");
  for (const char* variant : {"Kim Jong-un", "KIM JONG UN", "kim jong-Un", "Kim  Jong Un", "KimJongUn"}) {
    CAPTURE(variant);
    CHECK(EntityKey(norm.Fold(variant)) == kim);
  }
  CHECK(EntityKey(norm.Fold("Serguéi Shoigú")) == EntityKey(norm.Fold("Serguei Shoigu")));
  CHECK(EntityKey(norm.Fold("Vladímir Putin")) == EntityKey(norm.Fold("VLADIMIR PUTIN")));
  // Latin-ASCII transliteration beyond accent removal.
  CHECK(EntityKey(norm.Fold("Łukasz Øster")) == "lukaszoster");
  CHECK(EntityKey(norm.Fold("Kim Jong Il")) != kim);
}

TEST_CASE("an ASCII alias key is the tokens' text without spaces and hyphens, as the token walk gives it") {
  // The key of ASCII text is taken in one pass; held here to the walk over its tokens (joiner
  // hyphens skipped, every other token's text appended).
  auto by_tokens = [](std::string_view folded) {
    std::vector<Token> toks;
    Tokenize(folded, 0, folded.size(), &toks);
    std::string key;
    for (const Token& t : toks) {
      const std::string_view w = folded.substr(t.begin, t.end - t.begin);
      if (t.kind != TokenKind::kPunct || w != "-") key += w;
    }
    return key;
  };
  for (const char* text : {"kim jong-un", "st. louis", "1.5-2,0 km", "a-b--c", " x\ty\r\nz- ", "o'brien (jr.)",
                           "2024-06-19", "u.s.a.", "", "-", "a\x01b", "1,000,000 - 3.5.6"}) {
    CAPTURE(text);
    CHECK(EntityKey(text) == by_tokens(text));
  }
  // Text with a non-ASCII byte takes the token walk (Latin-ASCII of each word).
  CHECK(EntityKey("jose-maría aznar") == "josemariaaznar");
}

TEST_CASE("every written variant of a gazetteer entity finds it") {
  struct Case {
    const char* text;
    const char* id;
    const char* surface;
  };
  const Case cases[] = {
      {"Ayer habló Kim Jong-un.", "kim-jong-un", "Kim Jong-un"},
      {"Ayer habló Kim Jong Un.", "kim-jong-un", "Kim Jong Un"},
      {"Ayer habló KIM JONG UN.", "kim-jong-un", "KIM JONG UN"},
      {"Ayer llegó Serguéi Shoigú.", "sergei-shoigu", "Serguéi Shoigú"},
      {"Ayer llegó Sergei Shoigu.", "sergei-shoigu", "Sergei Shoigu"},
      {"Ayer llegó Serguei Shoigu.", "sergei-shoigu", "Serguei Shoigu"},
      {"Ayer llegó a Pionyang.", "pyongyang", "Pionyang"},
      {"Ayer llegó a Pyongyang.", "pyongyang", "Pyongyang"},
      {"Ayer llegó a Pyong-yang.", "pyongyang", "Pyong-yang"},
      {"Se reunieron en el Palacio del Sol de Kumsusan.", "kumsusan-palace", "Palacio del Sol de Kumsusan"},
      {"Se aloja en la Casa de Huéspedes Estatales de Kumsusan.", "kumsusan-guesthouse",
       "Casa de Huéspedes Estatales de Kumsusan"},
      {"Se aloja en la casa de huespedes estatales de kumsusan.", "kumsusan-guesthouse",
       "casa de huespedes estatales de kumsusan"},
      {"Hubo una ceremonia en la plaza Kim Il-Sung de Pionyang.", "kim-il-sung-square", "plaza Kim Il-Sung"},
      {"Hubo una ceremonia en Kim Il Sung Square.", "kim-il-sung-square", "Kim Il Sung Square"},
      {"Lo publicó la agencia rusa TASS.", "tass", "agencia rusa TASS"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    bool found = false;
    for (const FoundEntity& e : EntitiesOf(c.text)) {
      if (e.id == c.id) {
        found = true;
        CHECK(e.surface == c.surface);
      }
    }
    CHECK(found);
  }
}

TEST_CASE("names that must not match each other") {
  // Kim Jong Il is not Kim Jong Un (the short alias "Kim" must not win over the longer name).
  CHECK(EntityIdsOf("Putin se reunió en 2000 con Kim Jong Il.") ==
        std::vector<std::string>{"vladimir-putin", "kim-jong-il"});
  CHECK(EntityIdsOf("Putin se reunió con Kim Jong-il.") == std::vector<std::string>{"vladimir-putin", "kim-jong-il"});
  // Kim Il Sung Square is not Kim Il Sung, and the person is not the square.
  CHECK(EntityIdsOf("La ceremonia fue en la plaza Kim Il Sung.") == std::vector<std::string>{"kim-il-sung-square"});
  CHECK(EntityIdsOf("El abuelo, Kim Il Sung, fundó el país.") == std::vector<std::string>{"kim-il-sung"});
  // A guesthouse and a palace that share "Kumsusan" stay two entities.
  CHECK(EntityIdsOf("De la residencia de huéspedes de Kumsusan al Palacio del Sol de Kumsusan.") ==
        std::vector<std::string>{"kumsusan-guesthouse", "kumsusan-palace"});
  // "Kimberly" is no "Kim": keys compare whole tokens.
  for (const auto& id : EntityIdsOf("La cantante Kimberly Ortiz actuó.")) CHECK(id != "kim-jong-un");
}

TEST_CASE("capitalized names outside the gazetteer are entities of unknown kind") {
  auto found = EntitiesOf("El Real Olmedo ganó al Deportivo Sarria en el Palacio de los Deportes de Villaverde.");
  std::vector<std::string> ids;
  for (const auto& e : found) ids.push_back(e.id);
  // "El" opens the sentence and is written in lowercase in the article: not part of the name.
  CHECK(ids == std::vector<std::string>{"name:real olmedo", "name:deportivo sarria",
                                        "name:palacio de los deportes de villaverde"});
  CHECK(found[0].surface == "Real Olmedo");
  // Matched across articles by their folded form: accents and case do not matter.
  CHECK(EntityIdsOf("Ganó el Deportivo Sarriá.") == std::vector<std::string>{"name:deportivo sarria"});
  // A word that only opens a sentence is no name; lowercase words never are.
  CHECK(EntityIdsOf("Durante el partido no pasó nada.").empty());
  CHECK(EntityIdsOf("Según la Federación Comarcal, todo fue bien.") ==
        std::vector<std::string>{"name:federacion comarcal"});
}

TEST_CASE("a lone capitalized word opening a sentence is a name when the article also writes it inside one") {
  // "Echeverría" opens the second sentence alone; the headline and the first sentence write it
  // capitalized after another word.
  const auto ids = EntityIdsOf(
      "Cierra el recuento\nEl recuento confirmó la ventaja de Lucía Echeverría en la elección. Echeverría obtuvo "
      "el 42 % de los votos.");
  CHECK(std::count(ids.begin(), ids.end(), "name:echeverria") == 1);
  CHECK(std::count(ids.begin(), ids.end(), "name:lucia echeverria") == 1);
  // Silent: a word written capitalized only where it opens a sentence, or also in lowercase, or
  // capitalized inside the headline alone (a headline may capitalize every word).
  CHECK(EntityIdsOf("Ganaron por poco. Durante el partido no pasó nada. Durante la noche llovió.").empty());
  CHECK(EntityIdsOf("Título\nEl mitin fue largo. Largo fue también el recuento, largo y lento.").empty());
  const auto headline = EntityIdsOf("Gana Recuento En Jalisco\nRecuento cerrado ayer.");
  CHECK(std::count(headline.begin(), headline.end(), "name:recuento") == 0);
}
