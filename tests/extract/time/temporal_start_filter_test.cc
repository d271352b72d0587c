// RecognizeTemporal skips the tokens whose word classes cannot start a reading (MayStartAt of
// the single-date and period readers). Held to the reference that tries every token: the same
// expressions, field by field, on sentences that exercise every reading and on the articles of
// corpus/; and so is RecognizeTemporal reading numbers through a sentence's SentenceNumbers.
#include <doctest/doctest.h>

#include <sstream>

#include "extract/time/temporal_recognizer.h"
#include "start_filter_support.h"

using namespace contraste;
using contraste::testing::SumOverCorpusArticles;
using contraste::testing::SumOverSentences;

namespace {

void Describe(const TemporalExpression& e, std::ostream& out) {
  out << TemporalKindName(e.kind) << "[" << e.begin_token << "," << e.end_token << ") y" << e.year << " m" << e.month
      << " d" << e.day << " wd" << e.weekday << " dir" << e.direction << " u" << static_cast<int>(e.unit) << " off"
      << e.offset << " back" << e.back << " part" << static_cast<int>(e.part) << " s" << e.since << e.in_list
      << e.previous << e.loose << e.in_week << " nth" << e.nth << " wt" << e.weekday_token << " dt" << e.date_token;
  if (e.kind == TemporalKind::kPeriod) {
    const DatePeriod& p = e.period;
    out << " " << PeriodShapeName(p.shape) << " pu" << static_cast<int>(p.unit) << " i" << p.index << " c" << p.count
        << " o" << p.offset << " a" << p.anchored << " " << p.season_start << "/" << p.season_next << p.code;
  }
  out << " {";
  for (const auto& part : e.parts) Describe(part, out);
  out << "}";
}

std::string Describe(const std::vector<TemporalExpression>& es) {
  std::ostringstream out;
  for (const auto& e : es) {
    Describe(e, out);
    out << "\n";
  }
  return out.str();
}

// Checks every sentence of `text`; returns how many expressions were found.
size_t CheckSameAtEveryToken(const std::string& text) {
  return SumOverSentences(text, [](const Language& lang, const AnalyzedText& at, const TokenRange& range) {
    const std::vector<TemporalExpression> skipping = RecognizeTemporal(lang, range);
    CAPTURE(at.norm.folded.substr(at.tokens[range.begin].begin, at.tokens[range.end - 1].end - at.tokens[range.begin].begin));
    CHECK(Describe(skipping) == Describe(RecognizeTemporalAtEveryToken(lang, range)));
    // Numbers read through the sentence's parses (what the mention extractor hands over) give
    // the same expressions: the parses are shared, not changed.
    const SentenceNumbers numbers(lang, range);
    CHECK(Describe(skipping) == Describe(RecognizeTemporal(lang, range, numbers)));
    return skipping.size();
  });
}

const char* const kSentences[] = {
    "Desde principios de 2025 la cifra subió.",
    "La reunión será el próximo miércoles en Seúl.",
    "Llegaron el miércoles 19 de julio de 2000.",
    "Nos vimos el ju, 8 de feb en la embajada.",
    "El primer viernes de julio habrá elecciones.",
    "El segundo lunes de este mes cierra el plazo.",
    "Se proclamó el primero de octubre de 1949.",
    "El pacto se rubricó el treinta y uno de diciembre.",
    "La comisión se constituyó el vigésimo tercero de abril.",
    "La sesión quedó fijada para marzo doce.",
    "El envío salió el 9 del 2 desde Vladivostok.",
    "La comitiva llegó el 28.",
    "Hace dos meses se firmó el acuerdo y hace 24 años el anterior.",
    "En la década de 1940 y en los años 60 hubo hambrunas.",
    "En los años setenta, en la década 40 y en los 70 y 80 hubo hambrunas; los 70 heridos no.",
    "En los noventa, en los años dos mil diez y en las últimas semanas.",
    "En el año 2000 y en 1961, 2000 y 2001 hubo cumbres.",
    "Del 4 al 22 de mayo de 2017 se celebró la feria.",
    "Entre 2014 y 2018 creció, y de marzo a julio de 2022 cayó.",
    "Desde hoy hasta mañana hay huelga.",
    "La última semana de julio y el tercer trimestre de 2016 fueron malos.",
    "La segunda quincena de este mes y la primera mitad de 2016.",
    "El verano de 2016, la próxima primavera y este invierno.",
    "El fin de semana pasado y el próximo fin de semana.",
    "Los próximos 3 días, las últimas 2 semanas y los 3 días siguientes.",
    "El resto de la semana y lo que queda del año.",
    "La semana del 15 de septiembre y la semana del 18.",
    "A finales del próximo año y a mediados de verano.",
    "La semana pasada, el mes que viene y el año pasado.",
    "La próxima semana entre miércoles y viernes viajará.",
    "Viajará entre miércoles y viernes de la próxima semana.",
    "El informe del 30/11/2023, el 11/30/2023, el 2023/11/30 y el 7.3.2022.",
    "Lo publicaron el 03/05/98, partió el 28/12 y se vieron el 3-1.",
    "Cerró en 11/2016, abrió en 3.2015 y volvió en 2015-3.",
    "La semana 31 y la semana 3 de 2027.",
    "El mes de mayo, este septiembre, junio del próximo año y feb de dos mil dieciocho.",
    "El 2 de oct, nov, 2016 y el 12 de enero, 2016.",
    "El 22 de este mes y el 23 del próximo mes.",
    "Ayer, anteayer y pasado mañana, esta tarde y el día siguiente.",
    "Los sábados y cada lunes hay mercado.",
    "Su última visita fue en el año 2000.",
    "El 1ro de marzo, el 1º de mayo, el 2-oct y el 30 Sept.",
    "A comienzos de la próxima semana y a principios de mayo.",
    "Pasadas 3 semanas llegaron tres días siguientes.",
    "El viernes de esta semana y el 15 junio 2016.",
};

}  // namespace

TEST_CASE("skipping tokens by their word classes finds what trying every token finds") {
  for (const char* s : kSentences) {
    CAPTURE(s);
    CHECK(CheckSameAtEveryToken(s) > 0);  // each sentence holds at least one expression
  }
}

TEST_CASE("the articles of corpus/: the same expressions with and without skipping") {
  CHECK(SumOverCorpusArticles(CheckSameAtEveryToken) > 0);
}
