// A source named in full in one article and by its acronym in another is one source (issue 15):
// joined when the acronym is the initials of the full name's content words and of no other source
// of the story, or when an article writes one in brackets after the other. Two bodies that share
// initials stay apart unless the text says which one the acronym is.
#include <doctest/doctest.h>

#include <string>

#include "claims/source_names.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Claim Sourced(const std::string& story, size_t doc, const std::string& id, const std::string& name) {
  Claim c;
  c.story = story;
  c.doc = doc;
  c.attribution.push_back({id, name, "unknown"});
  return c;
}

Document Text(const std::string& bytes) {
  Document d;
  d.bytes = bytes;
  return d;
}

WordSet SpanishFunctionWords() {
  WordSet w;
  for (const char* x : {"de", "del", "la", "el", "y"}) w.Insert(x);
  return w;
}

}  // namespace

TEST_CASE("initials of the content words, function words skipped") {
  const WordSet words = SpanishFunctionWords();
  CHECK(InitialsOf("sindicato medico de atencion primaria de galicia", &words) == "smapg");
  CHECK(InitialsOf("instituto nacional de estadistica", &words) == "ine");
  CHECK(InitialsOf("servizo galego de saude", &words) == "sgs");
  CHECK(InitialsOf("de la galicia", &words).empty());  // one content word: no acronym
}

TEST_CASE("an acronym joins the one full name of the story whose initials it is") {
  const WordSet words = SpanishFunctionWords();
  std::vector<Document> docs = {Text("a"), Text("b")};
  std::vector<Claim> claims = {Sourced("s", 0, "name:instituto nacional de estadistica", "Instituto Nacional de Estadística"),
                               Sourced("s", 1, "name:ine", "INE"), Sourced("t", 1, "name:ine", "INE")};
  JoinSourceNames(docs, {&words, &words}, &claims);
  CHECK(claims[1].attribution[0].id == "name:instituto nacional de estadistica");
  CHECK(claims[1].attribution[0].name == "INE");  // shown as written
  CHECK(claims[2].attribution[0].id == "name:ine");  // another story: no full name there
}

TEST_CASE("two bodies with the same initials: the acronym joins neither, unless brackets say which") {
  const WordSet words = SpanishFunctionWords();
  std::vector<Document> docs = {Text("a"), Text("b"), Text("c")};
  std::vector<Claim> claims = {Sourced("s", 0, "name:instituto nacional de estadistica", "Instituto Nacional de Estadística"),
                               Sourced("s", 1, "name:instituto nacional de empleo", "Instituto Nacional de Empleo"),
                               Sourced("s", 2, "name:ine", "INE")};
  JoinSourceNames(docs, {&words, &words, &words}, &claims);
  CHECK(claims[2].attribution[0].id == "name:ine");
  CHECK(claims[0].attribution[0].id != claims[1].attribution[0].id);

  docs[0].bytes = "Según el Instituto Nacional de Empleo (INE), el paro baja.";
  JoinSourceNames(docs, {&words, &words, &words}, &claims);
  CHECK(claims[2].attribution[0].id == "name:instituto nacional de empleo");
  CHECK(claims[0].attribution[0].id == "name:instituto nacional de estadistica");
}

TEST_CASE("a full name and a short name written in brackets after it join, whatever their initials") {
  const WordSet words = SpanishFunctionWords();
  std::vector<Document> docs = {Text("el 21,3 % según el Servizo Galego de Saúde (Sergas), que"), Text("El Sergas cifra")};
  std::vector<Claim> claims = {Sourced("s", 0, "name:servizo galego de saude", "Servizo Galego de Saúde"),
                               Sourced("s", 1, "name:sergas", "Sergas")};
  claims[0].attribution.push_back({"name:sergas", "Sergas", "unknown"});
  JoinSourceNames(docs, {&words, &words}, &claims);
  CHECK(claims[1].attribution[0].id == "name:servizo galego de saude");
  REQUIRE(claims[0].attribution.size() == 1);  // one source, once
  // Silent: a name in brackets that is no source of the story, a short name with other initials.
  std::vector<Document> other = {Text("el Servizo Galego de Saúde (Galicia) dijo"), Text("x")};
  std::vector<Claim> apart = {Sourced("s", 0, "name:servizo galego de saude", "Servizo Galego de Saúde"),
                              Sourced("s", 1, "name:sergas", "Sergas")};
  JoinSourceNames(other, {&words, &words}, &apart);
  CHECK(apart[1].attribution[0].id == "name:sergas");
}

TEST_CASE("one source's two figures across articles, named in full and by its acronym, conflict") {
  Analysis a = Analyze(
      {Doc("a", "Huelga de médicos en Galicia\n\nLa huelga de médicos de Galicia tuvo un seguimiento del 23,4 % según el Servizo Galego de Saúde (Sergas)."),
       Doc("b", "Huelga de médicos en Galicia\n\nLa huelga de médicos de Galicia tuvo un seguimiento del 22,4 % según el Sergas.")});
  const Claim* full = FindQuoting(a.claims, "23,4 %");
  const Claim* acronym = FindQuoting(a.claims, "22,4 %");
  REQUIRE(full != nullptr);
  REQUIRE(acronym != nullptr);
  REQUIRE(!full->attribution.empty());
  REQUIRE(!acronym->attribution.empty());
  CHECK(full->attribution[0].id == acronym->attribution[0].id);
  CHECK(CountFindings(a, "conflict") == 1);
  CHECK(CountFindings(a, "dispute") == 0);
}
