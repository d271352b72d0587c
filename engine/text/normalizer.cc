#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/ascii_run.h"

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

// Folds the ASCII bytes s[from, to), each a chunk of its own, onto the end of `t`.
void AppendAscii(const uint8_t* s, int32_t from, int32_t to, NormalizedText* t) {
  const size_t at = t->folded.size();
  const size_t count = static_cast<size_t>(to - from);
  t->folded.resize(at + count);
  t->to_orig.resize(at + count);
  char* out = t->folded.data() + at;
  uint32_t* orig = t->to_orig.data() + at;
  for (size_t k = 0; k < count; ++k) {
    char c = static_cast<char>(s[static_cast<size_t>(from) + k]);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '\t' || c == '\f') c = ' ';
    out[k] = c;
    orig[k] = static_cast<uint32_t>(from) + static_cast<uint32_t>(k);
  }
}

}  // namespace

bool TextNormalizer::StartsChunk(const uint8_t* s, int32_t i, int32_t n) const {
  UChar32 d;
  U8_NEXT(s, i, n, d);
  return d >= 0 && icu_->nfc->hasBoundaryBefore(d);
}

const std::string& TextNormalizer::FoldChunk(std::string_view chunk) {
  // A two-byte code point alone (most accented letters) is looked up by its value.
  if (chunk.size() == 2) {
    const auto lead = static_cast<uint8_t>(chunk[0]);
    const auto trail = static_cast<uint8_t>(chunk[1]);
    if ((lead & 0xE0) == 0xC0 && (trail & 0xC0) == 0x80) {
      const size_t cp = (static_cast<size_t>(lead & 0x1F) << 6) | (trail & 0x3F);
      if (two_byte_cache_.empty()) two_byte_cache_.resize(kTwoByteCodePoints, nullptr);
      const std::string*& slot = two_byte_cache_[cp];
      if (!slot) slot = &FoldChunkUncached(chunk);
      return *slot;
    }
  }
  return FoldChunkUncached(chunk);
}

const std::string& TextNormalizer::FoldChunkUncached(std::string_view chunk) {
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
    // Fast path: an ASCII byte is a chunk of its own when what follows does not combine with it
    // (another ASCII byte, the end, or a code point with a normalization boundary before it).
    // (Tab and form feed before a non-ASCII character keep the ICU path, which leaves them as they are.)
    // A run of ASCII bytes is folded at once; only its last byte may start a longer chunk.
    const int32_t run_end = AsciiRunEnd(s, i, n);
    if (run_end > i) {
      int32_t last = run_end - 1;
      const bool last_alone = run_end >= n || (s[last] != '\t' && s[last] != '\f' && StartsChunk(s, run_end, n));
      const int32_t simple_end = last_alone ? run_end : last;
      AppendAscii(s, i, simple_end, &t);
      i = simple_end;
      if (i == run_end) continue;
      // Else the run's last byte combines with what follows: a chunk of its own below.
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
