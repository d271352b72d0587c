#include "extract/names/name_finder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace contraste {

namespace {

bool IsHyphen(const TokenRange& t, size_t i) { return t.At(i).kind == TokenKind::kPunct && t.Text(i) == "-"; }

bool IsCapitalizedWord(const NameContext& ctx, const TokenRange& t, size_t i) {
  return i >= t.begin && i < t.end && t.At(i).kind == TokenKind::kWord && IsCapitalized(ctx, i);
}

// Entities matched only when capitalized (Entity::capitalized_only) are dropped where the text
// writes them in lowercase or inside a longer name: a capitalized word right before them or before
// the connectors before them ("Real Zaragoza", "Universidad de Granada"; not the sentence's opening
// word of `not_starts`: "En Valencia"), or right after them ("Aragón Radio").
void DropUncapitalizedEntities(const Language& lang, const NameContext& ctx, const TokenRange& t,
                               std::vector<Mention>* mentions) {
  auto drop = [&](const Mention& m) {
    if (m.kind != MentionKind::kEntity || m.ref < 0 || !lang.entities[static_cast<size_t>(m.ref)].capitalized_only) return false;
    if (!IsCapitalized(ctx, m.begin_token)) return true;
    // The word before it, over the connectors a name holds ("Universidad de Granada").
    size_t before = m.begin_token;
    for (size_t n = 0; before > t.begin && n <= lang.names.max_connectors; ++n) {
      --before;
      if (t.At(before).kind != TokenKind::kWord || IsCapitalized(ctx, before) || !lang.names.connectors.Contains(t, before)) break;
    }
    if (before < m.begin_token && IsCapitalizedWord(ctx, t, before)) {
      size_t first_word = t.begin;
      while (first_word < t.end && t.At(first_word).kind == TokenKind::kPunct) ++first_word;
      if (before != first_word || !lang.names.not_starts.Contains(t, before)) return true;
    }
    return IsCapitalizedWord(ctx, t, m.end_token);
  };
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), drop), mentions->end());
  for (Mention& m : *mentions) {
    if (m.kind == MentionKind::kEntity && m.ref >= 0 && lang.entities[static_cast<size_t>(m.ref)].capitalized_only) {
      m.surface = UnknownNameId(t, m.begin_token, m.end_token);
    }
  }
}

// Whether a gazetteer place starts at token `at`: a capitalized word right before it names a body's
// branch there ("Asaja Alicante", "Cruz Roja Valencia").
bool OpensBranchOfPlace(const Language& lang, const std::vector<Mention>& mentions, size_t at) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.kind == MentionKind::kEntity && m.begin_token == at && m.ref >= 0 &&
           lang.kinds.IsA(lang.entities[static_cast<size_t>(m.ref)].kind, "place");
  });
}

}  // namespace

NameContext NameContextOf(const Document& doc, const AnalyzedText& text) {
  NameContext ctx;
  ctx.doc = &doc;
  ctx.text = &text;
  return ctx;
}

bool WrittenInLowercase(const NameContext& ctx, const TokenRange& tokens, size_t token) {
  const uint32_t hash = tokens.Hash(token);
  const std::string_view word = tokens.Text(token);
  const std::string_view folded = ctx.text->norm.folded;
  const std::vector<Token>& all = ctx.text->tokens;
  for (size_t i = 0; i < all.size(); ++i) {
    const Token& t = all[i];
    if (t.hash != hash || t.kind != TokenKind::kWord || folded.substr(t.begin, t.end - t.begin) != word) continue;
    if (!IsCapitalized(ctx, i)) return true;
  }
  return false;
}

