// Front matter is read the same whether the simple "key: value" reader takes it or the YAML parser
// does: each case names what the YAML parser gives, and a front matter the simple reader refuses
// still parses (or fails) as YAML.
#include "text/metadata_yaml.h"

#include <doctest/doctest.h>

#include <string>

namespace contraste {
namespace {

struct Case {
  const char* yaml;
  const char* title;      // expected, or nullptr when unset
  const char* language;
  const char* published;  // YYYY-MM-DD
  const char* outlet;
};

std::string Or(const std::optional<std::string>& v) { return v ? *v : std::string("<unset>"); }
std::string Or(const char* v) { return v ? std::string(v) : std::string("<unset>"); }

TEST_CASE("front matter: the simple lines and the YAML forms give the same metadata") {
  const Case cases[] = {
      {"language: es\npublished: 1990-01-02\noutlet: outlet-13\n", nullptr, "es", "1990-01-02", "outlet-13"},
      {"title: Cumbre en Pionyang\nlanguage: es\n", "Cumbre en Pionyang", "es", nullptr, nullptr},
      {"outlet: El_Diario 2.0\n", nullptr, nullptr, nullptr, "El_Diario 2.0"},
      // Forms only the YAML parser reads: quotes, comments, extra spaces, accents, a colon, CRLF.
      {"title: \"Kim: cumbre\"\nlanguage: es\n", "Kim: cumbre", "es", nullptr, nullptr},
      {"language: es  # comentario\n", nullptr, "es", nullptr, nullptr},
      {"language:   es\n", nullptr, "es", nullptr, nullptr},
      {"title: Visita de Putin a Corea del Norte, según TASS\n", "Visita de Putin a Corea del Norte, según TASS",
       nullptr, nullptr, nullptr},
      {"language: es\r\npublished: 2024-06-19\r\n", nullptr, "es", "2024-06-19", nullptr},
      {"\nlanguage: es\n", nullptr, "es", nullptr, nullptr},
      {"", nullptr, nullptr, nullptr, nullptr},
      // Provenance keys (../shared/corpus-dev's manifests) are accepted and leave the rest as it is.
      {"language: es\npublished: 2005-01-18\nsource: \"repo/path@abc#3307\"\nlicence: \"CC BY 4.0\"\n", nullptr, "es",
       "2005-01-18", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.yaml);
    auto meta = ParseMetadataYaml(c.yaml, "a.md", 2);
    REQUIRE(meta);
    CHECK(Or(meta->title) == Or(c.title));
    CHECK(Or(meta->language) == Or(c.language));
    CHECK(Or(meta->outlet) == Or(c.outlet));
    CHECK((meta->published ? meta->published->ToString() : "<unset>") == Or(c.published));
  }
}

TEST_CASE("front matter errors come from the YAML reader, with their positions") {
  const char* bad[] = {
      "language: es\npublished: 2024-02-30\n",  // no such day
      "language: es\nauthor: Ana\n",            // unknown key
      "language: null\n",                       // YAML null is no single value
      "language: [es, en]\n",                   // not a single value
      "[]: d? \n",                              // a list as a key (the fuzzer's fuzz_metadata crash, 2026-12-07)
  };
  for (const char* yaml : bad) {
    CAPTURE(yaml);
    auto meta = ParseMetadataYaml(yaml, "a.md", 2);
    REQUIRE_FALSE(meta);
    CHECK(meta.error().line >= 2);
  }
}

TEST_CASE("locale: the simple reader, the YAML parser and a manifest entry read it as written") {
  for (const char* yaml : {"language: es\nlocale: es-MX\n", "language: es\nlocale: \"es-MX\"  # México\n"}) {
    CAPTURE(yaml);
    auto meta = ParseMetadataYaml(yaml, "a.md", 2);
    REQUIRE(meta);
    CHECK(Or(meta->locale) == "es-MX");
  }
  auto manifest = ParseManifest("a.txt: {language: es, locale: es_AR}\nb.txt: {language: es}\n", "manifest.yaml");
  REQUIRE(manifest);
  CHECK(Or(manifest->at("a.txt").locale) == "es_AR");  // checked against the language's locales later
  CHECK(Or(manifest->at("b.txt").locale) == "<unset>");
  DocumentMetadata inherited = manifest->at("a.txt");
  DocumentMetadata front;
  front.locale = "es-MX";
  inherited.MergeFrom(front);  // front matter wins
  CHECK(Or(inherited.locale) == "es-MX");
}

}  // namespace
}  // namespace contraste
