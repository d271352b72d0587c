// The claim stage's short word lists: InWordList agrees with a hash lookup, and WordListFilter
// never turns away a word of its list.
#include "claims/word_list.h"

#include <doctest/doctest.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace contraste {
namespace {

TEST_CASE("InWordList and WordListFilter agree with the list, short and long") {
  std::unordered_set<std::string> shortlist = {"en", "de", "del", "mientras", "a", "después"};
  std::unordered_set<std::string> longlist;
  for (int k = 0; k < 40; ++k) longlist.insert("palabra" + std::to_string(k));
  longlist.insert(std::string(70, 'x'));  // longer than the filter's length bits
  const std::vector<std::string> probes = {"en", "el", "e", "de", "dé", "del", "dell", "mientras", "mientra", "a",
                                           "b", "después", "despues", "", "palabra7", "palabra40",
                                           std::string(70, 'x'), std::string(71, 'x')};
  for (const auto* list : {&shortlist, &longlist}) {
    const WordListFilter filter(*list);
    for (const std::string& w : probes) {
      CAPTURE(w);
      const bool in = list->count(w) > 0;
      CHECK(InWordList(*list, w) == in);
      if (in) CHECK(filter.MayContain(w));
    }
  }
  const WordListFilter en(std::unordered_set<std::string>{"en"});
  CHECK_FALSE(en.MayContain("de"));   // another first byte
  CHECK_FALSE(en.MayContain("ent"));  // another length
}

}  // namespace
}  // namespace contraste