bool WrittenAsNameInside(const NameContext& ctx, const TokenRange& tokens, size_t token) {
  const uint32_t hash = tokens.Hash(token);
  const std::string_view word = tokens.Text(token);
  const std::string_view folded = ctx.text->norm.folded;
  const std::vector<Token>& all = ctx.text->tokens;
  const std::string& bytes = ctx.doc->bytes;
  const size_t headline_end = std::min(bytes.find('\n', ctx.doc->body_offset), bytes.size());
  bool inside = false;
  for (size_t i = 0; i < all.size(); ++i) {
    const Token& t = all[i];
    if (t.hash != hash || t.kind != TokenKind::kWord || folded.substr(t.begin, t.end - t.begin) != word) continue;
    if (!IsCapitalized(ctx, i)) return false;
    if (inside || i == 0 || i == token || ctx.text->OrigBegin(i) < headline_end) continue;
    const Token& before = all[i - 1];
    inside = before.kind == TokenKind::kWord || folded.substr(before.begin, before.end - before.begin) == ",";
  }
  return inside;
}

bool IsCapitalized(const NameContext& ctx, size_t token) {
  const std::string& bytes = ctx.doc->bytes;
  size_t at = ctx.text->OrigBegin(token);
  if (at >= bytes.size()) return false;
  // ASCII (most letters of a Spanish text): only A-Z are upper or title case.
  const unsigned char first = static_cast<unsigned char>(bytes[at]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  int32_t i = static_cast<int32_t>(at);
  int32_t length = static_cast<int32_t>(std::min(bytes.size(), at + 8));
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data()), i, length, c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

std::string UnknownNameId(const TokenRange& tokens, size_t begin, size_t end) {
  std::string id = "name:";
  bool first = true;
  for (size_t i = begin; i < end; ++i) {
    if (tokens.At(i).kind == TokenKind::kPunct) continue;
    if (!first) id += ' ';
    id += EntityKey(tokens.Text(i));
    first = false;
  }
  return id;
}

namespace {

// True when every letter of token `token` is uppercase in the original text, and it has two or more.
bool WrittenInCapitals(const NameContext& ctx, size_t token) {
  const std::string_view bytes = ctx.doc->bytes;
  const size_t b = ctx.text->OrigBegin(token), e = std::min(ctx.text->OrigEnd(token), bytes.size());
  size_t letters = 0;
  for (int32_t i = static_cast<int32_t>(b); i < static_cast<int32_t>(e);) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data()), i, static_cast<int32_t>(e), c);
    if (c < 0 || !u_isalpha(c)) continue;
    if (!u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

// A number written in digits right between two names is part of a designation, no amount: "Boeing
// 787 Dreamliner", "el Airbus 350 XWB", "Apolo 11 Saturno". Its quantity or number mention is
// dropped, so "la compra de Boeing 787 Dreamliner" counts no 787 aircraft. Not between two words
// in capitals: a headline in capitals ("DESTRUIR 63 LABORATORIOS") makes every word look like a name.
void DropDesignationNumbers(const NameContext& ctx, const TokenRange& t, std::vector<Mention>* mentions) {
  auto entity_where = [&](size_t Mention::*token, size_t at) {
    return std::any_of(mentions->begin(), mentions->end(),
                       [&](const Mention& e) { return e.kind == MentionKind::kEntity && e.*token == at; });
  };
  std::erase_if(*mentions, [&](const Mention& m) {
    if (m.kind != MentionKind::kQuantity && m.kind != MentionKind::kNumber) return false;
    const size_t n = m.number_token;
    return m.begin_token == n && n > t.begin && n + 1 < t.end && t.At(n).kind == TokenKind::kNumber &&
           entity_where(&Mention::end_token, n) && entity_where(&Mention::begin_token, n + 1) &&
           !(WrittenInCapitals(ctx, n - 1) && WrittenInCapitals(ctx, n + 1));
  });
}

}  // namespace

void AddUnknownNames(const Language& lang, const NameContext& ctx, const Sentence& sentence,
                     std::vector<Mention>* mentions) {
  const TokenRange t = ctx.text->SentenceTokens(sentence);
  DropUncapitalizedEntities(lang, ctx, t, mentions);
  std::vector<bool> covered(t.end - t.begin, false);
  // Entities and dates are no unknown names: languages that capitalize month and weekday names
  // ("on Monday", "June 1") would make them names otherwise.
  for (const Mention& m : *mentions) {
    // A unit glued to its number ("46.8C", "116F") is no name either.
    if (m.kind == MentionKind::kQuantity && m.end_token > m.number_token + 1 && m.end_token <= t.end &&
        t.At(m.end_token - 1).begin == t.At(m.end_token - 2).end) {
      covered[m.end_token - 1 - t.begin] = true;
      continue;
    }
    if (m.kind != MentionKind::kEntity && m.kind != MentionKind::kDate) continue;
    for (size_t k = m.begin_token; k < m.end_token && k < t.end; ++k) covered[k - t.begin] = true;
  }
  auto name_word = [&](size_t i) {
    return t.At(i).kind == TokenKind::kWord && !covered[i - t.begin] && IsCapitalized(ctx, i);
  };
  size_t first_word = t.begin;
  while (first_word < t.end && t.At(first_word).kind == TokenKind::kPunct) ++first_word;

  std::vector<Mention> found;
  for (size_t i = t.begin; i < t.end;) {
    if (!name_word(i)) {
      ++i;
      continue;
    }
    size_t start = i, last = i, j = i + 1;
    while (j < t.end) {
      if (name_word(j)) {
        last = j++;
        continue;
      }
      if (IsHyphen(t, j) && j + 1 < t.end && name_word(j + 1)) {
        ++j;
        continue;
      }
      size_t k = j, n = 0;
      while (k < t.end && n < lang.names.max_connectors && t.At(k).kind == TokenKind::kWord &&
             !IsCapitalized(ctx, k) && lang.names.connectors.Contains(t, k)) {
        ++k;
        ++n;
      }
      if (n > 0 && k < t.end && name_word(k)) {
        j = k;
        continue;
      }
      break;
    }
    i = last + 1;
    // A sentence (or a quote) opens with a capital: that word is only a name when never written in
    // lowercase.
    // A hyphen glued to the word joins a name ("Jong-un"); a dash with a space after it opens the
    // text after a dateline ("MYTILENE, March 10 (Wire) - At least 17...", "10 mar. - Al menos").
    bool opens = start == first_word ||
                 (t.At(start - 1).kind == TokenKind::kPunct && t.Text(start - 1) != "," &&
                  !(IsHyphen(t, start - 1) && t.At(start - 1).end == t.At(start).begin));
    // It must also be followed right away by another capitalized word ("Real Olmedo ganó"):
    // "Ayer", "Ganó el Deportivo Sarria" do not start with a name.
    // A lone opener is a name the document also writes inside a sentence ("Echeverría obtuvo",
    // after "la ventaja de Lucía Echeverría").
    bool lone_opener = opens && !(start + 1 <= last && name_word(start + 1));
    // A lone opener right before a known place is a body and its branch ("Asaja Alicante estima",
    // "Cáritas Valencia atendió"), when the document never writes it in lowercase.
    const bool names_branch = lone_opener && start == last && OpensBranchOfPlace(lang, *mentions, start + 1);
    if (opens && (lang.names.not_starts.Contains(t, start) ||
                  (lone_opener && !names_branch ? !WrittenAsNameInside(ctx, t, start) : WrittenInLowercase(ctx, t, start)))) {
      ++start;
      while (start <= last && (t.At(start).kind != TokenKind::kWord || !name_word(start))) ++start;
      if (start > last) continue;
    }
    Mention m;
    m.kind = MentionKind::kEntity;
    m.begin_token = m.number_token = start;
    m.end_token = last + 1;
    m.ref = -1;
    m.normalized = UnknownNameId(t, start, last + 1);
    size_t ob = ctx.text->OrigBegin(start), oe = ctx.text->OrigEnd(last);
    m.surface = ctx.doc->bytes.substr(ob, oe - ob);
    found.push_back(std::move(m));
  }
  if (!found.empty()) {
    for (auto& m : found) mentions->push_back(std::move(m));
    SortByFirstToken(mentions);
  }
  DropDesignationNumbers(ctx, t, mentions);
}

}  // namespace contraste
