#include "claims/state_finder.h"

#include "claims/clause.h"

namespace contraste {

namespace {

bool IsQuoteMark(const TokenRange& t, size_t i) {
  return i >= t.begin && i < t.end && t.At(i).kind == TokenKind::kPunct && t.Text(i) == "\"";
}

// The value of measure `measure` stated around the action [begin, end): its words right after
// it, right before it, or (`phrases`) within the window after it in its clause, before any other
// action or coordinator. Sets [*from, *to) to the value's words.
bool FindValue(const StateLexicon& lex, const TokenRange& t, size_t begin, size_t end, size_t measure, size_t* value,
               size_t* from, size_t* to) {
  auto of_measure = [&](const PhraseTable::Match& m) {
    return lex.value_refs[static_cast<size_t>(m.id)].measure == measure;
  };
  PhraseTable::Match m{};
  if (lex.right_after.LongestAt(t, end, &m) && of_measure(m)) {
    *value = lex.value_refs[static_cast<size_t>(m.id)].value;
    *from = end;
    *to = m.end;
    return true;
  }
  size_t start = 0;
  for (const PhraseTable* before : {&lex.right_before, &lex.near_words}) {
    if (begin > t.begin && before->LongestEndingAt(t, begin, &m, &start) && of_measure(m)) {
      *value = lex.value_refs[static_cast<size_t>(m.id)].value;
      *from = start;
      *to = begin;
      return true;
    }
  }
  const size_t last = std::min(t.end, end + static_cast<size_t>(lex.window) + 1);
  for (size_t j = end; j < last; ++j) {
    if (IsClauseBreak(t, j)) return false;
    if (lex.near_words.LongestAt(t, j, &m) && of_measure(m)) {
      *value = lex.value_refs[static_cast<size_t>(m.id)].value;
      *from = j;
      *to = m.end;
      return true;
    }
    PhraseTable::Match other{};
    if (j > end && (lex.actions.LongestAt(t, j, &other) || lex.coordinators.LongestAt(t, j, &other))) return false;
  }
  return false;
}

enum class Framing { kStated, kDenied, kSupposed };

// Whether the words before `at` in its clause, within the negation window and after any
// coordinator, deny or only suppose the statement that starts there.
Framing FramingBefore(const StateLexicon& lex, const TokenRange& t, size_t at) {
  const size_t window = static_cast<size_t>(lex.negation_window);
  size_t first = at;
  while (first > t.begin && at - first < window && !IsClauseBreak(t, first - 1)) {
    PhraseTable::Match m{};
    if (lex.coordinators.LongestAt(t, first - 1, &m)) break;
    --first;
  }
  Framing framing = Framing::kStated;
  for (size_t k = first; k < at; ++k) {
    PhraseTable::Match m{};
    if (lex.hypotheticals.LongestAt(t, k, &m) && m.end <= at) return Framing::kSupposed;
    if (lex.negations.LongestAt(t, k, &m) && m.end <= at) framing = Framing::kDenied;
  }
  return framing;
}

}  // namespace

std::vector<StateMention> FindStates(const Language& lang, const TokenRange& t) {
  std::vector<StateMention> out;
  const StateLexicon& lex = lang.states;
  if (lex.empty()) return out;
  for (size_t i = t.begin; i < t.end; ++i) {
    PhraseTable::Match action{};
    if (!lex.actions.LongestAt(t, i, &action)) continue;
    const StateLexicon::ActionRef& ref = lex.action_refs[static_cast<size_t>(action.id)];
    size_t value = 0, from = 0, to = 0;
    if (!FindValue(lex, t, i, action.end, ref.measure, &value, &from, &to)) continue;
    const size_t begin = std::min(i, from);
    const size_t end = std::max(action.end, to);
    i = end - 1;
    // Words set in quotation marks alone are cited: «cierre para siempre».
    if (IsQuoteMark(t, begin - 1) && IsQuoteMark(t, end)) continue;
    const StateMeasure& measure = lex.measures[ref.measure];
    switch (FramingBefore(lex, t, begin)) {
      case Framing::kSupposed: continue;
      case Framing::kDenied: {
        const int negated = measure.negated[value];
        if (negated < 0) continue;
        value = static_cast<size_t>(negated);
        break;
      }
      case Framing::kStated: break;
    }
    out.push_back({begin, end, ref.measure, value, ref.action});
  }
  return out;
}

}  // namespace contraste
