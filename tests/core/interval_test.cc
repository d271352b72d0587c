#include <doctest/doctest.h>

#include "core/calendar.h"
#include "core/fingerprint.h"
#include "core/interval.h"

using contraste::CivilDate;
using contraste::Interval;

TEST_CASE("intervals overlap only where a number lies in both") {
  struct Row {
    Interval a, b;
    bool overlaps;
  };
  const Row rows[] = {
      {Interval::Between(81, 99), Interval::Between(108, 132), false},   // unos 90 min vs aprox. 2 h
      {Interval::Between(81, 99), Interval::Between(95, 132), true},
      {Interval::Between(1000, 999999), Interval::Above(10000), true},   // miles vs más de 10.000
      {Interval::Point(10000), Interval::Above(10000), false},           // open bound excludes
      {Interval::Point(10000), Interval::AtLeast(10000), true},          // closed bound includes
      {Interval::Below(10), Interval::Point(10), false},
      {Interval::AtMost(10), Interval::Point(10), true},
      {{2, 2.5, true, false}, Interval::Between(1.9, 2.1), true},        // poco más de dos vs dos ±5%
      {{2, 2.5, true, false}, Interval::Point(2), false},
      {Interval::Above(5), Interval::Above(1000), true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.a.ToString());
    CAPTURE(r.b.ToString());
    CHECK(r.a.Overlaps(r.b) == r.overlaps);
    CHECK(r.b.Overlaps(r.a) == r.overlaps);
  }
}

TEST_CASE("containment, widening and printing") {
  CHECK(Interval::Between(1000, 999999).Contains(Interval::Point(5000)));
  CHECK_FALSE(Interval::Point(5000).Contains(Interval::Between(1000, 999999)));
  CHECK(Interval::AtLeast(10).Contains(Interval::Above(10)));
  CHECK_FALSE(Interval::Above(10).Contains(Interval::AtLeast(10)));
  Interval w = Interval::Point(100).Widened(0.05);
  CHECK(w.lo == doctest::Approx(95));
  CHECK(w.hi == doctest::Approx(105));
  Interval open = Interval::Above(10).Widened(0.1);
  CHECK(open.lo == doctest::Approx(9));
  CHECK_FALSE(open.IsBounded());
  CHECK(Interval::Above(10000).ToString() == "(10000, inf)");
  CHECK(Interval::Between(81, 99).ToString() == "[81, 99]");
}

TEST_CASE("civil dates parse strictly and count days") {
  CHECK(CivilDate::Parse("2024-06-19").has_value());
  CHECK_FALSE(CivilDate::Parse("2024-02-30").has_value());
  CHECK(CivilDate::Parse("2024-02-29").has_value());
  CHECK_FALSE(CivilDate::Parse("2023-02-29").has_value());
  CHECK_FALSE(CivilDate::Parse("2024-6-19").has_value());
  CHECK(CivilDate::Parse("1970-01-01")->DaysSinceEpoch() == 0);
  CHECK(CivilDate::Parse("2025-06-05")->DaysSinceEpoch() - CivilDate::Parse("2024-06-19")->DaysSinceEpoch() == 351);
  CHECK(CivilDate::Parse("2000-07-19")->ToString() == "2000-07-19");
}

TEST_CASE("fingerprints are stable and short") {
  CHECK(contraste::ShortFingerprint("conflict|x").size() == 12);
  CHECK(contraste::ShortFingerprint("a") == contraste::ShortFingerprint("a"));
  CHECK(contraste::ShortFingerprint("a") != contraste::ShortFingerprint("b"));
  CHECK(contraste::Fnv1a64("") == 1469598103934665603ULL);
}
