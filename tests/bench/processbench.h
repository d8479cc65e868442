#pragma once

#include <QString>
#include <QVector>
#include <QtGlobal>

// The measurements that need a fresh process: start-up time and memory. The benchmark runs itself again in a
// child mode for each, so the process tree measured holds one window and nothing the other runs left behind.
// Every child gets its own empty XDG config/data/cache folders: no settings of a previous run, none written.
class ProcessBench {
public:
    struct Startup {
        QString error;
        double windowShownMs = 0;   // process start -> MainWindow shown (bench child)
        double previewDrawnMs = 0;  // process start -> the post drawn in the preview (bench child)
        qint64 benchPssKiB = -1;    // bench child's tree PSS 5 s after its start
        qint64 appPssKiB = -1;      // the real `postwright FILE`'s tree PSS 5 s after its start
    };
    // The process tree's PSS (and the editor process's alone) after `edits` edits. Each tree reading is the
    // median of three, each after a forced V8 collection (when gc() was exposed) and a pause.
    struct Reading {
        int edits = 0;
        qint64 treeKiB = -1;
        qint64 appKiB = -1;
        bool afterIdle = false;  // taken after typing had stopped for a while
    };
    struct Memory {
        QString error;
        // Settled after opening, after each of `steps` equal runs of edits, and (with an idle time) once more
        // after typing has stopped for that long.
        QVector<Reading> readings;
        qint64 noiseKiB = 0;            // the largest spread of any three readings
        bool garbageCollected = false;  // whether the page's gc() ran before the readings
    };

    // Start-up with `file`: a bench child (MainWindow, as the app makes it) timed from just before it was
    // spawned to the window shown and the preview drawn; and the real application at `appPath`, whose
    // readiness cannot be seen from outside offscreen, measured for memory only.
    static Startup measureStartup(const QString &file, const QString &appPath);
    // Tree PSS of a bench child before and after `edits` single-character edits of `file`.
    static Memory measureMemory(const QString &file, int edits, int steps, int idleMs);

    // The child modes (run from main() after QApplication exists). Each prints `key=value` lines.
    static int startupChild(const QString &file, qint64 spawnedAtNs);
    static int memoryChild(const QString &file, int edits, int steps, int idleMs);
};
