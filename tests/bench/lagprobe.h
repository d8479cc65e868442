#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the GUI thread's event loop goes without turning: a 1 ms precise timer notes the largest
// gap between two of its ticks while it runs. A gap is time the writer's keystrokes would have waited.
class LagProbe : public QObject {
    Q_OBJECT

public:
    explicit LagProbe(QObject *parent);

    // Starts (again) counting from now; the worst stall seen so far is kept.
    void resume();
    // Stops counting; time from the last tick until now counts as a gap too.
    void pause();
    void resetWorst() {
        m_worstMs = 0;
        m_worstCpuMs = 0;
        m_stalls = 0;
    }

    // The longest gap between ticks, in milliseconds, and how many gaps exceeded one 60 Hz frame (16 ms).
    double worstStallMs() const { return m_worstMs; }
    // CPU time the GUI thread spent inside that gap: near the gap for work done on the thread, near zero when
    // the thread was waiting or the machine's other processes had the cores (the cores are shared).
    double worstStallCpuMs() const { return m_worstCpuMs; }
    int framesMissed() const { return m_stalls; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    double m_worstCpuMs = 0;
    double m_worstMs = 0;
    int m_stalls = 0;
};
