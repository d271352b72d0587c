// What a date is the date of (issues 14 and 15): the happening its noun phrase or clause names
// (claims/date_subjects.h, rules/<lang>/happenings.yaml), and dates of one named happening across
// the articles of a story compared as one event's (claims/happening_dates.h).
#include <doctest/doctest.h>

#include <string>

#include "claim_quoting.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

size_t DateFindings(const Analysis& a, const std::string& kind) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.kind == kind && f.slot == "date";
  return n;
}

}  // namespace

TEST_CASE("the happening a date is of: a noun and its complement, a copula's subject, a verb, an end") {
  struct Case {
    const char* text;
    const char* quote;
    const char* subject;  // after linking, with a second article stating the same
  };
  const Case cases[] = {
      {"Los venezolanos pueden votar en las elecciones del 27 de octubre.", "27 de octubre", "happening:election"},
      {"La próxima jornada de huelga será el 27 de enero, según el SMAPG.", "27 de enero", "happening:strike_day/next"},
      {"Garza firmó con el club un contrato hasta junio de 2031.", "junio de 2031", "happening:contract@end"},
      {"Garza firma hasta 2031.", "2031", "happening:contract@end"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    Analysis a = Analyze({Doc("a", c.text, "2026-01-21"), Doc("b", c.text, "2026-01-21")});
    CHECK(a.claims.size() >= 2);
    for (const Claim& claim : a.claims) {
      if (claim.quote.find(c.quote) != std::string::npos) CHECK(claim.subject == std::string(c.subject));
    }
  }
}

TEST_CASE("the next strike day put on two days by two articles conflicts, whatever else they name") {
  Analysis a = Analyze({Doc("wire", "El SMAPG ha convocado huelga todos los miércoles; la próxima jornada de huelga será el 27 de enero.",
                            "2027-01-20"),
                        Doc("tv", "El SMAPG y la Xunta no negocian. La próxima jornada de huelga será el 28 de enero.",
                            "2027-01-20")});
  CHECK(Quoting(a, "27 de enero").event == Quoting(a, "28 de enero").event);
  CHECK(DateFindings(a, "conflict") == 1);
}

TEST_CASE("a contract's end: a month of the year agrees with it, a month of another year conflicts") {
  Analysis agree = Analyze({Doc("a", "Garza firmó un contrato hasta junio de 2031.", "2026-07-02"),
                            Doc("b", "Garza ha firmado hasta 2031.", "2026-07-02")});
  CHECK(DateFindings(agree, "conflict") == 0);
  CHECK(DateFindings(agree, "agreement") == 1);
  Analysis conflict = Analyze({Doc("a", "Garza firmó un contrato hasta junio de 2030.", "2026-07-02"),
                               Doc("b", "Garza ha firmado hasta 2031.", "2026-07-02")});
  CHECK(DateFindings(conflict, "conflict") == 1);
}

TEST_CASE("silent: an end and a moment of one happening are two things") {
  Analysis a = Analyze({Doc("a", "Garza firmó un contrato hasta 2031.", "2026-07-02"),
                        Doc("b", "Garza firmó el contrato el 1 de julio.", "2026-07-02")});
  CHECK(Quoting(a, "2031").story == Quoting(a, "1 de julio").story);
  CHECK(DateFindings(a, "conflict") == 0);
}

TEST_CASE("silent: a happening an article dates two ways, a recurring one, one of a list, quoted words") {
  // Two strike days in one article: which one the other article's date is of is unclear.
  Analysis twice = Analyze({Doc("a", "El SMAPG celebra que la huelga del 20 de enero fue seguida. La huelga del 27 de enero también.", "2027-01-28"),
                            Doc("b", "El SMAPG dice que la huelga del 21 de enero fue un éxito.", "2027-01-28")});
  CHECK(Quoting(twice, "20 de enero").story == Quoting(twice, "21 de enero").story);
  CHECK(DateFindings(twice, "conflict") == 0);
  // "todos los miércoles": the strike recurs, a bare "huelga" names no one day.
  Analysis recurring = Analyze({Doc("a", "El SMAPG convoca huelga todos los miércoles: la huelga del 20 de enero fue seguida.", "2027-01-21"),
                                Doc("b", "El SMAPG dice que la huelga del 27 de enero será seguida.", "2027-01-21")});
  CHECK(Quoting(recurring, "20 de enero").story == Quoting(recurring, "27 de enero").story);
  CHECK(DateFindings(recurring, "conflict") == 0);
  Analysis list = Analyze({Doc("a", "El SMAPG convoca las huelgas del 20 y el 27 de enero.", "2027-01-21"),
                           Doc("b", "El SMAPG dice que la huelga del 22 de enero será seguida.", "2027-01-21")});
  CHECK(DateFindings(list, "conflict") == 0);
  Analysis quoted = Analyze({Doc("a", "El SMAPG dijo: \"la huelga del 27 de enero será histórica\".", "2027-01-21"),
                             Doc("b", "El SMAPG dice que la huelga del 28 de enero será seguida.", "2027-01-21")});
  CHECK(Quoting(quoted, "28 de enero").story == Quoting(quoted, "27 de enero").story);
  CHECK(DateFindings(quoted, "conflict") == 0);
}

TEST_CASE("silent: dates of a named happening far apart are two occurrences") {
  Analysis a = Analyze({Doc("a", "Las elecciones del 27 de octubre de 2019 decidirán el alcalde de Bogotá.", "2019-10-20"),
                        Doc("b", "En las elecciones de 2015 ganó Peñalosa en Bogotá.", "2019-10-20")});
  CHECK(Quoting(a, "27 de octubre").story == Quoting(a, "2015").story);
  CHECK(DateFindings(a, "conflict") == 0);
}

TEST_CASE("English and Spanish dates of one happening meet") {
  Analysis a = Analyze({Doc("es", "Los venezolanos de Bogotá pueden votar en las elecciones del 27 de octubre.", "2019-10-20"),
                        DocIn("en", "en", "Venezuelans in Bogotá can vote in the elections on October 28.", "2019-10-20")});
  CHECK(DateFindings(a, "conflict") == 1);
}
