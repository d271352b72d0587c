// WordMap and WordSet: words found by text and by the hash a token carries, first value kept,
// growth past the initial table, misses on words that share a hash slot.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lang/word_map.h"
#include "text/tokenizer.h"

namespace {

// "w<k>", built without operator+ on temporaries (g++ 12 warns falsely on those at -O3).
std::string Word(int k) {
  std::string w = "w";
  w += std::to_string(k);
  return w;
}

using contraste::TokenRange;
using contraste::WordMap;
using contraste::WordSet;

TEST_CASE("a word is found by its text and by its token, other words are not") {
  WordMap<int> months;
  CHECK(months.Insert("marzo", 3));
  CHECK(months.Insert("junio", 6));
  REQUIRE(months.Find("marzo") != nullptr);
  CHECK(*months.Find("marzo") == 3);
  CHECK(months.Find("marz") == nullptr);
  CHECK(months.Find("marzos") == nullptr);
  CHECK(months.Find("") == nullptr);

  const std::string folded = "el 21 de marzo y en junio";
  std::vector<contraste::Token> toks;
  contraste::Tokenize(folded, 0, folded.size(), &toks);
  TokenRange text{folded, &toks, 0, toks.size()};
  std::vector<int> found;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (const int* m = months.Find(text, i)) found.push_back(*m);
  }
  CHECK(found == std::vector<int>{3, 6});
  CHECK(months.Find(text, toks.size()) == nullptr);  // past the end of the range
}

TEST_CASE("the first value of a word wins and iteration keeps insertion order") {
  WordMap<int> m;
  CHECK(m.Insert("uno", 1));
  CHECK_FALSE(m.Insert("uno", 7));
  CHECK(*m.Find("uno") == 1);
  CHECK(m.Insert("dos", 2));
  std::vector<std::string> order;
  std::vector<int> values;
  for (const auto& [word, value] : m) {
    order.push_back(word);
    values.push_back(value);
  }
  CHECK(order == std::vector<std::string>{"uno", "dos"});
  CHECK(values == std::vector<int>{1, 2});
}

TEST_CASE("hundreds of words: every one is found after the table grows, none invented") {
  WordMap<int> m;
  for (int k = 0; k < 500; ++k) CHECK(m.Insert(Word(k), k));
  CHECK(m.size() == 500);
  for (int k = 0; k < 500; ++k) {
    const int* v = m.Find(Word(k));
    REQUIRE(v != nullptr);
    CHECK(*v == k);
  }
  for (int k = 500; k < 1000; ++k) CHECK(m.Find(Word(k)) == nullptr);
}

TEST_CASE("a wrong hash finds nothing even when the text is in the set") {
  WordSet s;
  CHECK(s.empty());
  CHECK(s.Insert("ayer"));
  CHECK(s.Contains("ayer"));
  CHECK(s.Contains("ayer", contraste::TokenHash("ayer")));
  CHECK_FALSE(s.Contains("ayer", contraste::TokenHash("ayer") + 1));
  CHECK_FALSE(s.Contains("hoy"));
  CHECK(s.size() == 1);
}

}  // namespace
