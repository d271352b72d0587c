// Story grouping (stories/story_grouping.h): articles that share rare names and content words are
// one story; articles of two unrelated stories in one corpus stay apart; the grouping does not
// depend on the order the documents come in, and a story's id is its first document's.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"
#include "stories/story_grouping.h"
#include "text/corpus_loader.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const std::string kFireA =
    "Un incendio arrasa una nave del polígono Malpica de Zaragoza\n\n"
    "Un incendio declarado esta madrugada en una nave de reciclaje del polígono Malpica de Zaragoza obligó a "
    "desalojar a los trabajadores de las naves vecinas. Los bomberos de Zaragoza trabajaron durante horas para "
    "sofocar las llamas, que levantaron una columna de humo negro visible desde toda la ciudad.";
const std::string kFireB =
    "Columna de humo negro sobre Malpica por el fuego en una nave de reciclaje\n\n"
    "Las llamas calcinaron una nave de reciclaje en Malpica. Los bomberos desalojaron a los trabajadores y "
    "pidieron a los vecinos cerrar las ventanas por el humo.";
const std::string kFireC =
    "Los bomberos dan por controlado el incendio de la nave de reciclaje\n\n"
    "El fuego de la nave de reciclaje del polígono de Malpica quedó controlado al mediodía. El humo negro "
    "obligó a desalojar a los trabajadores de varias naves.";
const std::string kMatchA =
    "El Betis gana al Celta en el Benito Villamarín\n\n"
    "El Real Betis se impuso al Celta de Vigo en el estadio Benito Villamarín con dos goles de Isco en la "
    "segunda parte. El entrenador del Celta lamentó la derrota ante la afición bética.";
const std::string kMatchB =
    "Isco da la victoria al Betis ante el Celta\n\n"
    "Dos goles de Isco dieron al Betis la victoria frente al Celta en el Villamarín, donde la afición bética "
    "celebró el triunfo de su equipo.";

std::string StoryOf(const Analysis& a, const std::string& doc) {
  for (size_t d = 0; d < a.documents.size(); ++d) {
    if (a.documents[d].id == doc) return a.stories.stories[a.stories.story_of_doc[d]].id;
  }
  return "";
}

}  // namespace

TEST_CASE("three articles about one unnamed event are one story") {
  Analysis a = Analyze({Doc("fire-a", kFireA, "2026-03-02"), Doc("fire-b", kFireB, "2026-03-02"),
                        Doc("fire-c", kFireC, "2026-03-03")});
  REQUIRE(a.stories.stories.size() == 1);
  CHECK(a.stories.stories[0].id == "fire-a");
  CHECK(a.stories.stories[0].docs == std::vector<size_t>{0, 1, 2});
  CHECK(a.stories.stories[0].label.find("Malpica") != std::string::npos);
}

TEST_CASE("two stories mixed in one corpus separate") {
  Analysis a = Analyze({Doc("fire-a", kFireA, "2026-03-02"), Doc("match-a", kMatchA, "2026-03-02"),
                        Doc("fire-b", kFireB, "2026-03-02"), Doc("match-b", kMatchB, "2026-03-03"),
                        Doc("fire-c", kFireC, "2026-03-03")});
  CHECK(a.stories.stories.size() == 2);
  CHECK(StoryOf(a, "fire-a") == StoryOf(a, "fire-b"));
  CHECK(StoryOf(a, "fire-a") == StoryOf(a, "fire-c"));
  CHECK(StoryOf(a, "match-a") == StoryOf(a, "match-b"));
  CHECK(StoryOf(a, "fire-a") != StoryOf(a, "match-a"));
  // Every claim carries its document's story.
  for (const Claim& c : a.claims) CHECK(c.story == StoryOf(a, a.documents[c.doc].id));
}

TEST_CASE("the grouping does not depend on the order of the documents") {
  Analysis forward = Analyze({Doc("fire-a", kFireA, "2026-03-02"), Doc("match-a", kMatchA, "2026-03-02"),
                              Doc("fire-b", kFireB, "2026-03-02"), Doc("match-b", kMatchB, "2026-03-03")});
  Analysis backward = Analyze({Doc("match-b", kMatchB, "2026-03-03"), Doc("fire-b", kFireB, "2026-03-02"),
                               Doc("match-a", kMatchA, "2026-03-02"), Doc("fire-a", kFireA, "2026-03-02")});
  for (const std::string doc : {"fire-a", "fire-b", "match-a", "match-b"}) {
    CHECK(StoryOf(forward, doc) == StoryOf(backward, doc));
  }
}

