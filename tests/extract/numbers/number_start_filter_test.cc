// ParseNumberAt skips the word tables at a word that starts no number (NumberLexicon::
// MayStartNumber). Held to the reference that tries every table at every word
// (ParseNumberAtEveryWord): the same answer, field by field, at every token of sentences that
// exercise every kind of number in words and of the articles of corpus/. The denominator filter
// after a cardinal (NumberLexicon::MayBeDenominator) lets through every word DenominatorOf reads.
// SentenceNumbers, the per-sentence memo the recognizers read numbers through, answers as
// ParseNumberAt does, asked in any order, inside its inline room and past it.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "extract/numbers/number_parser.h"
#include "extract/numbers/number_words.h"
#include "extract/numbers/sentence_numbers.h"
#include "start_filter_support.h"

using namespace contraste;
using contraste::testing::SumOverCorpusArticles;
using contraste::testing::SumOverSentences;

namespace {

std::string Describe(bool found, const NumberMatch& m) {
  if (!found) return "none";
  std::ostringstream out;
  out << m.value << " end" << m.end << " d" << m.digits << m.plain_digits << " w" << m.weak << m.half << m.implied
      << " v" << m.vague << "[" << m.interval.lo << "," << m.interval.hi << "] o" << m.ordinal << " f" << m.fraction
      << " p" << m.plural << " r" << m.relative;
  return out.str();
}

// Checks every token of `text`; returns how many word tokens start a number.
size_t CheckSameAtEveryWord(const std::string& text) {
  return SumOverSentences(text, [](const Language& lang, const AnalyzedText&, const TokenRange& range) {
    size_t words = 0;
    for (size_t i = range.begin; i < range.end; ++i) {
      NumberMatch filtered, every;
      const bool a = ParseNumberAt(lang, range, i, &filtered);
      const bool b = ParseNumberAtEveryWord(lang, range, i, &every);
      CAPTURE(range.Text(i));
      CHECK(Describe(a, filtered) == Describe(b, every));
      if (a && range.At(i).kind == TokenKind::kWord) ++words;
      double den = 0;
      bool plural = false;
      if (range.At(i).kind == TokenKind::kWord && DenominatorOf(lang, range.Text(i), &den, &plural)) {
        CHECK(lang.number_forms.MayBeDenominator(range, i));
      }
    }
    return words;
  });
}

const char* const kSentences[] = {
    "Llegaron dos mil quinientos soldados y noventa y nueve oficiales.",
    "Costó un millón y medio, medio millón y tres millones y medio de dólares.",
    "Media docena de barcos, una docena de aviones y tres docenas de huevos.",
    "Dos coma cinco, siete con cincuenta y veinte con tres quintos.",
    "Uno sobre tres, un cuarto, cinco medios y tres quintos de la población.",
    "Un veintiunavo, dos treintavos y tres dosmilésimos del total.",
    "Un milésimo, dos millonésimos, un centésimo y cinco cuartos; un treintaicincoavo.",
    "Es la primera vez, el vigésimo quinto aniversario y la centésima vigésima quinta sesión.",
    "El tresmillonésimo visitante y el dos milésimo socio; los terceros y los primeros días.",
    "Decimoctavo, undécima, duodécimo y tricentésimo.",
    "La última reunión, la penúltima, antes del último y la siguiente; el anterior acuerdo.",
    "Miles de soldados, cientos de miles de personas, decenas de heridos y un centenar de barcos.",
    "La mitad de la clase llegó hora y media tarde.",
    "Veintidós, veintitrés y cuarenta y siete coma cero tres.",
    "Que no se diga que de los demás nada sabemos, dijo según la prensa.",
    "Cien, ciento cinco, doscientas, quinientos mil y un millar.",
};

// Checks SentenceNumbers against ParseNumberAt at every token of `text`, asked backwards and then
// forwards (the second answer is the memo's); returns how many tokens start a number.
size_t CheckMemoSameAsParse(const std::string& text) {
  return SumOverSentences(text, [](const Language& lang, const AnalyzedText&, const TokenRange& range) {
    const SentenceNumbers numbers(lang, range);
    size_t found = 0;
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t k = range.begin; k < range.end; ++k) {
        const size_t i = pass == 0 ? range.end - 1 - (k - range.begin) : k;
        NumberMatch parsed, memo;
        const bool a = ParseNumberAt(lang, range, i, &parsed);
        const bool b = numbers.At(i, &memo);
        CAPTURE(range.Text(i));
        CHECK(Describe(a, parsed) == Describe(b, memo));
        if (pass == 1 && a) ++found;
      }
    }
    return found;
  });
}

}  // namespace

TEST_CASE("SentenceNumbers answers as ParseNumberAt, in a short sentence and in one past its inline room") {
  for (const char* s : kSentences) {
    CAPTURE(s);
    CheckMemoSameAsParse(s);
  }
  // 300 numbers in one sentence of about 600 tokens: slots and parses beyond the inline ones.
  std::string many = "Se contaron";
  for (int n = 1; n <= 300; ++n) {  // appended piece by piece (GCC 12's -Wrestrict false positive at -O3)
    many += ' ';
    many += std::to_string(n * 7);
    many += n % 3 == 0 ? " mil y" : ",";
  }
  many += " ocho.";
  CHECK(CheckMemoSameAsParse(many) >= 300);
}

TEST_CASE("skipping words that start no number finds what trying every word finds") {
  for (const char* s : kSentences) {
    CAPTURE(s);
    CheckSameAtEveryWord(s);
  }
  CHECK(CheckSameAtEveryWord(kSentences[0]) >= 4);
}

TEST_CASE("the articles of corpus/: the same numbers with and without skipping words") {
  CHECK(SumOverCorpusArticles(CheckSameAtEveryWord) > 0);
}
