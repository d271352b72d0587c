// A closed, open or half-open interval of real numbers, the shape every compared value takes.
//
//   Interval::Point(90)                 [90, 90]
//   Interval::Between(81, 99)           [81, 99]
//   Interval::Above(10000)              (10000, +inf)
//   a.Overlaps(b), a.Contains(b), a.Widened(0.05)
#pragma once

#include <limits>
#include <string>

namespace contraste {

struct Interval {
  double lo = 0;
  double hi = 0;
  bool lo_open = false;
  bool hi_open = false;

  static constexpr double kInf = std::numeric_limits<double>::infinity();

  static Interval Point(double v) { return {v, v, false, false}; }
  static Interval Between(double lo, double hi) { return {lo, hi, false, false}; }
  static Interval Above(double v) { return {v, kInf, true, true}; }
  static Interval AtLeast(double v) { return {v, kInf, false, true}; }
  static Interval Below(double v) { return {0, v, false, true}; }
  static Interval AtMost(double v) { return {0, v, false, false}; }

  bool IsPoint() const { return lo == hi && !lo_open && !hi_open; }
  bool IsBounded() const { return hi != kInf; }
  // True when some real number lies in both intervals.
  bool Overlaps(const Interval& other) const;
  // True when every number of `other` lies in this interval.
  bool Contains(const Interval& other) const;
  // The interval grown on both finite ends by `relative` of its bound (0.05 = 5%); open ends close.
  Interval Widened(double relative) const;
  // Multiplies both bounds by `factor` (> 0).
  Interval Scaled(double factor) const;
  // "[81, 99]", "(10000, inf)": for explanations and TSV output.
  std::string ToString() const;
};

}  // namespace contraste
