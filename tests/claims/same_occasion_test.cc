// A visit and a meeting held during it are one occasion (frames.yaml `same_occasion`): their
// dates are compared, nothing else is, and different events that share a month or a person stay
// apart. A trigger that refers back ("la anterior visita") takes the participants of the earlier
// mention of its frame.
#include <doctest/doctest.h>

#include <set>

#include "diff/cli_process.h"
#include "lang/language.h"
#include "text/normalizer.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// Shoigú's March trip as the two seed articles tell it (corpus/002 line 11, corpus/003 line 9).
const char* kMeetingInMarch =
    "Esta fue la segunda visita de Shoigú a Corea del Norte en poco más de dos meses. En marzo, Shoigú y Kim se "
    "reunieron para discutir el inicio del diálogo entre Rusia y Estados Unidos.";
const char* kPreviousVisit =
    "Es la segunda visita del secretario de Seguridad ruso a Pionyang en más de dos meses para conversar sobre su "
    "acuerdo de defensa. La anterior visita fue el 21 de marzo, en la que Shoigú representó por vez primera al "
    "presidente ruso, Vladimir Putin, para tratar el inicio de las negociaciones entre Rusia y Estados Unidos.";
const char* kJuneMeeting = "La reunión entre Kim Jong-un y Serguéi Shoigú se realizó el miércoles en Pionyang.";

const Claim* ClaimQuoting(const Analysis& a, const std::string& doc, const std::string& quote) {
  for (const Claim& c : a.claims) {
    if (a.documents[c.doc].id == doc && c.quote == quote) return &c;
  }
  return nullptr;
}

std::vector<const Finding*> FindingsOf(const Analysis& a, const std::string& slot) {
  std::vector<const Finding*> out;
  for (const Finding& f : a.findings) {
    if (f.slot == slot) out.push_back(&f);
  }
  return out;
}

// The (document, quote) pairs a finding cites.
std::set<std::pair<std::string, std::string>> Cited(const Analysis& a, const Finding& f) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& fc : f.claims) out.insert({a.documents[a.claims[fc.claim].doc].id, a.claims[fc.claim].quote});
  return out;
}

}  // namespace

TEST_CASE("a meeting 'en marzo' and the visit 'el 21 de marzo' are one occasion: their dates agree") {
  Analysis a = Analyze({Doc("a", std::string(kMeetingInMarch) + " " + kJuneMeeting, "2025-06-05"),
                        Doc("b", std::string(kPreviousVisit) + " " + kJuneMeeting, "2025-06-05")});
  const Claim* month = ClaimQuoting(a, "a", "marzo");
  const Claim* day = ClaimQuoting(a, "b", "21 de marzo");
  REQUIRE(month != nullptr);
  REQUIRE(day != nullptr);
  CHECK(month->frame == "meeting");
  CHECK(day->frame == "visit");
  // "La anterior visita" is Shoigú's (the visit named before it), not Putin's, whom he represented.
  CHECK(day->participants == std::vector<std::string>{"sergei-shoigu"});
  CHECK(month->event == day->event);
  CHECK(day->event_label == "visita / reunión: Kim Jong Un, Serguéi Shoigú (2025-03-21)");

  std::vector<const Finding*> dates = FindingsOf(a, "date");
  REQUIRE(dates.size() == 2);
  const Finding* march = nullptr;
  const Finding* june = nullptr;
  for (const Finding* f : dates) (f->event == day->event ? march : june) = f;
  REQUIRE(march != nullptr);
  REQUIRE(june != nullptr);
  CHECK(march->kind == "agreement");
  CHECK(Cited(a, *march) == std::set<std::pair<std::string, std::string>>{{"a", "marzo"}, {"b", "21 de marzo"}});
  // The June meeting (2025-06-04) shares the month's person, not its date: it stays its own event.
  CHECK(june->kind == "agreement");
  CHECK(june->event_label.rfind("reunión: Kim Jong Un, Serguéi Shoigú", 0) == 0);
  CHECK(Cited(a, *june) == std::set<std::pair<std::string, std::string>>{{"a", "el miércoles"}, {"b", "el miércoles"}});
  // The visit's ordinal and time since the previous one stay the visit's.
  for (const Claim& c : a.claims) {
    if (c.slot == "ordinal" || c.slot == "since_previous") CHECK(c.event_label.rfind("visita: ", 0) == 0);
  }
}

