#pragma once

#include <QObject>
#include <QString>
#include <QVector>

#include "lagprobe.h"
#include "samples.h"

class MainWindow;
class QEventLoop;

// Types into a real, shown MainWindow (editor -> PostDocument -> PreviewView -> page) and times each
// keystroke until the page reports, from requestAnimationFrame after the patch, that it has drawn that edit.
// Edits are single characters typed with QTest::keyClick at the start, middle and end of the body, each one
// undone by the next (x, then Backspace), so the post keeps its size however many edits are made.
class PreviewBench : public QObject {
    Q_OBJECT

public:
    struct Options {
        int edits = 48;             // paced edits (made even: each x has its Backspace)
        int gapMs = 40;             // idle time after a drawn edit before the next (a typist's rhythm)
        int burstKeys = 20;         // a fast burst after the paced edits: half x, half Backspace
        int burstIntervalMs = 25;   // 40 keys a second
        int budgetMs = 90000;       // stop the paced edits early (after at least 6) past this
        int timeoutMs = 120000;     // an edit not drawn by then is an error
        bool waitForFrame = false;  // open() also waits for the site's layout (the themed preview)
    };
    struct Outcome {
        QString error;         // empty on success
        double openMs = 0;     // FileActions::open() until the page drew the whole post
        double frameMs = 0;    // FileActions::open() until the site's layout showed (waitForFrame)
        Samples latency;       // key pressed -> page drawn, per paced edit
        Samples toPatch;       // key pressed -> the render's patch emitted on the GUI thread (same edits)
        Samples keystroke;     // time the key event itself held the GUI thread
        Samples keystrokeCpu;  // GUI-thread CPU time of the same (the work, without preemption)
        double burstCatchUpMs = 0;   // last key of the burst -> page drawn
        double worstStallMs = 0;     // longest event-loop stall from the first edit to the end
        double worstStallCpuMs = 0;  // GUI-thread CPU time within it (less: preempted or waiting)
        int framesMissed = 0;        // stalls longer than 16 ms
        int skippedEdits = 0;        // paced edits left out because of the budget
    };

    PreviewBench(MainWindow *window, Options options, QObject *parent);

    // Opens `path` in the window, waits until it is drawn, then types. The window must be shown.
    Outcome run(const QString &path);

    // Parts of run(), for the memory measurement.
    bool open(const QString &path, double *openMs, QString *error, double *frameMs = nullptr);
    // One x-then-Backspace pair at each spot in turn, `pairs` times, each edit waited for; false on timeout.
    bool typePairs(int pairs, QString *error);
    // When the page last reported a newer generation drawn (MonotonicClock ns).
    qint64 drawnAtNs() const { return m_drawnAtNs; }

private:
    // Positions of the start, the middle and the end of the body where a typist would type: inside a
    // paragraph line, at the start of a word; for a body without paragraphs (a huge table), inside a line.
    QVector<int> editSpots() const;
    void moveCursor(int position);
    // Presses x (or Backspace); returns the generation the edit asked the preview for, or 0 when it asked
    // nothing. `pressedAtNs` is when the key was sent, `keyMs` how long the key event held the GUI thread,
    // `keyCpuMs` the thread's CPU time in it.
    quint64 press(bool insert, qint64 *pressedAtNs, double *keyMs, double *keyCpuMs = nullptr);
    // Runs the event loop until the page has drawn `generation` (returns when it did, MonotonicClock ns)
    // or timeoutMs passes (returns -1).
    qint64 waitUntilDrawn(quint64 generation, int timeoutMs);
    void idle(int milliseconds);
    static double elapsedMs(qint64 sinceNs);

    MainWindow *m_window;
    Options m_options;
    LagProbe *m_probe;
    QVector<int> m_spots;
    quint64 m_drawnGeneration = 0;    // newest generation the page reported drawn
    qint64 m_drawnAtNs = 0;           // when it did
    quint64 m_patchedGeneration = 0;  // newest generation whose patch the pipeline emitted
    qint64 m_patchedAtNs = 0;         // when it did
    QEventLoop *m_waitLoop = nullptr;
    quint64 m_waitFor = 0;
};
