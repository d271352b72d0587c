// Numbers per locale: a document's digits are read with its locale's convention (es-ES
// "1.250.300,5", es-MX "1,250,300.5"), declared in its metadata, else inferred from the numbers
// only one convention writes, else the language's default (rules/es/numbers.yaml `locales`).
#include "extract/mention_test_support.h"
#include "extract/numbers/number_locale.h"

namespace contraste::testing {
namespace {

struct Read {
  DocumentLocale locale;
  std::vector<ValueMention> values;
  // The interval's low end of the value quoting `quote`, or NaN when there is none.
  double Value(const std::string& quote) const {
    const ValueMention* m = FindQuote(values, quote);
    return m ? m->interval.lo : std::nan("");
  }
};

Result<Read> ReadIn(const std::string& text, const std::string& declared = "") {
  DocumentMetadata meta;
  meta.language = "es";
  if (!declared.empty()) meta.locale = declared;
  auto doc = DocumentFromBytes(text, "t", meta);
  if (!doc) return doc.error();
  AnalyzedText a = AnalyzeText(*doc, SharedEngine().normalizer(), SpanishSplitter());
  auto locale = ChooseNumberLocale(Spanish(), *doc, &a);
  if (!locale) return locale.error();
  return Read{*locale, ValueMentionsOf(*doc, a, false)};
}

Read MustRead(const std::string& text, const std::string& declared = "") {
  auto r = ReadIn(text, declared);
  REQUIRE_MESSAGE(r, (r ? std::string() : r.error().ToString()));
  return *r;
}

// In `sentence` of a document declared `locale`, the value quoting `quote` is `value`.
struct Reading {
  const char* locale;
  const char* sentence;
  const char* quote;
  double value;
};

template <size_t N>
void CheckReadings(const Reading (&rows)[N]) {
  for (const Reading& r : rows) {
    const std::string locale = r.locale, sentence = r.sentence;
    CAPTURE(locale);
    CAPTURE(sentence);
    Read read = MustRead(r.sentence, r.locale);
    CAPTURE(Describe(read.values));
    CHECK(read.Value(r.quote) == doctest::Approx(r.value));
  }
}

TEST_CASE("a declared locale reads the digits its way") {
  const std::string text =
      "La candidata obtuvo 1,250,300 votos, el 42.91 % del total. Asistieron 3,500 personas. "
      "El presupuesto es de 1,250,300.5 pesos.";
  Read mx = MustRead(text, "es-MX");
  CHECK(mx.locale.tag == "es-MX");
  CHECK(mx.locale.source == LocaleSource::kDeclared);
  CHECK_FALSE(mx.locale.evidence);
  CAPTURE(Describe(mx.values));
  CHECK(mx.Value("1,250,300 votos") == 1250300);
  CHECK(mx.Value("42.91 %") == doctest::Approx(42.91));
  CHECK(mx.Value("3,500 personas") == 3500);
  CHECK(mx.Value("1,250,300.5 pesos") == doctest::Approx(1250300.5));

  // The same text declared es-ES keeps the es-ES readings: "3,500" is three and a half there.
  Read es = MustRead(text, "es-ES");
  CAPTURE(Describe(es.values));
  CHECK(es.Value("3,500 personas") == doctest::Approx(3.5));
  CHECK(es.Value("42.91 %") == doctest::Approx(42.91));  // a point that cannot group is a decimal
  CHECK(std::isnan(es.Value("1,250,300 votos")));          // no es-ES number (as before locales)
}

TEST_CASE("decimals and thousands both ways") {
  const Reading rows[] = {
      {"es-ES", "Votaron 1.250.300 personas.", "1.250.300 personas", 1250300},
      {"es-ES", "La deuda es de 1.250.300,5 euros.", "1.250.300,5 euros", 1250300.5},
      {"es-ES", "Recorrieron 12,5 kilómetros.", "12,5 kilómetros", 12.5},
      {"es-ES", "Llegaron 10.000 personas.", "10.000 personas", 10000},
      {"es-MX", "Votaron 1,250,300 personas.", "1,250,300 personas", 1250300},
      {"es-MX", "La deuda es de 1,250,300.5 pesos.", "1,250,300.5 pesos", 1250300.5},
      {"es-MX", "Recorrieron 12.5 kilómetros.", "12.5 kilómetros", 12.5},
      {"es-MX", "Llegaron 10,000 personas.", "10,000 personas", 10000},
      {"es-MX", "Llegaron 12 000 personas.", "12 000 personas", 12000},     // RAE's space groups too
      {"es-MX", "La deuda es de 1.250.300,5 pesos.", "1.250.300,5 pesos", 1250300.5},  // the other way, whole
      {"es-MX", "Hubo 0,5 litros.", "0,5 litros", 0.5},  // a comma that cannot group is a decimal
      {"es-AR", "Votaron 1.250.300 personas.", "1.250.300 personas", 1250300},
      {"es-US", "Votaron 1,250,300 personas.", "1,250,300 personas", 1250300},
  };
  CheckReadings(rows);
}

TEST_CASE("percentages and money in either convention") {
  const Reading rows[] = {
      {"es-ES", "Obtuvo el 32,72 % de los votos.", "32,72 %", 32.72},
      {"es-MX", "Obtuvo el 32.72 % de los votos.", "32.72 %", 32.72},
      {"es-MX", "Obtuvo el 32,72 % de los votos.", "32,72 %", 32.72},
      {"es-ES", "Los daños suman 1.200,50 euros.", "1.200,50 euros", 1200.5},
      {"es-MX", "Los daños suman 1,200.50 dólares.", "1,200.50 dólares", 1200.5},
      {"es-MX", "La multa es de 3,500 pesos.", "3,500 pesos", 3500},
      {"es-ES", "La multa es de 3.500 euros.", "3.500 euros", 3500},
  };
  CheckReadings(rows);
}

TEST_CASE("years and clock times read the same in every locale") {
  const std::string text = "En 2024 la sesión empezó a las 12.30 horas y acabó a las 14:45. Duró 2 horas.";
  Read es = MustRead(text, "es-ES");
  Read mx = MustRead(text, "es-MX");
  CHECK(Describe(mx.values) == Describe(es.values));
  CAPTURE(Describe(mx.values));
  const ValueMention* year = FindQuote(mx.values, "2024");
  REQUIRE(year);
  CHECK(year->kind == "date");
  for (const ValueMention& m : mx.values) {
    CHECK(m.quote.find("12.30") == std::string::npos);  // a clock time, not 12,3 hours
    CHECK(m.quote.find("14") == std::string::npos);
  }
  CHECK(FindQuote(mx.values, "2 horas"));
}

TEST_CASE("the locale is inferred from numbers only one convention writes") {
  // "1,250,300" only es-MX writes; then "3,500" is read the es-MX way.
  Read mx = MustRead("Obtuvo 1,250,300 votos. Asistieron 3,500 personas y 42.91 % votó.");
  CHECK(mx.locale.tag == "es-MX");
  CHECK(mx.locale.source == LocaleSource::kInferred);
  REQUIRE(mx.locale.evidence);
  CHECK(mx.locale.evidence->quote == "1,250,300");
  CHECK(mx.locale.evidence->offset == 7);
  CHECK(mx.locale.evidence->agreeing == 2);
  CHECK(mx.locale.evidence->disagreeing == 0);
  CAPTURE(Describe(mx.values));
  CHECK(mx.Value("3,500 personas") == 3500);

  Read es = MustRead("Obtuvo 1.250.300 votos. Asistieron 3,500 personas.");
  CHECK(es.locale.tag == "es-ES");
  CHECK(es.locale.source == LocaleSource::kInferred);
  REQUIRE(es.locale.evidence);
  CHECK(es.locale.evidence->quote == "1.250.300");
  CHECK(es.Value("3,500 personas") == doctest::Approx(3.5));

  // Money and shares decide too: "$1,200.50", "32,72 %".
  CHECK(MustRead("Pagó $1,200.50 de multa.").locale.tag == "es-MX");
  CHECK(MustRead("Obtuvo el 32,72 % de los votos.").locale.tag == "es-ES");
  CHECK(MustRead("Obtuvo el 32.72 % de los votos.").locale.tag == "es-MX");

  // The majority decides; a stray number of the other convention is counted against.
  Read most = MustRead("Votaron 1,250,300 personas y 2,300,100 no. Hubo 0,5 litros.");
  CHECK(most.locale.tag == "es-MX");
  REQUIRE(most.locale.evidence);
  CHECK(most.locale.evidence->agreeing == 2);
  CHECK(most.locale.evidence->disagreeing == 1);
}

TEST_CASE("nothing decides: the language's default locale is assumed") {
  const char* texts[] = {
      "Asistieron 3,500 personas y pagaron 10.000 euros.",  // both conventions write these
      "Llegaron 300 personas en 2024.",                     // no separator at all
      "La reunión empezó a las 12.30 y acabó a las 14.15.",  // clock times decide nothing
      "Vea www.ejemplo.com/1.5 para el detalle.",            // nor digits in a web address
      "Votaron 1,250,300 personas y 1.250.300 no.",          // a tie
      "Sin números.",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    Read r = MustRead(text);
    CHECK(r.locale.tag == "es-ES");
    CHECK(r.locale.source == LocaleSource::kAssumed);
    CHECK_FALSE(r.locale.evidence);
  }
  // and the ambiguous numbers keep their es-ES reading
  CHECK(MustRead(texts[0]).Value("3,500 personas") == doctest::Approx(3.5));
}

TEST_CASE("declared tags are matched without regard to case or '_' and checked against the data") {
  CHECK(MustRead("Votaron 300.", "es_mx").locale.tag == "es-MX");
  CHECK(MustRead("Votaron 300.", "ES-ar").locale.tag == "es-AR");
  CHECK(MustRead("Votaron 300.", "es").locale.tag == "es-ES");  // the bare language: its default
  auto unknown = ReadIn("Votaron 300.", "es-XX");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().code == ErrorCode::kBadMetadata);
  CHECK(unknown.error().message.find("es-XX") != std::string::npos);
  CHECK(unknown.error().message.find("es-MX") != std::string::npos);  // lists the known ones
}

TEST_CASE("which digits each convention writes") {
  const NumberLocales& l = Spanish().number_locales;
  const NumberConvention& es = l.conventions[static_cast<size_t>(l.ConventionOf("es-ES"))].numbers;
  const NumberConvention& mx = l.conventions[static_cast<size_t>(l.ConventionOf("es-MX"))].numbers;
  struct Row {
    const char* digits;
    bool es, mx;
  };
  const Row rows[] = {
      {"1.250.300", true, false}, {"1,250,300", false, true}, {"3,500", true, true},  {"10.000", true, true},
      {"32,72", true, false},     {"42.91", false, true},     {"0,5", true, false},   {"0.5", false, true},
      {"1.250,5", true, false},   {"1,250.5", false, true},   {"1.2.2024", false, false},
      {"1234,5", true, false},    {"12,5.3", false, false},   {"0.250", false, true},  // a lone zero groups nothing
      {"1.25.300", false, false}, {"1234.567", false, true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.digits);
    CHECK(WrittenAs(es, r.digits) == r.es);
    CHECK(WrittenAs(mx, r.digits) == r.mx);
  }
}

TEST_CASE("the pipeline records the locale in each document") {
  DocumentMetadata declared;
  declared.language = "es";
  declared.locale = "es-MX";
  auto a = DocumentFromBytes("Votaron 3,500 personas.", "a", declared);
  REQUIRE(a);
  Document b = Doc("b", "Votaron 1,250,300 personas.");
  Document c = Doc("c", "Votaron 3,500 personas.");
  DocumentMetadata wrong = declared;
  wrong.locale = "xx-YY";
  auto d = DocumentFromBytes("Votaron 3,500 personas.", "d", wrong);
  REQUIRE(d);
  Analysis an = Analyze({*a, b, c, *d});
  REQUIRE(an.documents.size() == 3);
  CHECK(an.documents[0].locale.tag == "es-MX");
  CHECK(an.documents[0].locale.source == LocaleSource::kDeclared);
  CHECK(an.documents[1].locale.tag == "es-MX");
  CHECK(an.documents[1].locale.source == LocaleSource::kInferred);
  CHECK(an.documents[2].locale.tag == "es-ES");
  CHECK(an.documents[2].locale.source == LocaleSource::kAssumed);
  REQUIRE(an.skipped.size() == 1);
  CHECK(an.skipped[0].message.find("xx-YY") != std::string::npos);
}

}  // namespace
}  // namespace contraste::testing
