// TemporalReader: years and decades ("año 2000", "en 1961", "1961, 2000 y 2001", "década de 1940",
// "los años setenta", "la década 40").
#include "extract/time/temporal_reader.h"

#include "extract/numbers/number_words.h"

namespace contraste {

void TemporalReader::ContinueYearList(TemporalExpression* first, std::vector<TemporalExpression>* out) const {
  size_t j = first->end_token;
  std::vector<TemporalExpression> more;
  while (j + 1 < t_.end && (t_.Text(j) == "," || tok_.Is(j, kListConnectorWord))) {
    int year = 0;
    if (!YearAt(j + 1, &year)) break;
    TemporalExpression e;
    e.kind = TemporalKind::kYear;
    e.year = year;
    e.begin_token = j + 1;
    e.end_token = j + 2;
    e.in_list = true;
    more.push_back(e);
    j += 2;
  }
  if (more.empty()) return;
  first->in_list = true;
  out->insert(out->end(), more.begin(), more.end());
}

namespace {

bool IsNumberToken(const TokenRange& t, size_t i) { return i < t.end && t.At(i).kind == TokenKind::kNumber; }

// A short form ("en los 70", "en los noventa"): a ten of the 1900s from 20 on, written as two
// digits or a word, after a year cue ("en"), with nothing counted after it: it ends the clause,
// or a list connector follows ("en los 70 y 80"); a comma followed by a number ("de los 70, 30
// eran mujeres") is a count.
// `i` is "los", `number` the ten's first token, `end` one past it; `ends_clause`: EndsClause(end).
bool ShortDecadeFits(const TemporalTokens& tok, const TokenRange& t, size_t i, size_t number, size_t end, int year,
                     bool ends_clause) {
  if (year < 1920 || year > 1990 || i == t.begin || !tok.Is(i - 1, kYearCueWord)) return false;
  if (IsNumberToken(t, number) && t.Text(number).size() != 2) return false;
  if (tok.Is(end, kListConnectorWord)) return true;
  if (!ends_clause) return false;
  return !(end < t.end && t.Text(end) == "," && IsNumberToken(t, end + 1));
}

}  // namespace

bool TemporalReader::Decade(size_t i, TemporalExpression* e) const {
  PhraseTable::Match m;
  if (!Phrase(lex_.decade_table, kDecadeFirst, i, &m)) return false;
  int y = 0, v = 0;
  size_t n = 0, end = m.end + 1;
  bool words = false;  // a decade in words with its century, or "the '40s": a decade wherever it stands
  if (YearAt(m.end, &y)) {
    if (y % 10 != 0) return false;
  } else if (DigitsAt(m.end, &v, &n) && n == 2 && v % 10 == 0) {
    y = 1900 + v;
  } else if (size_t after = 0; DigitsAt(m.end, &v, &n) && n == 4 && v % 10 == 0 && DecadeSuffixAt(m.end + 1, &after)) {
    y = v;  // "1970s": the suffix keeps the digits from being a year
  } else if (DecadeWordsAt(m.end, &y, &end)) {
    // With its century ("the nineteen seventies") a decade wherever it stands; alone ("the
    // seventies") as cautious as the short form ("the tens of thousands" is no decade).
    words = end > m.end + 1;
  } else if (m.end + 1 < t_.end && (t_.Text(m.end) == "'" || t_.Text(m.end) == "\u2019") && Adjacent(m.end, m.end + 1) &&
             DigitsAt(m.end + 1, &v, &n) && n == 2 && v % 10 == 0 && DecadeSuffixAt(m.end + 2, &end)) {
    y = 1900 + v;  // "the '40s"
    words = true;
  } else if (WholeCardinalInWordsAt(m.end, &v, &end)) {
    // In words: "los años setenta" (a ten from 10 to 90: of the 1900s), "los años dos mil diez".
    if (v % 10 != 0 || !((v >= 10 && v <= 90) || (v >= 1000 && v <= 2990))) return false;
    y = v < 100 ? 1900 + v : v;
  } else {
    return false;
  }
  // A plural suffix glued to the digits makes them a decade whatever follows ("the 1970s", "the
  // 70's"): the short form's caution is for "los 70" alone.
  const bool suffixed = IsNumberToken(t_, m.end) && DecadeSuffixAt(end, &end);
  if (m.id == 1 && !suffixed && !words && !ShortDecadeFits(tok_, t_, i, m.end, end, y, EndsClause(end))) return false;
  e->kind = TemporalKind::kDecade;
  e->year = y;
  e->end_token = end;
  return true;
}

bool TemporalReader::DecadeWordsAt(size_t i, int* year, size_t* end) const {
  // The plural of a ten's cardinal, as nouns.yaml's lemma rules reduce it ("seventies" ->
  // "seventy", "tens" -> "ten"): a decade of the 1900s alone ("the seventies"), of the century
  // written before it otherwise ("the nineteen seventies", "the twenty-tens", "the two thousand
  // and tens").
  auto ten_at = [&](size_t k, int* ten) {
    if (!IsWord(k) || t_.Text(k).size() < 4 || NumberWordAt(lang_, t_, k) != nullptr) return false;
    const std::string lemma = lang_.Lemma(std::string(t_.Text(k)));
    const NumberWord* w = lemma.size() < t_.Text(k).size() ? lang_.number_words.Find(lemma) : nullptr;
    if (w == nullptr || (w->role != NumberRole::kTens && w->role != NumberRole::kTeen) || w->value < 10 ||
        w->value > 90 || static_cast<int>(w->value) % 10 != 0) {
      return false;
    }
    *ten = static_cast<int>(w->value);
    return true;
  };
  int ten = 0;
  if (ten_at(i, &ten)) {
    *year = 1900 + ten;
    *end = i + 1;
    return true;
  }
  int century = 0;
  size_t j = 0;
  if (!WholeCardinalInWordsAt(i, &century, &j)) return false;
  if (j < t_.end && (t_.Text(j) == "-" || tok_.Is(j, kListConnectorWord) || lang_.group_connectors.Contains(t_, j))) ++j;
  if (!ten_at(j, &ten)) return false;
  if (century >= 10 && century <= 29) *year = century * 100 + ten;
  else if (century >= 1000 && century <= 2900 && century % 100 == 0) *year = century + ten;
  else return false;
  *end = j + 1;
  return true;
}

bool TemporalReader::DecadeSuffixAt(size_t i, size_t* end) const {
  if (i >= t_.end || !Adjacent(i - 1, i)) return false;
  if (IsWord(i) && tok_.Is(i, kDecadeSuffixWord)) {
    *end = i + 1;
    return true;
  }
  // An apostrophe between the digits and the suffix ("70's").
  std::string_view mark = t_.Text(i);
  if ((mark == "'" || mark == "\u2019") && i + 1 < t_.end && Adjacent(i, i + 1) && IsWord(i + 1) &&
      tok_.Is(i + 1, kDecadeSuffixWord)) {
    *end = i + 2;
    return true;
  }
  return false;
}

bool TemporalReader::YearWithNoun(size_t i, TemporalExpression* e) const {
  int y = 0;
  if (!IsWord(i) || !tok_.Is(i, kYearNounWord)) return false;
  size_t end = i + 2;
  if (!YearAt(i + 1, &y)) {
    // "año dos mil sesenta y siete": a year in words from 1100 to 2999 that ends the clause, so
    // that "en un año mil quinientas personas" stays a count.
    if (!WholeCardinalInWordsAt(i + 1, &y, &end) || y < 1100 || y > 2999 || !EndsClause(end)) return false;
  }
  e->kind = TemporalKind::kYear;
  e->year = y;
  e->end_token = end;
  return true;
}

bool TemporalReader::BareYear(size_t i, TemporalExpression* e) const {
  int y = 0;
  size_t end = i + 1;
  if (i == t_.begin || !tok_.Is(i - 1, kYearCueWord)) return false;
  // In digits, or in words ending the clause: "in nineteen twenty eight", "en mil novecientos
  // veintiocho"; not after a number and its cue, the end of a range of numbers ("from one thousand
  // to one thousand and five hundred").
  if (!YearAt(i, &y)) {
    NumberMatch before;
    if (i >= t_.begin + 2 && (t_.At(i - 2).kind == TokenKind::kNumber || tok_.NumberAt(i - 2, &before))) return false;
    if (!WordsYearEndingClauseAt(i, &y, &end)) return false;
  }
  e->kind = TemporalKind::kYear;
  e->year = y;
  e->end_token = end;
  return true;
}

}  // namespace contraste
