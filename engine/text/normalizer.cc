#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace contraste {

struct TextNormalizer::Icu {
  const icu::Normalizer2* nfc = nullptr;
  const icu::Normalizer2* nfd = nullptr;
};

TextNormalizer::TextNormalizer() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->nfc = icu::Normalizer2::getNFCInstance(status);
  icu_->nfd = icu::Normalizer2::getNFDInstance(status);
  // Both are built into ICU's data; a failure here means a broken ICU installation.
  if (U_FAILURE(status)) std::abort();
}

TextNormalizer::~TextNormalizer() = default;

size_t NormalizedText::FoldedPos(size_t orig_pos) const {
  auto it = std::lower_bound(to_orig.begin(), to_orig.end(), static_cast<uint32_t>(orig_pos));
  return static_cast<size_t>(it - to_orig.begin());
}

namespace {

// Language-neutral mapping of one folded code point onto the forms the lexicons are written in.
UChar32 UnifyPunctuation(UChar32 c) {
  if (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032) return '\'';
  switch (u_charType(c)) {
    case U_DASH_PUNCTUATION: return '-';
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: return '"';
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR: return ' ';
    default: break;
  }
  if (c == 0x201E || c == 0x201F) return '"';
  return c;
}

}  // namespace

bool TextNormalizer::StartsChunk(const uint8_t* s, int32_t i, int32_t n) const {
  UChar32 d;
  U8_NEXT(s, i, n, d);
  return d >= 0 && icu_->nfc->hasBoundaryBefore(d);
}

const std::string& TextNormalizer::FoldChunk(std::string_view chunk) {
  auto it = cache_.find(chunk);
  if (it != cache_.end()) return it->second;
  std::string key(chunk);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())));
  icu::UnicodeString decomposed = icu_->nfd->normalize(s, status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    kept.append(UnifyPunctuation(c));
  }
  kept.foldCase();
  icu::UnicodeString composed = icu_->nfc->normalize(kept, status);
  std::string out;
  if (U_FAILURE(status)) {
    out = key;
  } else {
    composed.toUTF8String(out);
  }
  return cache_.emplace(std::move(key), std::move(out)).first->second;
}

NormalizedText TextNormalizer::Normalize(std::string_view bytes, size_t begin) {
  NormalizedText t;
  t.folded.reserve(bytes.size() - begin);
  t.to_orig.reserve(bytes.size() - begin + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = static_cast<int32_t>(begin);
  while (i < n) {
    uint8_t b = s[i];
    // Fast path: an ASCII byte is a chunk of its own when what follows does not combine with it
    // (another ASCII byte, the end, or a code point with a normalization boundary before it).
    // (Tab and form feed before a non-ASCII character keep the ICU path, which leaves them as they are.)
    if (b < 0x80 && (i + 1 >= n || s[i + 1] < 0x80 || (b != '\t' && b != '\f' && StartsChunk(s, i + 1, n)))) {
      char c = static_cast<char>(b);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '\t' || c == '\f') c = ' ';
      t.folded.push_back(c);
      t.to_orig.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    // A chunk: one code point and every following code point that combines with it.
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    while (i < n) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(s, next, n, d);
      if (d < 0 || icu_->nfc->hasBoundaryBefore(d)) break;
      i = next;
    }
    const std::string& folded = FoldChunk(bytes.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    for (char fc : folded) {
      t.folded.push_back(fc);
      t.to_orig.push_back(static_cast<uint32_t>(start));
    }
  }
  t.to_orig.push_back(static_cast<uint32_t>(n));
  return t;
}

std::string TextNormalizer::Fold(std::string_view phrase) { return Normalize(phrase, 0).folded; }

}  // namespace contraste
