// English "a"/"an" (rules/en/numbers.yaml cardinals `articles`): they count one before a number
// word ("a hundred", "a fifth"), and alone they are articles, no number at all. Spanish
// "un" alone stays a weak number (the numeral itself).
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/mention_extractor.h"
#include "test_support.h"
#include "text/analyzed_text.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// Every number-like mention of an English text (weak ones included): "quote=normalized".
std::vector<std::string> EnglishNumbers(const std::string& text) {
  static std::unique_ptr<SentenceSplitter> splitter = [] {
    auto s = SentenceSplitter::Create("en");
    if (!s) throw std::runtime_error(s.error().ToString());
    return std::move(*s);
  }();
  const Language* en = SharedEngine().FindLanguage("en");
  REQUIRE(en != nullptr);
  Document doc = DocIn("en", "t", text);
  AnalyzedText a = AnalyzeText(doc, SharedEngine().normalizer(), *splitter);
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) {
    for (const Mention& m : ExtractMentions(*en, a.SentenceTokens(s))) {
      if (m.kind != MentionKind::kNumber && m.kind != MentionKind::kWeakNumber) continue;
      const size_t begin = a.OrigBegin(m.begin_token), end = a.OrigEnd(m.end_token - 1);
      out.push_back(doc.bytes.substr(begin, end - begin) + "=" + m.normalized);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("English 'a' and 'an' alone are articles, not the number one") {
  CHECK(EnglishNumbers("He was looking for a next of kin.").empty());
  CHECK(EnglishNumbers("It is a valid number and an old car.").empty());
  CHECK(EnglishNumbers("They signed a deal.").empty());
}

TEST_CASE("English 'a' before a number word still counts one") {
  CHECK(EnglishNumbers("They asked for a hundred.") == std::vector<std::string>{"a hundred=100"});
  CHECK(EnglishNumbers("They asked for a million.") == std::vector<std::string>{"a million=1000000"});
  CHECK(EnglishNumbers("Only a fifth was left.") == std::vector<std::string>{"a fifth=0.2"});
}
