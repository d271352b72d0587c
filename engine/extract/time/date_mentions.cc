#include "extract/time/date_mentions.h"

#include <algorithm>
#include <utility>

#include "extract/time/date_resolver.h"
#include "extract/time/temporal_recognizer.h"

namespace contraste {

namespace {

bool IsValueMention(MentionKind k) {
  return k == MentionKind::kNumber || k == MentionKind::kOrdinal || k == MentionKind::kYear ||
         k == MentionKind::kDayOfMonth || k == MentionKind::kQuantity || k == MentionKind::kDuration;
}

bool IsClauseBreak(std::string_view t) { return t == "," || t == ";" || t == ":"; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

namespace {

void AddFoundDates(std::vector<TemporalExpression> found, std::vector<Mention>* mentions) {
  if (found.empty()) return;
  auto inside_date = [&](const Mention& m) {
    if (!IsValueMention(m.kind)) return false;
    for (const auto& e : found) {
      if (m.begin_token < e.end_token && e.begin_token < m.end_token) return true;
    }
    return false;
  };
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(), inside_date), mentions->end());
  for (auto& e : found) {
    Mention m;
    m.kind = MentionKind::kDate;
    m.begin_token = m.number_token = e.begin_token;
    m.end_token = e.end_token;
    m.unit = TemporalKindName(e.kind);
    m.temporal = std::move(e);
    mentions->push_back(std::move(m));
  }
}

}  // namespace

void AddDateMentions(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions) {
  AddFoundDates(RecognizeTemporal(lang, text), mentions);
}

void AddDateMentions(const Language& lang, const TokenRange& text, const SentenceNumbers& numbers,
                     std::vector<Mention>* mentions) {
  AddFoundDates(RecognizeTemporal(lang, text, numbers), mentions);
}

bool ClauseLooksForward(const Language& lang, const Document& doc, const AnalyzedText& text,
                        const TokenRange& t, size_t begin, size_t end) {
  size_t b = begin, e = end;
  while (b > t.begin && !IsClauseBreak(t.Text(b - 1))) --b;
  while (e < t.end && !IsClauseBreak(t.Text(e))) ++e;
  const TemporalLexicon& lex = lang.temporal;
  for (size_t k = b; k < e; ++k) {
    if (k >= begin && k < end) continue;
    PhraseTable::Match m;
    if (lex.forward_table.LongestAt(t, k, &m)) return true;
    if (t.At(k).kind != TokenKind::kWord) continue;
    size_t ob = text.OrigBegin(k), oe = text.OrigEnd(k);
    std::string_view word(doc.bytes.data() + ob, oe - ob);
    for (const auto& ending : lex.forward_endings) {
      if (word.size() >= ending.size() + 2 && EndsWith(word, ending)) return true;
    }
  }
  return false;
}

void ResolveDateMentions(const Language& lang, const Document& doc, const AnalyzedText& text,
                         std::vector<std::vector<Mention>>* per_sentence) {
  for (size_t si = 0; si < per_sentence->size() && si < text.sentences.size(); ++si) {
    const TokenRange t = text.SentenceTokens(text.sentences[si]);
    for (Mention& m : (*per_sentence)[si]) {
      if (m.kind != MentionKind::kDate) continue;
      // A range closer with no opening ("hasta el jueves", "until Thursday", "until at least
      // Thursday": date_periods.yaml bare_range_closers, a hedge between) runs from now to the date:
      // a bound ahead, whatever the verb's tense.
      // (A closer may itself be a hedge: "hasta 12 kilómetros".)
      auto closer_before = [&](size_t at) { return at > t.begin && lang.date_periods.bare_range_closers.Contains(t, at - 1); };
      bool forward = closer_before(m.begin_token);
      PhraseTable::Match hedge;
      if (size_t start = 0; !forward && m.begin_token > t.begin && lang.hedge_table.LongestEndingAt(t, m.begin_token, &hedge, &start)) {
        forward = closer_before(start);
      }
      forward = forward || ClauseLooksForward(lang, doc, text, t, m.begin_token, m.end_token);
      ResolvedDate r = ResolveTemporal(m.temporal, doc.published, forward);
      m.unit = DateGranularityName(r.granularity);
      if (!r.resolved) {
        m.normalized.clear();
        m.unit = r.problem;
        m.interval = Interval{0, 0, true, true};
        continue;
      }
      m.normalized = r.normalized;
      m.interval = Interval::Between(static_cast<double>(r.FirstDay()), static_cast<double>(r.LastDay()));
    }
  }
}

}  // namespace contraste
