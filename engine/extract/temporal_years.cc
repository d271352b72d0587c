// TemporalReader: years and decades ("año 2000", "en 1961", "1961, 2000 y 2001", "década de 1940").
#include "extract/temporal_reader.h"

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

bool TemporalReader::Decade(size_t i, TemporalExpression* e) const {
  PhraseTable::Match m;
  if (!Phrase(lex_.decade_table, kDecadeFirst, i, &m)) return false;
  int y = 0, v = 0;
  size_t n = 0;
  if (YearAt(m.end, &y)) {
    if (y % 10 != 0) return false;
  } else if (DigitsAt(m.end, &v, &n) && n == 2 && v % 10 == 0) {
    y = 1900 + v;
  } else {
    return false;
  }
  e->kind = TemporalKind::kDecade;
  e->year = y;
  e->end_token = m.end + 1;
  return true;
}

bool TemporalReader::YearWithNoun(size_t i, TemporalExpression* e) const {
  int y = 0;
  if (!IsWord(i) || !tok_.Is(i, kYearNounWord) || !YearAt(i + 1, &y)) return false;
  e->kind = TemporalKind::kYear;
  e->year = y;
  e->end_token = i + 2;
  return true;
}

bool TemporalReader::BareYear(size_t i, TemporalExpression* e) const {
  int y = 0;
  if (i == t_.begin || !tok_.Is(i - 1, kYearCueWord) || !YearAt(i, &y)) return false;
  e->kind = TemporalKind::kYear;
  e->year = y;
  e->end_token = i + 1;
  return true;
}

}  // namespace contraste
