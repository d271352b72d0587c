#include "text/sentence_splitter.h"

#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace contraste {

struct SentenceSplitter::Icu {
  std::unique_ptr<icu::BreakIterator> it;
};

SentenceSplitter::SentenceSplitter() : icu_(std::make_unique<Icu>()) {}
SentenceSplitter::~SentenceSplitter() = default;

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale((language + "@ss=standard").c_str());
  std::unique_ptr<SentenceSplitter> s(new SentenceSplitter());
  s->icu_->it.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !s->icu_->it) {
    return MakeError(ErrorCode::kInternal,
                     fmt::format("ICU sentence break iterator for '{}': {}", language, u_errorName(status)));
  }
  return s;
}

namespace {
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }
}  // namespace

std::vector<SentenceSpan> SentenceSplitter::Split(std::string_view bytes, size_t begin, size_t end) {
  std::vector<SentenceSpan> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, bytes.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status)) return out;
  icu_->it->setText(ut, status);
  int32_t prev = icu_->it->first();
  for (int32_t b = icu_->it->next(); b != icu::BreakIterator::DONE; b = icu_->it->next()) {
    size_t s = begin + static_cast<size_t>(prev);
    size_t e = begin + static_cast<size_t>(b);
    prev = b;
    // A break inside a line of a paragraph is kept; a line break also splits (titles, captions).
    size_t line_start = s;
    for (size_t i = s; i <= e; ++i) {
      if (i == e || bytes[i] == '\n') {
        size_t a = line_start, z = i;
        while (a < z && IsSpace(bytes[a])) ++a;
        while (z > a && IsSpace(bytes[z - 1])) --z;
        if (z > a) out.push_back({a, z});
        line_start = i + 1;
      }
    }
  }
  utext_close(ut);
  return out;
}

}  // namespace contraste
