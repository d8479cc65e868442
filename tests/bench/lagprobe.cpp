#include "lagprobe.h"

#include "monotonicclock.h"

namespace {
constexpr double kFrameMs = 16.0;
}  // namespace

LagProbe::LagProbe(QObject *parent) : QObject(parent), m_timer(this) {
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LagProbe::tick);
    m_clock.start();
}

void LagProbe::resume() {
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuNs = MonotonicClock::threadCpuNs();
    m_timer.start();
}

void LagProbe::pause() {
    if (!m_timer.isActive())
        return;
    tick();
    m_timer.stop();
}

void LagProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = MonotonicClock::threadCpuNs();
    const double gapMs = double(now - m_lastNs) / 1e6;
    if (gapMs > m_worstMs) {
        m_worstMs = gapMs;
        m_worstCpuMs = double(cpu - m_lastCpuNs) / 1e6;
    }
    m_lastNs = now;
    m_lastCpuNs = cpu;
    if (gapMs > kFrameMs)
        ++m_stalls;
}
