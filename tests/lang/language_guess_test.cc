// A document that does not say its language is read in the one its function words point to
// (lang/language_guess.h, rules/<lang>/function_words.yaml), and the report says it was guessed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "lang/language_guess.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<std::pair<std::string, const FunctionWords*>> Candidates() {
  std::vector<std::pair<std::string, const FunctionWords*>> out;
  for (const std::string& code : SharedEngine().LanguageCodes()) {
    out.emplace_back(code, &SharedEngine().FindLanguage(code)->function_words);
  }
  return out;
}

std::string Guess(const std::string& text) {
  return GuessLanguage(Candidates(), SharedEngine().normalizer().Fold(text)).code;
}

}  // namespace

TEST_CASE("news text is told by its function words") {
  CHECK(Guess("General Motors filed for bankruptcy on Monday in a Manhattan court, the company said.") == "en");
  CHECK(Guess("General Motors se declaró en quiebra el lunes en un tribunal de Manhattan, según la empresa.") == "es");
  // Names and figures alone say nothing; a tie says nothing either.
  CHECK(Guess("General Motors 82.290 Manhattan UTC").empty());
  CHECK(Guess("the de").empty());
}

TEST_CASE("a document without a language gets the guessed one and says so") {
  Analysis a = Analyze({DocIn("", "en1", "The storm left 12 dead in Paiporta, officials said on Monday.")});
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].language == "en");
  bool said = false;
  for (const std::string& s : a.documents[0].assumptions) said = said || s.find("guessed 'en'") != std::string::npos;
  CHECK(said);
}

TEST_CASE("a document too short to tell takes the language of the rest of the corpus") {
  Analysis a = Analyze({DocIn("", "es1", "La DANA deja 12 muertos en Paiporta, según el Ayuntamiento."),
                        DocIn("", "es2", "Cáritas atendió a 4.000 personas.")});
  REQUIRE(a.documents.size() == 2);
  CHECK(a.skipped.empty());
  for (const Document& d : a.documents) CHECK(d.language == "es");
}

TEST_CASE("a declared language is never second-guessed") {
  Analysis a = Analyze({DocIn("es", "d", "The storm left 12 dead in Paiporta.")});
  REQUIRE(a.documents.size() == 1);
  CHECK(a.documents[0].language == "es");
}

TEST_CASE("a function word list holding a phrase is an error with its position") {
  const auto dir = std::filesystem::temp_directory_path() / "contraste_function_words_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "function_words.yaml") << "function_words: [the, of the, and]\n";
  FunctionWords words;
  Status s = LoadFunctionWords(dir.string(), SharedEngine().normalizer(), &words);
  REQUIRE_FALSE(s);
  CHECK(s.error().ToString().find("function_words.yaml:1:") != std::string::npos);
  CHECK(s.error().ToString().find("of the") != std::string::npos);
  std::filesystem::remove_all(dir);
}
