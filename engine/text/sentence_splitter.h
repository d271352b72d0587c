// Sentence segmentation with ICU's sentence break rules (with the locale's abbreviation
// suppressions, "es@ss=standard"), run on the original bytes. Line breaks end sentences too, so
// titles and captions without a final period stand alone.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace contraste {

struct SentenceSpan {
  size_t begin = 0;  // original byte offsets, surrounding white space trimmed
  size_t end = 0;
};

class SentenceSplitter {
 public:
  // `language`: BCP 47 code used for ICU's break rules and suppressions.
  static Result<std::unique_ptr<SentenceSplitter>> Create(const std::string& language);
  ~SentenceSplitter();

  // Sentences of bytes[begin..end), in order; empty ones are dropped.
  std::vector<SentenceSpan> Split(std::string_view bytes, size_t begin, size_t end);

 private:
  SentenceSplitter();
  void ToUtf16(std::string_view bytes);  // into Icu's scratch
  struct Icu;
  std::unique_ptr<Icu> icu_;
};

}  // namespace contraste
