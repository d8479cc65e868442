#include "previewbench.h"

#include <QEventLoop>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QWebEngineScript>
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "editor/markdowneditor.h"
#include "monotonicclock.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "render/renderpipeline.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

// After a post is drawn the page may still be laying it out; typing starts once that is over.
constexpr int kSettleMs = 1000;
constexpr int kMinEditsBeforeBudget = 6;

}  // namespace

PreviewBench::PreviewBench(MainWindow *window, Options options, QObject *parent)
    : QObject(parent), m_window(window), m_options(options), m_probe(new LagProbe(this)) {
    connect(window->preview(), &PreviewView::patchApplied, this, [this](quint64 generation) {
        if (generation > m_drawnGeneration) {
            m_drawnGeneration = generation;
            m_drawnAtNs = MonotonicClock::nowNs();
        }
        if (m_waitLoop && generation >= m_waitFor)
            m_waitLoop->quit();
    });
    connect(window->preview()->pipeline(), &RenderPipeline::patchReady, this,
            [this](const PreviewPatch &, quint64 generation) {
                m_patchedGeneration = generation;
                m_patchedAtNs = MonotonicClock::nowNs();
            });
}

double PreviewBench::elapsedMs(qint64 sinceNs) {
    return double(MonotonicClock::nowNs() - sinceNs) / 1e6;
}

void PreviewBench::idle(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 PreviewBench::waitUntilDrawn(quint64 generation, int timeoutMs) {
    if (m_drawnGeneration >= generation)
        return m_drawnAtNs;
    // A local loop woken by patchApplied, not QTest::qWaitFor: that one sleeps 10 ms between looks, which
    // would both delay the measurement and show up as a stall in the probe.
    QEventLoop loop;
    m_waitLoop = &loop;
    m_waitFor = generation;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    m_waitLoop = nullptr;
    return m_drawnGeneration >= generation ? m_drawnAtNs : -1;
}

bool PreviewBench::open(const QString &path, double *openMs, QString *error, double *frameMs) {
    const qint64 start = MonotonicClock::nowNs();
    if (const Status opened = m_window->fileActions()->open(path); !opened) {
        *error = opened.error();
        return false;
    }
    const PreviewView *preview = m_window->preview();
    const quint64 generation = preview->pipeline()->requestedGeneration();
    // The window reloads the shell for the post's folder, so readiness is part of the wait.
    while (!(preview->isPageReady() && m_drawnGeneration >= generation)) {
        if (elapsedMs(start) > m_options.timeoutMs) {
            *error = QStringLiteral("%1 was not drawn within %2 ms").arg(path).arg(m_options.timeoutMs);
            return false;
        }
        waitUntilDrawn(generation, 50);
    }
    *openMs = double(m_drawnAtNs - start) / 1e6;
    while (m_options.waitForFrame && !preview->hasFrame()) {
        if (elapsedMs(start) > m_options.timeoutMs) {
            *error = QStringLiteral("%1: the site's layout did not show within %2 ms")
                         .arg(path)
                         .arg(m_options.timeoutMs);
            return false;
        }
        idle(50);
    }
    if (frameMs && m_options.waitForFrame)
        *frameMs = elapsedMs(start);
    if (m_options.waitForFrame) {
        // The post laid out in its new layout once before typing: that first layout is opening's cost, not a
        // keystroke's.
        bool laidOut = false;
        m_window->preview()->page()->runJavaScript(
            QStringLiteral("document.body.getBoundingClientRect().height"),
            QWebEngineScript::ApplicationWorld, [&laidOut](const QVariant &) { laidOut = true; });
        if (!QTest::qWaitFor([&laidOut] { return laidOut; }, m_options.timeoutMs)) {
            *error = QStringLiteral("%1: the page did not lay out its frame").arg(path);
            return false;
        }
    }
    idle(kSettleMs);
    m_spots = editSpots();
    return true;
}

QVector<int> PreviewBench::editSpots() const {
    const QTextDocument *doc = m_window->editor()->document();
    const int count = doc->blockCount();
    // Paragraph lines: start with a letter, have words, and are not inside a fenced code block.
    QVector<bool> paragraph(count, false);
    bool inFence = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.startsWith(QLatin1String("```")) || text.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            continue;
        }
        paragraph[block.blockNumber()] =
            !inFence && text.size() >= 20 && text.at(0).isLetter() && text.contains(QLatin1Char(' '));
    }

    QVector<int> spots;
    for (const double fraction : {0.0, 0.5, 1.0}) {
        const int centre = int(std::lround(fraction * (count - 1)));
        int found = -1;
        for (int distance = 0; distance < count && found < 0; ++distance) {
            if (centre + distance < count && paragraph[centre + distance])
                found = centre + distance;
            else if (centre - distance >= 0 && paragraph[centre - distance])
                found = centre - distance;
        }
        if (found >= 0) {
            const QTextBlock block = doc->findBlockByNumber(found);
            const int space = int(block.text().indexOf(QLatin1Char(' '), block.text().size() / 2));
            spots << block.position() + (space >= 0 ? space + 1 : 0);
        } else {
            const QTextBlock block = doc->findBlockByNumber(centre);
            spots << block.position() + block.length() / 2;
        }
    }
    return spots;
}

