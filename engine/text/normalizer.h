// Normalizes an article once, at the boundary, and keeps the way back to the original bytes.
//
//   TextNormalizer normalizer;
//   NormalizedText t = normalizer.Normalize(doc.bytes, doc.body_offset);
//   // t.folded: "la cumbre duro unos 90 minutos" (NFC, case-folded, accents removed,
//   //           typographic quotes, dashes and spaces unified), for matching only;
//   // t.OrigBegin(i) / t.OrigEnd(j): the original byte span of folded bytes [i, j).
//
// Folding works on normalization chunks (a base character with its combining marks), so a
// folded span that starts and ends on chunk boundaries maps back to whole original characters.
// The folding is language-neutral: Unicode case folding and removal of nonspacing marks.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace contraste {

struct NormalizedText {
  std::string folded;
  // to_orig[i] = original byte offset where the chunk that produced folded byte i starts;
  // to_orig[folded.size()] = end of the normalized region.
  std::vector<uint32_t> to_orig;

  size_t OrigBegin(size_t folded_pos) const { return to_orig[folded_pos]; }
  // Original end of folded span [.., folded_end); folded_end must be on a chunk boundary.
  size_t OrigEnd(size_t folded_end) const { return to_orig[folded_end]; }
  // First folded position whose original offset is >= orig_pos.
  size_t FoldedPos(size_t orig_pos) const;
};

class TextNormalizer {
 public:
  TextNormalizer();
  ~TextNormalizer();
  TextNormalizer(const TextNormalizer&) = delete;
  TextNormalizer& operator=(const TextNormalizer&) = delete;

  // Normalizes bytes[begin..] (valid UTF-8). Offsets in to_orig are offsets into `bytes`.
  NormalizedText Normalize(std::string_view bytes, size_t begin = 0);

  // Folds a short phrase (lexicon entries, aliases) exactly as article text is folded.
  std::string Fold(std::string_view phrase);

 private:
  // The folded form of one chunk, cached: by code point for a two-byte chunk, else by its bytes.
  const std::string& FoldChunk(std::string_view chunk);
  const std::string& FoldChunkUncached(std::string_view chunk);
  // True when the code point at s[i] does not combine with what precedes it.
  bool StartsChunk(const uint8_t* s, int32_t i, int32_t n) const;
  // Chunks are looked up by string_view, without building a std::string per chunk.
  struct ChunkHash {
    using is_transparent = void;
    size_t operator()(std::string_view chunk) const noexcept { return std::hash<std::string_view>{}(chunk); }
  };
  struct Icu;
  std::unique_ptr<Icu> icu_;
  std::unordered_map<std::string, std::string, ChunkHash, std::equal_to<>> cache_;
  // Folded form of each two-byte code point (U+0080..U+07FF) seen alone, pointing into cache_
  // (whose elements never move); null until first seen.
  static constexpr size_t kTwoByteCodePoints = 0x800;
  std::vector<const std::string*> two_byte_cache_;
};

}  // namespace contraste
