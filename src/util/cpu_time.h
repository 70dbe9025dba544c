// CPU time of the calling thread: a speed measured with it does not depend on what else the
// (shared) machine runs, as wall time does.
#pragma once

#include <ctime>

namespace marsad::util {

inline double thread_cpu_seconds() noexcept {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace marsad::util
