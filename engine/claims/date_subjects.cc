#include "claims/date_subjects.h"

namespace contraste {

namespace {

// Most link words between a happening and its date ("está convocada para el").
constexpr size_t kMostLinks = 5;
// Tokens between two dates that make them one list or range ("el 20 y el 27", "20-27").
constexpr size_t kListGap = 2;

// True when token i of `t` lies inside quotation marks the sentence opened before it.
bool InsideQuotes(const TokenRange& t, size_t i) {
  size_t quotes = 0;
  for (size_t k = t.begin; k < i; ++k) {
    if (t.At(k).kind == TokenKind::kPunct && t.Text(k) == "\"") ++quotes;
  }
  return quotes % 2 == 1;
}

// True when another date stands within kListGap tokens of `date`: one of a list or a range.
bool OneOfSeveral(const std::vector<Mention>& ms, const Mention& date) {
  for (const Mention& o : ms) {
    if (&o == &date || o.kind != MentionKind::kDate) continue;
    if (o.end_token <= date.begin_token && date.begin_token - o.end_token <= kListGap) return true;
    if (o.begin_token >= date.end_token && o.begin_token - date.end_token <= kListGap) return true;
  }
  return false;
}

// The occurrence word right before token `begin` or right at token `end` of a noun, or -1.
int WhichAround(const HappeningLexicon& lex, const TokenRange& t, size_t begin, size_t end) {
  PhraseTable::Match m;
  size_t start = 0;
  if (begin > t.begin && lex.which.LongestEndingAt(t, begin, &m, &start)) return m.id;
  if (lex.which.LongestAt(t, end, &m)) return m.id;
  return -1;
}

bool SaysRecurring(const HappeningLexicon& lex, const TokenRange& t) {
  PhraseTable::Match m;
  for (size_t i = t.begin; i < t.end; ++i) {
    if (lex.recurring.LongestAt(t, i, &m)) return true;
  }
  return false;
}

}  // namespace

std::string DateHappening(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& date) {
  const HappeningLexicon& lex = lang.happenings;
  if (lex.empty() || date.kind != MentionKind::kDate || date.temporal.kind == TemporalKind::kPeriod) return "";
  if (InsideQuotes(t, date.begin_token) || OneOfSeveral(ms, date)) return "";
  // Back over the links to the nearest content word; an end word on the way makes the date an end.
  PhraseTable::Match m;
  size_t at = date.begin_token, start = 0, links = 0;
  bool end = false;
  while (at > t.begin && links <= kMostLinks) {
    if (lex.ends.LongestEndingAt(t, at, &m, &start)) {
      end = true;
    } else if (!lex.links.LongestEndingAt(t, at, &m, &start)) {
      break;
    }
    at = start;
    ++links;
  }
  if (at <= t.begin || links > kMostLinks) return "";
  int id = -1, which = -1;
  if (lex.nouns.LongestEndingAt(t, at, &m, &start)) {
    // "la próxima jornada de huelga": the chain's first noun is the happening.
    size_t head = start, head_end = at;
    id = m.id;
    size_t link_start = 0;
    while (head > t.begin && lex.complement_links.LongestEndingAt(t, head, &m, &link_start) &&
           lex.nouns.LongestEndingAt(t, link_start, &m, &start)) {
      id = m.id;
      head_end = link_start;
      head = start;
    }
    which = WhichAround(lex, t, head, head_end);
  } else if (end && lex.verbs.LongestEndingAt(t, at, &m, &start)) {
    // A verb's own date is its frame's (frames.yaml triggers: "han firmado este miércoles"); what
    // frames lack is the end of what it sets up ("firma hasta 2031").
    id = m.id;
  } else {
    return "";
  }
  if (which < 0 && SaysRecurring(lex, t)) return "";
  std::string key = lex.ids[static_cast<size_t>(id)];
  if (which >= 0) key.append("/").append(lex.which_ids[static_cast<size_t>(which)]);
  if (end) key.append("@end");
  return key;
}

}  // namespace contraste
