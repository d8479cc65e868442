#include "processbench.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include "monotonicclock.h"
#include "preview/previewpage.h"
#include "preview/previewview.h"
#include "previewbench.h"
#include "processmemory.h"
#include "window/mainwindow.h"

namespace {

// "Total memory 5 s after start", as the issue measures it for both applications.
constexpr qint64 kMemoryAtNs = 5'000'000'000;
constexpr int kChildTimeoutMs = 300'000;
constexpr int kSettleMs = 3000;

void sleepFor(qint64 milliseconds) {
    if (milliseconds <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(milliseconds), &loop, &QEventLoop::quit);
    loop.exec();
}

void report(const char *key, const QString &value) {
    std::printf("%s=%s\n", key, qPrintable(value));
    std::fflush(stdout);
}

// A child environment with its own, empty XDG folders.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    return environment;
}

// Runs this benchmark in a child mode and returns its key=value lines; an "error" key on failure.
QHash<QString, QString> runChild(const QStringList &arguments,
                                 const QString &extraChromiumFlags = QString()) {
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment environment = isolatedEnvironment(home);
    if (!extraChromiumFlags.isEmpty()) {
        const QString flags = environment.value(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"));
        environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"),
                           flags + QLatin1Char(' ') + extraChromiumFlags);
    }
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QHash<QString, QString> values;
    if (!child.waitForFinished(kChildTimeoutMs) || child.exitStatus() != QProcess::NormalExit) {
        child.kill();
        child.waitForFinished();
        values.insert(QStringLiteral("error"),
                      QStringLiteral("the child %1 did not finish").arg(arguments[0]));
        return values;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const int equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    if (child.exitCode() != 0 && !values.contains(QStringLiteral("error")))
        values.insert(QStringLiteral("error"), QStringLiteral("the child %1 failed").arg(arguments[0]));
    return values;
}

// A full V8 collection in the page (the memory child starts WebEngine with --js-flags=--expose-gc), so that
// readings compare live memory rather than how long ago the collector last ran. False when gc() is missing.
bool collectGarbage(QWebEnginePage *page) {
    QEventLoop loop;
    bool collected = false;
    page->runJavaScript(QStringLiteral("typeof gc === 'function' ? (gc(), true) : false"),
                        QWebEngineScript::ApplicationWorld, [&loop, &collected](const QVariant &result) {
                            collected = result.toBool();
                            loop.quit();
                        });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return collected;
}

// The tree's PSS after a collection and a pause, three times: the median, and the spread as `noise`.
qint64 settledPss(QWebEnginePage *page, qint64 *noise) {
    QVector<qint64> readings;
    for (int i = 0; i < 3; ++i) {
        collectGarbage(page);
        sleepFor(kSettleMs / 3);
        readings << ProcessMemory::treePssKiB(QCoreApplication::applicationPid());
    }
    std::sort(readings.begin(), readings.end());
    *noise = readings.back() - readings.front();
    return readings[1];
}

// Ends a process tree we started: the application first, then any of its helpers still running.
void endTree(QProcess &process) {
    const QList<qint64> tree = ProcessMemory::processTree(process.processId());
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
    for (int i = 1; i < tree.size(); ++i)
        ::kill(pid_t(tree[i]), SIGTERM);  // gone already, normally: WebEngine's helpers follow their browser
}

}  // namespace

int ProcessBench::startupChild(const QString &file, qint64 spawnedAtNs) {
    // As EditorLauncher does it: show the window, then open the post.
    MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    report("window_shown_ms", QString::number(double(MonotonicClock::nowNs() - spawnedAtNs) / 1e6));

    PreviewBench::Options options;
    options.timeoutMs = kChildTimeoutMs;
    PreviewBench bench(&window, options, &window);
    double openMs = 0;
    QString error;
    if (!bench.open(file, &openMs, &error)) {
        report("error", error);
        return 1;
    }
    report("preview_drawn_ms", QString::number(double(bench.drawnAtNs() - spawnedAtNs) / 1e6));
    sleepFor((spawnedAtNs + kMemoryAtNs - MonotonicClock::nowNs()) / 1'000'000);
    report("pss_kib", QString::number(ProcessMemory::treePssKiB(QCoreApplication::applicationPid())));
    return 0;
}

