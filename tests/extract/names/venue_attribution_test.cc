// Venues, participants and attribution through the whole pipeline, on short articles.
#include <doctest/doctest.h>

#include <algorithm>

#include <sstream>

#include "report/report_writers.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<const Finding*> FindingsOf(const Analysis& a, const std::string& kind, const std::string& slot) {
  std::vector<const Finding*> out;
  for (const Finding& f : a.findings) {
    if (f.kind == kind && f.slot == slot) out.push_back(&f);
  }
  return out;
}

const Claim* ClaimQuoting(const Analysis& a, const std::string& quote) {
  for (const Claim& c : a.claims) {
    if (c.quote == quote) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("two different places for one meeting conflict, and the explanation names their kinds") {
  Analysis a = Analyze({Doc("a", "Putin y Kim Jong-un celebraron una cumbre en la residencia de huéspedes de Kumsusan en Pionyang."),
                        Doc("b", "Putin y Kim Jong Un, reunidos en el Palacio del Sol de Kumsusan, firmaron el acuerdo.")});
  auto conflicts = FindingsOf(a, "conflict", "venue");
  REQUIRE(conflicts.size() == 1);
  CHECK(conflicts[0]->rule == "venue-same-place");
  CHECK(conflicts[0]->explanation.find("(guesthouse)") != std::string::npos);
  CHECK(conflicts[0]->explanation.find("(palace)") != std::string::npos);
  const Claim* guesthouse = ClaimQuoting(a, "residencia de huéspedes de Kumsusan en Pionyang");
  REQUIRE(guesthouse);
  // The place, then the city the text puts it in, then the gazetteer's containers.
  REQUIRE(guesthouse->venue.size() == 3);
  CHECK(guesthouse->venue[0].kind == "guesthouse");
  CHECK(guesthouse->venue[1].id == "pyongyang");
  CHECK(guesthouse->venue[2].id == "north-korea");
}

TEST_CASE("one square under two spellings agrees; a place inside another refines it") {
  Analysis a = Analyze({Doc("a", "La jornada incluyó una ceremonia de bienvenida para Putin en la plaza Kim Il-Sung de Pionyang."),
                        Doc("b", "Putin y Kim Jong Un asisten a una ceremonia de bienvenida en la plaza Kim Il Sung de Pyongyang."),
                        Doc("c", "Putin y Kim Jong Un asistieron a una ceremonia de bienvenida en Pionyang.")});
  CHECK(FindingsOf(a, "conflict", "venue").empty());
  auto agreements = FindingsOf(a, "agreement", "venue");
  REQUIRE(agreements.size() == 1);
  CHECK(agreements[0]->claims.size() == 3);  // the city refines the square: one consensus group
}

TEST_CASE("where a visitor stays is no venue of the meeting") {
  Analysis a = Analyze({Doc("a", "Putin y Kim Jong Un, reunidos en el Palacio del Sol de Kumsusan, firmaron el acuerdo."),
                        Doc("b", "Putin y Kim Jong Un viajaron desde el aeropuerto hasta la Casa de Huéspedes Estatales de "
                                 "Kumsusan, donde se aloja Putin, y luego celebraron la cumbre.")});
  CHECK(FindingsOf(a, "conflict", "venue").empty());
  for (const Claim& c : a.claims) CHECK(c.value != "kumsusan-guesthouse");
}

TEST_CASE("a Putin-Kim meeting and a Shoigu-Kim meeting are different events") {
  Analysis a = Analyze({Doc("a", "Putin y Kim Jong Un se reunieron en el Palacio del Sol de Kumsusan."),
                        Doc("b", "Shoigú y Kim Jong Un se reunieron en la residencia de huéspedes de Kumsusan.")});
  CHECK(FindingsOf(a, "conflict", "venue").empty());
  const Claim* x = ClaimQuoting(a, "Palacio del Sol de Kumsusan");
  const Claim* y = ClaimQuoting(a, "residencia de huéspedes de Kumsusan");
  REQUIRE(x);
  REQUIRE(y);
  CHECK(x->event != y->event);
}

TEST_CASE("a country is too coarse to be a venue, and blockers end the trigger's reach") {
  CHECK(ClaimsOf("Mira el encuentro de Vladimir Putin con Kim Jong Un en Corea del Norte.").empty());
  for (const Claim& c : ClaimsOf("El encuentro se produce mientras las tensiones siguen elevadas en la Península de Corea.")) {
    CHECK(c.slot != "venue");
  }
}

TEST_CASE("attribution: who says it, from cue words") {
  struct Case {
    const char* text;
    const char* quote;
    std::vector<std::string> sources;
  };
  const Case cases[] = {
      {"La cumbre duró unos 90 minutos, según TASS.", "unos 90 minutos", {"tass"}},
      {"La cumbre duró unos 90 minutos, informó KCNA.", "unos 90 minutos", {"kcna"}},
      {"La cumbre duró dos horas, ha aseverado Putin, según ha recogido la agencia Interfax.", "dos horas",
       {"vladimir-putin", "interfax"}},
      {"La cumbre duró dos horas, según ha explicado el asesor del Kremlin, Yuri Ushakov, a la agencia rusa TASS.",
       "dos horas", {"yuri-ushakov", "tass"}},
      // What follows "que" is what was said, not who said it.
      {"Putin dijo que la cumbre con Kim Jong Un y Estados Unidos duró dos horas.", "dos horas", {"vladimir-putin"}},
      {"La cumbre entre Putin y Kim Jong Un duró dos horas.", "dos horas", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto claims = ClaimsOf(c.text);
    auto it = std::find_if(claims.begin(), claims.end(), [&](const Claim& x) { return x.quote == c.quote; });
    REQUIRE(it != claims.end());
    std::vector<std::string> ids;
    for (const EntityRef& r : it->attribution) ids.push_back(r.id);
    CHECK(ids == c.sources);
  }
}

TEST_CASE("articles attributing a claim to the same source are listed in the JSON report") {
  Analysis a = Analyze({Doc("a", "La reunión entre Kim Jong Un y Shoigú se realizó en Pionyang, según KCNA."),
                        Doc("b", "Kim Jong Un y Shoigú se reunieron en Pyongyang, informó KCNA.")});
  auto agreements = FindingsOf(a, "agreement", "venue");
  REQUIRE(agreements.size() == 1);
  std::ostringstream json;
  WriteJsonReport(a, json);
  CHECK(json.str().find("\"shared_attribution\"") != std::string::npos);
  CHECK(json.str().find("\"attribution\": [") != std::string::npos);
  std::ostringstream md;
  // An agreement in full, with its shared sources, in the words of the page's language.
  WriteMarkdownReport(a, md, PageWords{PageUi("es"), SharedEngine().Messages("es")}, AgreementLayout::kFull);
  CHECK(md.str().find("2 artículos lo atribuyen a KCNA") != std::string::npos);
  std::ostringstream en;
  WriteMarkdownReport(a, en, PageWords{PageUi("en"), SharedEngine().Messages("en")}, AgreementLayout::kFull);
  CHECK(en.str().find("2 articles attribute it to KCNA") != std::string::npos);
}

TEST_CASE("a place named by its kind alone is a venue; two moments of one article are no conflict") {
  Analysis a = Analyze({Doc("a", "Putin y Kim Jong Un asisten a una ceremonia de bienvenida en la plaza Kim Il Sung."),
                        Doc("b", "Kim Jong Un recibió a Putin en una ceremonia de bienvenida en un aeropuerto de Pyongyang. "
                                 "Después, Putin y Kim Jong Un presidieron la ceremonia oficial de bienvenida en la "
                                 "plaza Kim Il Sung de Pyongyang.")});
  const Claim* airport = ClaimQuoting(a, "aeropuerto de Pyongyang");
  REQUIRE(airport);
  REQUIRE(airport->venue.size() >= 2);
  CHECK(airport->venue[0].id == "unnamed:airport@pyongyang");
  CHECK(airport->venue[0].kind == "airport");
  CHECK(airport->venue[1].id == "pyongyang");
  CHECK(FindingsOf(a, "conflict", "venue").empty());
  REQUIRE(FindingsOf(a, "agreement", "venue").size() == 1);  // the square, in both articles
  // Across articles alone, an airport is another place than the square.
  Analysis apart = Analyze({Doc("a", "Putin y Kim Jong Un asisten a una ceremonia de bienvenida en la plaza Kim Il Sung."),
                            Doc("b", "Kim Jong Un recibió a Putin en una ceremonia de bienvenida en un aeropuerto de Pyongyang.")});
  CHECK(FindingsOf(apart, "conflict", "venue").size() == 1);
}

TEST_CASE("the seed's welcome at the airport and ceremony on the square are one visit, no conflict") {
  CorpusLoad load = LoadCorpus({SourcePath("corpus")}, DocumentMetadata{});
  Analysis a = Analyze(std::move(load.documents));
  const Claim* airport = ClaimQuoting(a, "aeropuerto de Pyongyang");
  REQUIRE(airport);
  for (const Finding* f : FindingsOf(a, "conflict", "venue")) {
    for (const auto& fc : f->claims) CHECK(a.claims[fc.claim].venue.front().kind != "airport");
  }
}


TEST_CASE("a reflexive 'se' before a reporting verb makes it none: the fire 'se declaró', nobody said it") {
  Analysis a = Analyze({Doc("a", "El incendio forestal de Lorca (Murcia) se declaró en Lorca."),
                        Doc("b", "Según la Guardia Civil, el incendio declaró su peor frente en Lorca.")});
  const Claim* fire = ClaimQuoting(a, "Lorca");
  REQUIRE(fire);
  CHECK(fire->attribution.empty());
  // Without the clitic the verb still reports: the second article's sources are kept.
  bool sourced = false;
  for (const Claim& c : a.claims) sourced = sourced || (c.doc == 1 && !c.attribution.empty());
  CHECK(sourced);
}
