// The key code of an article, for story grouping (stories/story_terms.h): the product, model or
// series code it names most, the thing it is about when it is a thing with a code ("el A380",
// "Boeing 787", "el primer 787"). Two articles about one aircraft, years apart, share little else
// than that code and the words of its trade, which an article about its rival shares too; the code
// tells them apart.
//
// A code is a name written with digits ("A380", "H1N1": a word with a digit that the name finder
// took as a name), or a number of at least kKeyCodeMinDigits digits written next to a name
// ("Boeing 787", "787 Dreamliner"; not a year, a day, a duration, a count of something). Once a
// number is a code in an article, its other occurrences count as that code ("el 787 juega").
// The key code is the one counted most, at least kKeyCodeMinCount times (ties: the first in the
// text). What tells a code is written in digits and capitals, not in words of a language: these
// settings hold for every language.
//
//   std::optional<KeyCode> k = FindKeyCode(text, mentions_per_sentence);
//   k->text  // "a380", folded
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/mention.h"
#include "text/analyzed_text.h"

namespace contraste {

inline constexpr size_t kKeyCodeMinDigits = 3;  // "Boeing 787", not "Betis 2" nor "Mayor 10"
inline constexpr uint32_t kKeyCodeMinCount = 2;  // what an article is about, it names more than once

struct KeyCode {
  std::string text;      // folded: "a380", "787"
  uint32_t count = 0;    // occurrences in the article
  size_t first_token = 0;
};

std::optional<KeyCode> FindKeyCode(const AnalyzedText& text, const std::vector<std::vector<Mention>>& mentions);

}  // namespace contraste