void PreviewBench::moveCursor(int position) {
    MarkdownEditor *editor = m_window->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(std::min(position, editor->document()->characterCount() - 1));
    editor->setTextCursor(cursor);
}

quint64 PreviewBench::press(bool insert, qint64 *pressedAtNs, double *keyMs, double *keyCpuMs) {
    MarkdownEditor *editor = m_window->editor();
    const RenderPipeline *pipeline = m_window->preview()->pipeline();
    const quint64 before = pipeline->requestedGeneration();
    const qint64 cpuBefore = MonotonicClock::threadCpuNs();
    *pressedAtNs = MonotonicClock::nowNs();
    if (insert)
        QTest::keyClick(editor, 'x');
    else
        QTest::keyClick(editor, Qt::Key_Backspace);
    *keyMs = elapsedMs(*pressedAtNs);
    if (keyCpuMs)
        *keyCpuMs = double(MonotonicClock::threadCpuNs() - cpuBefore) / 1e6;
    const quint64 after = pipeline->requestedGeneration();
    return after > before ? after : 0;
}

bool PreviewBench::typePairs(int pairs, QString *error) {
    for (int i = 0; i < 2 * pairs; ++i) {
        if (i % 2 == 0)
            moveCursor(m_spots[(i / 2) % m_spots.size()]);
        qint64 pressedAt = 0;
        double keyMs = 0;
        const quint64 generation = press(i % 2 == 0, &pressedAt, &keyMs);
        if (generation == 0 || waitUntilDrawn(generation, m_options.timeoutMs) < 0) {
            *error = generation == 0
                         ? QStringLiteral("a keystroke did not reach the preview")
                         : QStringLiteral("an edit was not drawn within %1 ms").arg(m_options.timeoutMs);
            return false;
        }
    }
    return true;
}

PreviewBench::Outcome PreviewBench::run(const QString &path) {
    Outcome outcome;
    if (!open(path, &outcome.openMs, &outcome.error, &outcome.frameMs))
        return outcome;

    m_probe->resetWorst();
    const int edits = std::max(2, m_options.edits - m_options.edits % 2);
    QElapsedTimer budget;
    budget.start();
    for (int i = 0; i < edits; ++i) {
        if (i % 2 == 0) {
            if (i >= kMinEditsBeforeBudget && budget.elapsed() > m_options.budgetMs) {
                outcome.skippedEdits = edits - i;
                break;
            }
            // Moving the cursor (and the scroll it causes) is not part of an edit.
            moveCursor(m_spots[(i / 2) % m_spots.size()]);
            idle(m_options.gapMs / 2);
        }
        m_probe->resume();
        qint64 pressedAt = 0;
        double keyMs = 0;
        double keyCpuMs = 0;
        const quint64 generation = press(i % 2 == 0, &pressedAt, &keyMs, &keyCpuMs);
        const qint64 drawnAt = generation == 0 ? -1 : waitUntilDrawn(generation, m_options.timeoutMs);
        if (drawnAt < 0) {
            m_probe->pause();
            outcome.error = generation == 0 ? QStringLiteral("a keystroke did not reach the preview")
                                            : QStringLiteral("edit %1 was not drawn within %2 ms")
                                                  .arg(i + 1)
                                                  .arg(m_options.timeoutMs);
            return outcome;
        }
        outcome.latency.add(double(drawnAt - pressedAt) / 1e6);
        if (m_patchedGeneration == generation)
            outcome.toPatch.add(double(m_patchedAtNs - pressedAt) / 1e6);
        outcome.keystroke.add(keyMs);
        outcome.keystrokeCpu.add(keyCpuMs);
        idle(m_options.gapMs);  // what the edit costs after it is drawn still counts as a stall
        m_probe->pause();
    }

    // A burst faster than any render of a big post: the keys must not wait for the preview, which catches up.
    const int burst = m_options.burstKeys - m_options.burstKeys % 2;
    if (burst > 0) {
        moveCursor(m_spots[m_spots.size() / 2]);
        idle(m_options.gapMs);
        m_probe->resume();
        qint64 lastPressedAt = 0;
        quint64 lastGeneration = 0;
        for (int k = 0; k < burst; ++k) {
            double keyMs = 0;
            lastGeneration = press(k < burst / 2, &lastPressedAt, &keyMs);
            if (k + 1 < burst)
                idle(std::max(0, m_options.burstIntervalMs - int(keyMs)));
        }
        const qint64 drawnAt = lastGeneration == 0 ? -1 : waitUntilDrawn(lastGeneration, m_options.timeoutMs);
        idle(m_options.gapMs);
        m_probe->pause();
        if (drawnAt < 0) {
            outcome.error = QStringLiteral("the burst was not drawn within %1 ms").arg(m_options.timeoutMs);
            return outcome;
        }
        outcome.burstCatchUpMs = double(drawnAt - lastPressedAt) / 1e6;
    }
    outcome.worstStallMs = m_probe->worstStallMs();
    outcome.worstStallCpuMs = m_probe->worstStallCpuMs();
    outcome.framesMissed = m_probe->framesMissed();
    return outcome;
}
