// A document after the text stage: folded text with its offset map, tokens and sentences.
#pragma once

#include <string_view>
#include <vector>

#include "text/document.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/token_range.h"
#include "text/tokenizer.h"

namespace contraste {

struct Sentence {
  size_t begin = 0;  // original byte offsets
  size_t end = 0;
  size_t first_token = 0;  // tokens [first_token, end_token)
  size_t end_token = 0;
};

struct AnalyzedText {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<size_t> line_starts;  // original byte offset of each line, for line:col
  // How the document writes digits, given to every TokenRange; nullptr: the language's default.
  const NumberConvention* numbers = nullptr;

  TokenRange SentenceTokens(const Sentence& s) const {
    return {norm.folded, &tokens, s.first_token, s.end_token, numbers};
  }
  // Every token of the body, for what reads the whole document (its number convention).
  TokenRange AllTokens() const { return {norm.folded, &tokens, 0, tokens.size(), numbers}; }
  size_t OrigBegin(size_t token) const { return norm.OrigBegin(tokens[token].begin); }
  size_t OrigEnd(size_t token) const { return norm.OrigEnd(tokens[token].end); }
  // 1-based line and column (in bytes) of an original offset.
  std::pair<int, int> LineColumn(size_t orig_offset) const;
};

// Normalizes, tokenizes and splits the body of `doc`.
AnalyzedText AnalyzeText(const Document& doc, TextNormalizer& normalizer, SentenceSplitter& splitter);

}  // namespace contraste
