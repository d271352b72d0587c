// Scaffolding shared by the start-filter suites (numbers, entities, temporal expressions): each
// holds a recognizer's skipping path to a reference that tries every token, over sentences of its
// own and over the articles of corpus/. Only the walking is shared; what is compared stays in the
// suite.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "test_support.h"
#include "text/analyzed_text.h"

namespace contraste::testing {

// Analyses `text` as a Spanish document and calls check(lang, analyzed, sentence_tokens) for each
// of its sentences; returns the sum of what the calls return.
template <typename Check>
size_t SumOverSentences(const std::string& text, Check&& check) {
  const Language& lang = *SharedEngine().FindLanguage("es");
  Document doc = Doc("t", text);
  auto splitter = SentenceSplitter::Create("es");
  REQUIRE(splitter);
  AnalyzedText at = AnalyzeText(doc, SharedEngine().normalizer(), **splitter);
  size_t sum = 0;
  for (const auto& s : at.sentences) sum += check(lang, at, at.SentenceTokens(s));
  return sum;
}

// Calls check(text) for each article (.txt) of corpus/; returns the sum of what the calls return.
template <typename Check>
size_t SumOverCorpusArticles(Check&& check) {
  size_t sum = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("corpus"))) {
    if (entry.path().extension() != ".txt") continue;
    sum += check(ReadFileOrEmpty(entry.path().string()));
  }
  return sum;
}

}  // namespace contraste::testing
