#pragma once

#include <QList>
#include <QtGlobal>

// Proportional set size (PSS) of a process and everything it started (for us: the QtWebEngineProcess zygote,
// renderer and GPU processes), read from /proc/<pid>/smaps_rollup. PSS splits shared pages between the
// processes sharing them, so the sum is what the application costs the machine. Linux only.
class ProcessMemory {
public:
    // `root` and all its descendants, root first.
    static QList<qint64> processTree(qint64 root);
    // Sum of Pss over processTree(root), in KiB; -1 when root's cannot be read.
    static qint64 treePssKiB(qint64 root);
    // One process's Pss in KiB; -1 when it cannot be read (gone, or not ours).
    static qint64 pssKiB(qint64 pid);
};