int ProcessBench::memoryChild(const QString &file, int edits, int steps, int idleMs) {
    MainWindow window;
    window.show();
    PreviewBench::Options options;
    options.timeoutMs = kChildTimeoutMs;
    PreviewBench bench(&window, options, &window);
    double openMs = 0;
    QString error;
    if (!bench.open(file, &openMs, &error)) {
        report("error", error);
        return 1;
    }
    QWebEnginePage *page = window.preview()->page();  // a PreviewPage
    report("gc", collectGarbage(page) ? QStringLiteral("1") : QStringLiteral("0"));
    qint64 worstNoise = 0;
    const auto reading = [&](int step, int done, bool afterIdle) {
        qint64 noise = 0;
        const qint64 tree = settledPss(page, &noise);
        worstNoise = std::max(worstNoise, noise);
        report(qPrintable(QStringLiteral("reading_%1").arg(step)),
               QStringLiteral("%1 %2 %3 %4")
                   .arg(done)
                   .arg(tree)
                   .arg(ProcessMemory::pssKiB(QCoreApplication::applicationPid()))
                   .arg(afterIdle ? 1 : 0));
    };
    reading(0, 0, false);
    const int pairs = edits / 2;
    int done = 0;
    for (int step = 1; step <= steps; ++step) {
        const int stepPairs = pairs * step / steps - done;
        if (!bench.typePairs(stepPairs, &error)) {
            report("error", error);
            return 1;
        }
        done += stepPairs;
        reading(step, 2 * done, false);
    }
    // The writer pauses: what the browser gives back once typing has stopped for a while.
    if (idleMs > 0) {
        sleepFor(idleMs);
        reading(steps + 1, 2 * done, true);
    }
    report("noise_kib", QString::number(worstNoise));
    return 0;
}

ProcessBench::Startup ProcessBench::measureStartup(const QString &file, const QString &appPath) {
    Startup startup;
    const QHash<QString, QString> child =
        runChild({QStringLiteral("--startup-child"), file, QString::number(MonotonicClock::nowNs())});
    startup.error = child.value(QStringLiteral("error"));
    startup.windowShownMs = child.value(QStringLiteral("window_shown_ms")).toDouble();
    startup.previewDrawnMs = child.value(QStringLiteral("preview_drawn_ms")).toDouble();
    startup.benchPssKiB = child.value(QStringLiteral("pss_kib"), QStringLiteral("-1")).toLongLong();
    if (!startup.error.isEmpty())
        return startup;

    QTemporaryDir home;
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(home));
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 spawnedAt = MonotonicClock::nowNs();
    app.start(appPath, {file});
    if (!app.waitForStarted()) {
        startup.error = QStringLiteral("could not start %1: %2").arg(appPath, app.errorString());
        return startup;
    }
    sleepFor((spawnedAt + kMemoryAtNs - MonotonicClock::nowNs()) / 1'000'000);
    startup.appPssKiB = ProcessMemory::treePssKiB(app.processId());
    endTree(app);
    return startup;
}

ProcessBench::Memory ProcessBench::measureMemory(const QString &file, int edits, int steps, int idleMs) {
    Memory memory;
    const QHash<QString, QString> child =
        runChild({QStringLiteral("--memory-child"), file, QString::number(edits), QString::number(steps),
                  QString::number(idleMs)},
                 QStringLiteral("--js-flags=--expose-gc"));
    memory.error = child.value(QStringLiteral("error"));
    for (int step = 0; child.contains(QStringLiteral("reading_%1").arg(step)); ++step) {
        const QStringList fields =
            child.value(QStringLiteral("reading_%1").arg(step)).split(QLatin1Char(' '));
        if (fields.size() == 4)
            memory.readings.append(Reading{fields[0].toInt(), fields[1].toLongLong(), fields[2].toLongLong(),
                                           fields[3] == QLatin1String("1")});
    }
    memory.noiseKiB = child.value(QStringLiteral("noise_kib")).toLongLong();
    memory.garbageCollected = child.value(QStringLiteral("gc")) == QLatin1String("1");
    return memory;
}
