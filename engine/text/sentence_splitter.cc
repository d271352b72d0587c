#include "text/sentence_splitter.h"

#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "text/ascii_run.h"

namespace contraste {

struct SentenceSplitter::Icu {
  std::unique_ptr<icu::BreakIterator> it;
  // Scratch of the text being split, reused: its UTF-16 code units and, for each unit (and one
  // past the last), the byte offset it came from.
  std::vector<UChar> units;
  std::vector<uint32_t> byte_of_unit;
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

// ICU's break rules run on UTF-16 text: converting once here and handing ICU the code units is
// cheaper than letting it read UTF-8 through a UText, which converts chunk by chunk.
void SentenceSplitter::ToUtf16(std::string_view bytes) {
  std::vector<UChar>& units = icu_->units;
  std::vector<uint32_t>& byte_of_unit = icu_->byte_of_unit;
  // A byte gives at most one unit (a four-byte code point gives two), so the bytes' count bounds
  // the units: written by index, trimmed at the end.
  units.resize(bytes.size());
  byte_of_unit.resize(bytes.size() + 1);
  size_t u = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto n = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < n;) {
    // A run of ASCII bytes: one unit per byte, copied in a loop the compiler can vectorize.
    const int32_t run_end = AsciiRunEnd(s, i, n);
    for (; i < run_end; ++i, ++u) {
      units[u] = s[i];
      byte_of_unit[u] = static_cast<uint32_t>(i);
    }
    if (i >= n) break;
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xfffd;  // the input is checked UTF-8; ICU's UTF-8 reader does the same
    if (U16_LENGTH(c) == 2) {
      units[u] = U16_LEAD(c);
      byte_of_unit[u++] = static_cast<uint32_t>(at);
      units[u] = U16_TRAIL(c);
    } else {
      units[u] = static_cast<UChar>(c);
    }
    byte_of_unit[u++] = static_cast<uint32_t>(at);
  }
  units.resize(u);
  byte_of_unit.resize(u + 1);
  byte_of_unit[u] = static_cast<uint32_t>(n);
}

std::vector<SentenceSpan> SentenceSplitter::Split(std::string_view bytes, size_t begin, size_t end) {
  std::vector<SentenceSpan> out;
  ToUtf16(bytes.substr(begin, end - begin));
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, icu_->units.data(), static_cast<int64_t>(icu_->units.size()), &status);
  if (U_FAILURE(status)) return out;
  icu_->it->setText(ut, status);
  int32_t prev = icu_->it->first();
  for (int32_t b = icu_->it->next(); b != icu::BreakIterator::DONE; b = icu_->it->next()) {
    size_t s = begin + icu_->byte_of_unit[static_cast<size_t>(prev)];
    size_t e = begin + icu_->byte_of_unit[static_cast<size_t>(b)];
    prev = b;
    // A break inside a line of a paragraph is kept; a line break also splits (titles, captions).
    for (size_t line_start = s; line_start <= e;) {
      const size_t nl = bytes.substr(line_start, e - line_start).find('\n');
      const size_t i = nl == std::string_view::npos ? e : line_start + nl;
      size_t a = line_start, z = i;
      while (a < z && IsSpace(bytes[a])) ++a;
      while (z > a && IsSpace(bytes[z - 1])) --z;
      if (z > a) out.push_back({a, z});
      line_start = i + 1;
    }
  }
  utext_close(ut);
  return out;
}

}  // namespace contraste