TEST_CASE("articles with something in common but published years apart need more to be one story") {
  // The same fire words, but the second article is about another fire two years later in another
  // town: near in time they would be compared; far apart they are not one story.
  const std::string other =
      "Un incendio arrasa una nave de reciclaje en Cuarte\n\n"
      "Un incendio declarado en una nave de reciclaje de Cuarte obligó a desalojar a los trabajadores. Los "
      "bomberos trabajaron durante horas entre una columna de humo negro.";
  Analysis a = Analyze({Doc("fire-a", kFireA, "2026-03-02"), Doc("fire-later", other, "2028-05-10")});
  CHECK(StoryOf(a, "fire-a") != StoryOf(a, "fire-later"));
}

TEST_CASE("a story's articles alone are one story: a small corpus keeps its shared names rare") {
  // The trial's four articles, a month apart, alone in their directory: every name they share is in
  // every document, and without stories.yaml `background_documents` it weighed no more than a word
  // of one article (four stories, no finding).
  CorpusLoad load = LoadCorpus({SourcePath("tests/data/stories/juicio-estafa")}, DocumentMetadata{});
  REQUIRE(load.documents.size() == 4);
  Analysis a = SharedEngine().Analyze(std::move(load.documents));
  CHECK(a.stories.stories.size() == 1);
  // Silent: two unrelated stories of a small corpus still separate (the test above, and here with
  // the fire alone beside one match article).
  Analysis two = Analyze({Doc("fire-a", kFireA, "2026-03-02"), Doc("fire-b", kFireB, "2026-03-02"),
                          Doc("match-a", kMatchA, "2026-03-02")});
  CHECK(two.stories.stories.size() == 2);
}

TEST_CASE("articles years apart about one product are one story; its rival's article that names it is another") {
  // The code an article names most is what it is about (stories/story_key_code.h): the A380 of 2005
  // and of 2007 share it and little else; the 787 article names the A380 once, in passing.
  const std::string unveiled =
      "Airbus presenta en Toulouse el A380, el mayor avión de pasajeros\n\n"
      "Airbus presentó en Toulouse el A380, un avión de doble cubierta para 555 pasajeros. El A380 competirá "
      "con el Boeing 747 en las rutas más largas y su primer vuelo comercial saldrá de Singapur.";
  const std::string delivered =
      "Singapore Airlines recibe su primer A380 con dieciocho meses de retraso\n\n"
      "Singapore Airlines recibió su primer A380 tras dieciocho meses de retraso. El A380 volará entre "
      "Singapur y Sídney a partir del 25 de octubre con 471 asientos.";
  const std::string rival =
      "Boeing revela en Everett el nuevo 787 Dreamliner\n\n"
      "Boeing reveló en Everett el 787 Dreamliner, un avión de fibra de carbono que consume menos combustible "
      "que el A380 de Airbus. El 787 llevará hasta 330 pasajeros en rutas largas.";
  Analysis a = Analyze({Doc("a380-2005", unveiled, "2005-01-18"), Doc("a380-2007", delivered, "2007-10-15"),
                        Doc("787-2007", rival, "2007-07-09")});
  CHECK(StoryOf(a, "a380-2005") == StoryOf(a, "a380-2007"));
  CHECK(StoryOf(a, "787-2007") != StoryOf(a, "a380-2005"));
  CHECK(StoryOf(a, "787-2007") != StoryOf(a, "a380-2007"));
}

TEST_CASE("pair scores on several threads group as one thread does") {
  // 1,500 documents of 300 made-up stories: each shares three of its story's terms and holds
  // terms of its own, in runs of documents longer than one thread's share.
  const StoryLexicon& lex = SharedEngine().FindLanguage("es")->stories;
  std::vector<Document> docs(1500);
  std::vector<StoryTerms> terms(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    docs[d].id = std::to_string(10000 + d);
    const uint64_t story = (d * 7919) % 300;
    for (uint64_t k : {story * 3, story * 3 + 1, story * 3 + 2, 100000 + d, 200000 + d}) {
      terms[d].terms.push_back({StoryWordKey(std::to_string(k)), 1.0 + static_cast<double>(k % 5), std::to_string(k), k % 2 == 0});
    }
    std::sort(terms[d].terms.begin(), terms[d].terms.end(), [](const StoryTerm& a, const StoryTerm& b) { return a.key < b.key; });
  }
  const StoryGrouping one = GroupStories(lex, docs, terms, 1);
  CHECK(one.stories.size() < docs.size());
  for (size_t threads : {2, 3, 5}) {
    CAPTURE(threads);
    const StoryGrouping many = GroupStories(lex, docs, terms, threads);
    CHECK(many.story_of_doc == one.story_of_doc);
    REQUIRE(many.stories.size() == one.stories.size());
    for (size_t s = 0; s < one.stories.size(); ++s) {
      CHECK(many.stories[s].id == one.stories[s].id);
      CHECK(many.stories[s].label == one.stories[s].label);
      CHECK(many.stories[s].docs == one.stories[s].docs);
    }
  }
}
