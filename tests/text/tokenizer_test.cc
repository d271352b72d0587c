// Tokens of folded text: Unicode letters are word characters, digit groups stay one number token,
// every other character is a punctuation token.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace {

using contraste::Token;
using contraste::TokenKind;

// "w:texto n:10.000 p:," for each token of the folded text.
std::vector<std::string> Tokens(const std::string& folded) {
  std::vector<Token> toks;
  contraste::Tokenize(folded, 0, folded.size(), &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) {
    const char* k = t.kind == TokenKind::kWord ? "w:" : t.kind == TokenKind::kNumber ? "n:" : "p:";
    out.push_back(k + folded.substr(t.begin, t.end - t.begin));
  }
  return out;
}

struct TokCase {
  const char* folded;
  std::vector<std::string> tokens;
};

}  // namespace

TEST_CASE("tokens of folded text") {
  const TokCase cases[] = {
      {"unos 90 minutos", {"w:unos", "n:90", "w:minutos"}},
      {"mas de 10.000 contenedores", {"w:mas", "w:de", "n:10.000", "w:contenedores"}},
      {"1,5 millones", {"n:1,5", "w:millones"}},
      {"260.000.", {"n:260.000", "p:."}},
      {"kim jong-un", {"w:kim", "w:jong", "p:-", "w:un"}},
      {"año", {"w:año"}},
      {"ñandú", {"w:ñandú"}},
      {"shoigú llegó", {"w:shoigú", "w:llegó"}},
      {"2º", {"n:2", "w:º"}},  // º and ª are letters (Lo)
      {"01:45", {"n:01", "p::", "n:45"}},
      {"(cnn) –vladimir", {"p:(", "w:cnn", "p:)", "p:–", "w:vladimir"}},
      {"5%", {"n:5", "p:%"}},
      {"10,", {"n:10", "p:,"}},
      {"a,b", {"w:a", "p:,", "w:b"}},
      {"", {}},
      {"   ", {}},
  };
  for (const TokCase& c : cases) {
    std::string folded = c.folded;
    CAPTURE(folded);
    CHECK(Tokens(folded) == c.tokens);
  }
}

TEST_CASE("tokens of a sub-range carry offsets into the whole text") {
  std::string folded = "cabecera. unos 90 minutos";
  std::vector<Token> toks;
  size_t begin = folded.find("unos");
  contraste::Tokenize(folded, begin, folded.size(), &toks);
  REQUIRE(toks.size() == 3);
  CHECK(toks[0].begin == begin);
  CHECK(toks[2].end == folded.size());
}

TEST_CASE("article text keeps accented letters inside words after folding") {
  contraste::TextNormalizer norm;
  auto t = norm.Normalize("Añadió que Shoigú llegó al Palacio del Sol");
  CHECK(Tokens(t.folded) == std::vector<std::string>{"w:anadio", "w:que", "w:shoigu", "w:llego", "w:al",
                                                     "w:palacio", "w:del", "w:sol"});
}

TEST_CASE("each token carries the TokenHash of its text, whatever its kind") {
  // ASCII, two- and three-byte letters, a nonspacing mark inside a word, non-ASCII punctuation,
  // a byte that is not UTF-8, numbers with inner separators, and a range that ends inside a word.
  const std::string texts[] = {
      "unos 90 minutos, 10.000 y 1,5",  "ñandú año2 º",        "e\xCC\x81xito «cita» –dijo",
      "x\xFFy \xE2\x82\xAC 5%",         "kim jong-un (cnn)",   "w\xC3\xA1rter 260.000.",
  };
  for (const std::string& folded : texts) {
    for (size_t end : {folded.size(), folded.size() - 1}) {
      CAPTURE(folded);
      CAPTURE(end);
      std::vector<Token> toks;
      contraste::Tokenize(folded, 0, end, &toks);
      REQUIRE(!toks.empty());
      for (const Token& t : toks) {
        CHECK(t.end <= end);
        CHECK(t.hash == contraste::TokenHash(std::string_view(folded).substr(t.begin, t.end - t.begin)));
      }
    }
  }
}