TEST_CASE("a visit and a meeting of the same person in different months or years stay separate") {
  struct Row {
    const char* what;
    const char* meeting;
    const char* visit;
  };
  const Row rows[] = {
      {"different months", "En marzo, Shoigú y Kim se reunieron en Pionyang.", "La visita de Shoigú fue el 4 de junio."},
      {"March of another year", "En marzo de 2024, Shoigú y Kim se reunieron en Pionyang.",
       "La visita de Shoigú fue el 21 de marzo."},
      {"another person", "En marzo, Putin y Kim se reunieron en Pionyang.", "La visita de Shoigú fue el 21 de marzo."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    Analysis a = Analyze({Doc("a", row.meeting, "2025-06-05"), Doc("b", row.visit, "2025-06-05")});
    CHECK(FindingsOf(a, "date").empty());
    std::set<std::string> events;
    for (const Claim& c : a.claims) {
      if (c.slot == "date") events.insert(c.event);
    }
    CHECK(events.size() == 2);
  }
}

TEST_CASE("a month that fits two visits links to neither") {
  // Two visits of Shoigú in March, 18 days apart, are two events; a meeting "en marzo" could be
  // either, so it is compared with neither.
  Analysis a = Analyze({Doc("a", "En marzo, Shoigú y Kim se reunieron en Pionyang.", "2025-06-05"),
                        Doc("b", "La visita de Shoigú fue el 3 de marzo.", "2025-06-05"),
                        Doc("c", "La visita de Shoigú fue el 21 de marzo.", "2025-06-05")});
  const Claim* month = ClaimQuoting(a, "a", "marzo");
  REQUIRE(month != nullptr);
  CHECK(month->event_label.rfind("reunión: ", 0) == 0);
  CHECK(FindingsOf(a, "date").empty());
}

TEST_CASE("a visit's duration and a meeting's duration are never compared, even on one occasion") {
  Analysis a = Analyze({Doc("a", "El 21 de marzo, Shoigú y Kim celebraron una reunión de dos horas.", "2025-06-05"),
                        Doc("b", "Shoigú inició el 21 de marzo una visita de tres días.", "2025-06-05")});
  const Claim* hours = ClaimQuoting(a, "a", "dos horas");
  const Claim* days = ClaimQuoting(a, "b", "tres días");
  REQUIRE(hours != nullptr);
  REQUIRE(days != nullptr);
  CHECK(hours->event != days->event);
  CHECK(FindingsOf(a, "duration").empty());
  // The same two articles agree on the date: they are one occasion.
  std::vector<const Finding*> dates = FindingsOf(a, "date");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0]->kind == "agreement");
}

