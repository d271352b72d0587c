// A shorter form of a name in a story ("Vicente Ferrando", "Ferrando") is the subject of the longer
// one ("Vicente Ferrando Climent") when only one chain of longer names holds it: figures given
// under both are compared as one person's. A short name that two people share stays as written.
#include <doctest/doctest.h>

#include <string>

#include "claims/story_names.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Claim Subject(const std::string& story, const std::string& subject) {
  Claim c;
  c.story = story;
  c.subject = subject;
  return c;
}

}  // namespace

TEST_CASE("a shorter name inside one chain of longer names takes the longest") {
  std::vector<Claim> claims = {Subject("s", "name:vicente ferrando climent"), Subject("s", "name:vicente ferrando"),
                               Subject("s", "name:ferrando"), Subject("s", "name:real betis"), Subject("s", "name:betis")};
  JoinShortSubjectNames(&claims);
  CHECK(claims[1].subject == "name:vicente ferrando climent");
  CHECK(claims[2].subject == "name:vicente ferrando climent");
  CHECK(claims[4].subject == "name:real betis");
  // Silent: the longest keeps its name; words must be whole ("ferran" is not in "ferrando").
  CHECK(claims[0].subject == "name:vicente ferrando climent");
  std::vector<Claim> part = {Subject("s", "name:vicente ferrando"), Subject("s", "name:ferran")};
  JoinShortSubjectNames(&part);
  CHECK(part[1].subject == "name:ferran");
}

TEST_CASE("a short name two people share, a name of another story, a noun: left as written") {
  std::vector<Claim> claims = {Subject("s", "name:pedro sanchez"), Subject("s", "name:juan sanchez"),
                               Subject("s", "name:sanchez"),       Subject("t", "name:ferrando"),
                               Subject("s", "name:vicente ferrando"), Subject("s", "noun:acusado")};
  JoinShortSubjectNames(&claims);
  CHECK(claims[2].subject == "name:sanchez");
  CHECK(claims[3].subject == "name:ferrando");  // "vicente ferrando" is of story s
  CHECK(claims[5].subject == "noun:acusado");
}

TEST_CASE("an age given under a short and a long form of one name is compared as one person's") {
  Analysis a = Analyze({Doc("a", "Juicio en Valencia por la estafa de Safor\n\nEl administrador Vicente Ferrando Climent, de 54 años, declaró ayer en la Audiencia de Valencia por la estafa de Safor."),
                        Doc("b", "Juicio en Valencia por la estafa de Safor\n\nEl administrador Vicente Ferrando, de 45 años, declaró ayer en la Audiencia de Valencia por la estafa de Safor.")});
  const Claim* long_form = FindQuoting(a.claims, "54 años");
  const Claim* short_form = FindQuoting(a.claims, "45 años");
  REQUIRE(long_form != nullptr);
  REQUIRE(short_form != nullptr);
  CHECK(long_form->measure == "age");
  CHECK(short_form->subject == long_form->subject);
  CHECK(CountFindings(a, "conflict") == 1);
}
