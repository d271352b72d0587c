#include "core/interval.h"

#include <fmt/format.h>

namespace contraste {

bool Interval::Overlaps(const Interval& o) const {
  // Max of the lower bounds against min of the upper bounds; an equal bound overlaps only if
  // both sides include it.
  double lo_v = lo;
  bool lo_o = lo_open;
  if (o.lo > lo || (o.lo == lo && o.lo_open)) {
    lo_v = o.lo;
    lo_o = o.lo_open || (o.lo == lo && lo_open);
  }
  double hi_v = hi;
  bool hi_o = hi_open;
  if (o.hi < hi || (o.hi == hi && o.hi_open)) {
    hi_v = o.hi;
    hi_o = o.hi_open || (o.hi == hi && hi_open);
  }
  if (lo_v < hi_v) return true;
  if (lo_v == hi_v) return !lo_o && !hi_o;
  return false;
}

bool Interval::Contains(const Interval& o) const {
  bool lo_ok = lo < o.lo || (lo == o.lo && (!lo_open || o.lo_open));
  bool hi_ok = hi > o.hi || (hi == o.hi && (!hi_open || o.hi_open));
  return lo_ok && hi_ok;
}

Interval Interval::Widened(double relative) const {
  Interval r = *this;
  if (relative <= 0) return r;
  r.lo = lo - lo * relative;
  r.lo_open = false;
  if (hi != kInf) {
    r.hi = hi + hi * relative;
    r.hi_open = false;
  }
  return r;
}

Interval Interval::Scaled(double factor) const {
  Interval r = *this;
  r.lo = lo * factor;
  if (hi != kInf) r.hi = hi * factor;
  return r;
}

std::string Interval::ToString() const {
  auto num = [](double v) {
    if (v == kInf) return std::string("inf");
    return fmt::format("{:g}", v);
  };
  return fmt::format("{}{}, {}{}", lo_open ? '(' : '[', num(lo), num(hi), hi_open ? ')' : ']');
}

}  // namespace contraste
