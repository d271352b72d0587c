// Numbers read from text or from rule files are doubles; an int is taken from one only when the
// double is finite, whole and in range. Casting a double outside int's range is undefined
// behaviour ("hace 99999999999 días" was one), so every such conversion asks this first.
//
//   if (!IsWholeIn(n.value, 1, kMaxCount)) return false;
//   int count = static_cast<int>(n.value);
#pragma once

#include <climits>
#include <cmath>

namespace contraste {

// True when `v` is a whole number in [lo, hi].
inline bool IsWholeIn(double v, double lo, double hi) {
  return std::isfinite(v) && v >= lo && v <= hi && v == std::floor(v);
}

// True when `v` is a whole number an int holds.
inline bool IsWholeInt(double v) { return IsWholeIn(v, INT_MIN, INT_MAX); }

}  // namespace contraste
