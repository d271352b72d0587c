#include "claims/place_phrases.h"

namespace contraste {

namespace {

bool IsWordIn(const TokenRange& t, size_t i, const WordSet& set) {
  return i >= t.begin && i < t.end && t.At(i).kind == TokenKind::kWord && set.Contains(t, i);
}

const std::string* NounKindAt(const Language& lang, const TokenRange& t, size_t i) {
  if (i < t.begin || i >= t.end || t.At(i).kind != TokenKind::kWord) return nullptr;
  auto it = lang.places.nouns.find(std::string(t.Text(i)));
  return it == lang.places.nouns.end() ? nullptr : &it->second;
}

}  // namespace

std::string NounKindOf(const Language& lang, const TokenRange& t, const Mention& m) {
  if (lang.places.nouns.empty()) return "";
  if (m.end_token > m.begin_token + 1) {
    if (const std::string* kind = NounKindAt(lang, t, m.begin_token)) return *kind;
  }
  size_t i = m.begin_token;
  for (int links = 0; i > t.begin && links <= 2; ++links) {
    --i;
    if (const std::string* kind = NounKindAt(lang, t, i)) return *kind;
    if (!IsWordIn(t, i, lang.places.noun_links)) break;
  }
  return "";
}

bool IsMediaName(const Language& lang, const TokenRange& t, const Mention& m) {
  const WordSet& media = lang.places.media;
  if (media.empty()) return false;
  if (m.begin_token > t.begin && IsWordIn(t, m.begin_token - 1, media)) return true;
  for (size_t i = m.begin_token; i <= m.end_token && i < t.end; ++i) {
    if (IsWordIn(t, i, media)) return true;
  }
  return false;
}

}  // namespace contraste