TEST_CASE("a back reference takes the earlier mention's participants only when its clause names nobody") {
  struct Row {
    const char* what;
    const char* text;
    std::vector<std::string> participants;  // of the claim quoting "21 de marzo"
  };
  const Row rows[] = {
      {"'la anterior visita' after a visit of Shoigú",
       "Es la segunda visita de Shoigú a Pionyang. La anterior visita fue el 21 de marzo, en la que representó a Putin.",
       {"sergei-shoigu"}},
      {"'la visita previa', the word after the trigger",
       "Es la segunda visita de Shoigú a Pionyang. La visita previa fue el 21 de marzo, en la que Putin no estuvo.",
       {"sergei-shoigu"}},
      {"the clause names the visitor", "Es la segunda visita de Shoigú a Pionyang. La anterior visita de Putin fue el 21 de marzo.",
       {"vladimir-putin"}},
      {"no back reference: the people of the sentence",
       "Es la segunda visita de Shoigú a Pionyang. La visita fue el 21 de marzo, en la que representó a Putin.",
       {"vladimir-putin"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    Analysis a = Analyze({Doc("a", row.text, "2025-06-05")});
    const Claim* day = ClaimQuoting(a, "a", "21 de marzo");
    REQUIRE(day != nullptr);
    CHECK(day->frame == "visit");
    CHECK(day->participants == row.participants);
  }
}

TEST_CASE("same_occasion naming an unknown frame or a slot a frame does not take is an error with file:line:col") {
  struct Row {
    const char* what;
    const char* replacement;  // for "same_occasion: {meeting: [date]}"
    const char* message;
    int column;  // of the key or slot the message is about, on the same_occasion line
  };
  const std::string original = "same_occasion: {meeting: [date]}";
  const Row rows[] = {
      {"unknown frame", "same_occasion: {meting: [date]}",
       "frame 'visit' names unknown frame 'meting' in same_occasion (valid: meeting, ceremony, visit", 21},
      {"a slot the visit does not take", "same_occasion: {meeting: [date, venue]}",
       "names slot 'venue', which frame 'visit' does not take", 37},
      {"an unknown slot", "same_occasion: {meeting: [dates]}", "names slot 'dates', which frame 'visit' does not take", 31},
      {"itself", "same_occasion: {visit: [date]}", "frame 'visit' names itself in same_occasion", 21},
      {"not a map", "same_occasion: [meeting]", "'same_occasion' must be a map of frame id to a list of slots", 20},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    TempDir dir;
    CopyRules(dir.path / "rules");
    const fs::path frames = dir.path / "rules" / "es" / "frames.yaml";
    const std::string text = ReadFileOrEmpty(frames.string());
    const size_t at = text.find(original);
    REQUIRE(at != std::string::npos);
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    REQUIRE(ReplaceInFile(frames, original, row.replacement));
    TextNormalizer normalizer;
    auto lang = LoadLanguage((dir.path / "rules" / "es").string(), "es", normalizer);
    REQUIRE_FALSE(lang);
    CAPTURE(lang.error().ToString());
    CHECK(lang.error().file == frames.string());
    CHECK(lang.error().line == line);
    CHECK(lang.error().column == row.column);
    CHECK(lang.error().message.find(row.message) != std::string::npos);
  }
}

TEST_CASE("the repository's frames declare a visit and a meeting one occasion in the date only") {
  const Language& lang = *SharedEngine().FindLanguage("es");
  const Frame* visit = nullptr;
  for (const Frame& f : lang.frames) {
    if (f.id == "visit") visit = &f;
  }
  REQUIRE(visit != nullptr);
  REQUIRE(visit->same_occasion.size() == 1);
  CHECK(visit->same_occasion[0].frame == "meeting");
  CHECK(visit->same_occasion[0].slots == std::vector<std::string>{"date"});
}

TEST_CASE("a value before a coordinator belongs to the predicate before it, not to a trigger after it") {
  Analysis a = Analyze({DocIn("en", "d", "Eight Nordic and Baltic prime ministers met in Tallinn on Wednesday and signed a fund.")});
  const Claim* day = FindQuoting(a.claims, "Wednesday");
  REQUIRE(day != nullptr);
  CHECK(day->frame == "meeting");
  // Silent: with no trigger before it, the trigger after the coordinator still takes the value.
  Analysis after = Analyze({DocIn("en", "d", "On Wednesday the prime ministers arrived and signed a fund.")});
  const Claim* signed_day = FindQuoting(after.claims, "Wednesday");
  REQUIRE(signed_day != nullptr);
  CHECK(signed_day->frame == "signing");
}

TEST_CASE("figures of one sentence that name several years are each of the year nearest them") {
  Analysis a = Analyze({Doc("a", "El Banco Sabadell obtuvo un beneficio de 400 millones de euros en 2022 y de 520 millones de euros en 2023.",
                            "2024-02-02")});
  const Claim* earlier = ClaimQuoting(a, "a", "400 millones de euros");
  const Claim* later = ClaimQuoting(a, "a", "520 millones de euros");
  REQUIRE(earlier != nullptr);
  REQUIRE(later != nullptr);
  CHECK(earlier->measure == "profit");
  CHECK(earlier->event != later->event);
  CHECK(earlier->event_label.find("2022") != std::string::npos);
  CHECK(later->event_label.find("2023") != std::string::npos);
  // Silent: one year in the sentence dates every figure of it, even one far from it.
  Analysis one = Analyze({Doc("b", "En 2022 el Banco Sabadell obtuvo un beneficio de 400 millones de euros y unos ingresos de 2.000 millones de euros.",
                              "2024-02-02")});
  const Claim* profit = ClaimQuoting(one, "b", "400 millones de euros");
  const Claim* revenue = ClaimQuoting(one, "b", "2.000 millones de euros");
  REQUIRE(profit != nullptr);
  REQUIRE(revenue != nullptr);
  CHECK(profit->event == revenue->event);
  CHECK(revenue->event_label.find("2022") != std::string::npos);
}
