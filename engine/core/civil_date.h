// A calendar date without time zone (proleptic Gregorian), as printed in ISO 8601: 2024-06-19.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace contraste {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses exactly "YYYY-MM-DD" and checks that the day exists.
  static std::optional<CivilDate> Parse(std::string_view text);
  // Days since 1970-01-01 (negative before).
  long DaysSinceEpoch() const;
  std::string ToString() const;
  bool operator==(const CivilDate&) const = default;
  auto operator<=>(const CivilDate&) const = default;
};

int DaysInMonth(int year, int month);

}  // namespace contraste
