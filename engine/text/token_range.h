// A range of tokens over folded text: what every recognizer walks.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/number_convention.h"
#include "text/tokenizer.h"

namespace contraste {

// The tokens of one sentence (or any range) over folded text.
struct TokenRange {
  std::string_view folded;
  const std::vector<Token>* tokens = nullptr;
  size_t begin = 0;  // token indices [begin, end)
  size_t end = 0;
  // How the text writes digits (its document's locale); nullptr: the default of its language.
  const NumberConvention* numbers = nullptr;

  std::string_view Text(size_t i) const {
    const Token& t = (*tokens)[i];
    return folded.substr(t.begin, t.end - t.begin);
  }
  const Token& At(size_t i) const { return (*tokens)[i]; }
  // TokenHash of Text(i), computed when the text was tokenized.
  uint32_t Hash(size_t i) const { return (*tokens)[i].hash; }
};

}  // namespace contraste
