// The per-sentence view of the temporal recognizers: word classes from the loaded lexicons,
// "some token later has this class", memoized number parses, and the expression memo.
#include <doctest/doctest.h>

#include "extract/numbers/number_parser.h"
#include "extract/time/temporal_tokens.h"
#include "lang/temporal_word_classes.h"
#include "test_support.h"
#include "text/analyzed_text.h"

using namespace contraste;
using contraste::testing::Doc;
using contraste::testing::SharedEngine;

namespace {

// One analyzed sentence; not copied, as its range points into it.
struct OneSentence {
  explicit OneSentence(const std::string& s) : doc(Doc("t", s)) {
    auto splitter = SentenceSplitter::Create("es");
    REQUIRE(splitter);
    text = AnalyzeText(doc, SharedEngine().normalizer(), **splitter);
    REQUIRE(text.sentences.size() == 1);
    range = text.SentenceTokens(text.sentences[0]);
  }
  OneSentence(const OneSentence&) = delete;
  // The token whose folded text is `word`, or the range's end.
  size_t Find(std::string_view word) const {
    for (size_t i = range.begin; i < range.end; ++i) {
      if (range.Text(i) == word) return i;
    }
    return range.end;
  }
  Document doc;
  AnalyzedText text;
  TokenRange range;
};

const Language& Spanish() { return *SharedEngine().FindLanguage("es"); }

}  // namespace

TEST_CASE("word classes come from the lexicons: one lookup per token, then bit tests") {
  OneSentence s("Lo firmaron el 3 de marzo de 2024 en Hanói y volverán el próximo lunes.");
  TemporalTokens tokens(Spanish(), s.range);
  const size_t marzo = s.Find("marzo"), lunes = s.Find("lunes"), firmaron = s.Find("firmaron");
  REQUIRE(marzo < s.range.end);
  REQUIRE(lunes < s.range.end);
  CHECK(tokens.Is(marzo, kMonthWord));
  CHECK_FALSE(tokens.Is(marzo, kWeekdayWord));
  CHECK(tokens.Is(lunes, kWeekdayWord));
  CHECK_FALSE(tokens.Is(firmaron, ~kNumberToken));  // a verb is in no word list
  CHECK(tokens.Is(s.Find("3"), kNumberToken));
  CHECK(tokens.Is(s.Find("de"), kDayMonthLinkWord | kYearLinkWord));
  CHECK(tokens.Is(s.Find("proximo"), kForwardFirst));  // first word of a forward phrase
  // Later: some token in [i, end) has the class.
  CHECK(tokens.Later(firmaron, kMonthWord));
  CHECK(tokens.Later(marzo, kMonthWord));
  CHECK_FALSE(tokens.Later(marzo + 1, kMonthWord));
  CHECK(tokens.Later(marzo + 1, kWeekdayWord));
  // Past the range nothing has a class.
  CHECK_FALSE(tokens.Is(s.range.end, ~uint64_t{0}));
  CHECK_FALSE(tokens.Later(s.range.end, ~uint64_t{0}));
}

TEST_CASE("a number is parsed once per token and answers like ParseNumberAt") {
  OneSentence s("Hace veintiún días llegaron dos mil quinientos soldados y el primer convoy.");
  TemporalTokens tokens(Spanish(), s.range);
  for (int round = 0; round < 2; ++round) {
    for (size_t i = s.range.begin; i <= s.range.end; ++i) {
      CAPTURE(i);
      NumberMatch direct, memo;
      bool a = ParseNumberAt(Spanish(), s.range, i, &direct);
      bool b = tokens.NumberAt(i, &memo);
      REQUIRE(a == b);
      if (!a) continue;
      CHECK(memo.value == direct.value);
      CHECK(memo.end == direct.end);
      CHECK(memo.ordinal == direct.ordinal);
      CHECK(memo.digits == direct.digits);
    }
  }
  NumberMatch n;
  REQUIRE(tokens.NumberAt(s.Find("dos"), &n));
  CHECK(n.value == 2500);
}

TEST_CASE("the expression memo parses each token once and every time past the range") {
  OneSentence s("El 3 de marzo llegaron.");
  ExpressionMemo memo(s.range);
  int calls = 0;
  auto parse = [&](size_t at, TemporalExpression* e) {
    ++calls;
    if (at != s.range.begin + 1) return false;
    e->begin_token = at;
    e->end_token = at + 3;
    return true;
  };
  TemporalExpression e;
  CHECK(memo.Get(s.range.begin + 1, &e, parse));
  CHECK(e.end_token == s.range.begin + 4);
  CHECK(memo.Get(s.range.begin + 1, &e, parse));
  CHECK_FALSE(memo.Get(s.range.begin, &e, parse));
  CHECK_FALSE(memo.Get(s.range.begin, &e, parse));
  CHECK(calls == 2);
  CHECK_FALSE(memo.Get(s.range.end, &e, parse));
  CHECK_FALSE(memo.Get(s.range.end, &e, parse));
  CHECK(calls == 4);
}

TEST_CASE("word classes: a word's classes add up; a phrase gives its first and second token") {
  TemporalWordClasses classes;
  classes.Add("mayo", kMonthWord);
  classes.Add("mayo", kYearNounWord);
  classes.AddFirstWord("la semana pasada", kRelativePeriodFirst);
  classes.AddFirstWord("ayer", kRelativeDayFirst);
  classes.AddFirstWord("todo el", 0);  // a table that is no start: nothing
  classes.Add("nada", 0);
  OneSentence s("La semana pasada, y no ayer, llegó en mayo todo el día, nada más.");
  CHECK(classes.Of(s.range, s.Find("mayo")) == (kMonthWord | kYearNounWord));
  CHECK(classes.Of(s.range, s.Find("la")) == kRelativePeriodFirst);
  CHECK(classes.Of(s.range, s.Find("semana")) == kPhraseSecondWord);
  CHECK(classes.Of(s.range, s.Find("pasada")) == 0);
  CHECK(classes.Of(s.range, s.Find("ayer")) == (kRelativeDayFirst | kOneWordPhrase));
  CHECK(classes.Of(s.range, s.Find("todo")) == 0);
  CHECK(classes.Of(s.range, s.Find("el")) == 0);
  CHECK(classes.Of(s.range, s.Find("nada")) == 0);
  CHECK(classes.Of(s.range, s.range.end) == 0);
}

TEST_CASE("a phrase may start at a first word only before a second word, or when it is one word") {
  OneSentence s("La presidenta llegó la semana pasada y no hoy.");
  TemporalTokens tokens(Spanish(), s.range);
  const size_t first_la = s.range.begin, second_la = s.Find("semana") - 1;
  REQUIRE(tokens.Is(first_la, kRelativePeriodFirst));
  CHECK_FALSE(tokens.PhraseMayStartAt(first_la, kRelativePeriodFirst));  // "presidenta" is no second word
  CHECK(tokens.PhraseMayStartAt(second_la, kRelativePeriodFirst));
  CHECK(tokens.PhraseMayStartAt(s.Find("hoy"), kRelativeDayFirst));      // a one-word phrase
  CHECK_FALSE(tokens.PhraseMayStartAt(s.Find("hoy"), kRelativePeriodFirst));
}
