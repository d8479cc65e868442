#pragma once

#include <QtGlobal>

#include <ctime>

namespace MonotonicClock {

// CLOCK_MONOTONIC in ns: one clock for every process on the machine, so a child can be timed from its spawn.
inline qint64 nowNs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CPU time of the calling thread in ns: what it worked, as opposed to how long it took.
inline qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

}  // namespace MonotonicClock
