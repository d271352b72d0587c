// What the benchmark programs measure with: CPU seconds of the process (all threads), wall
// seconds, and the peak resident set size.
#pragma once

#include <sys/resource.h>

#include <chrono>
#include <ctime>

namespace contraste::bench {

inline double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

inline double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// getrusage's ru_maxrss, in KiB on Linux, as MiB; it only grows.
inline double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace contraste::bench
