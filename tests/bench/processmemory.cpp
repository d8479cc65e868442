#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace {

// The parent pid from /proc/<pid>/stat: the field after the ")" closing the command name (which may hold
// spaces and parentheses itself, hence lastIndexOf).
qint64 parentOf(const QString &pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() : -1;
}

}  // namespace

QList<qint64> ProcessMemory::processTree(qint64 root) {
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid)
            children[parentOf(entry)].append(pid);
    }
    QList<qint64> tree{root};
    for (int i = 0; i < tree.size(); ++i)
        tree += children.value(tree[i]);
    return tree;
}

qint64 ProcessMemory::pssKiB(qint64 pid) {
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 ProcessMemory::treePssKiB(qint64 root) {
    const qint64 own = pssKiB(root);
    if (own < 0)
        return -1;
    qint64 total = own;
    const QList<qint64> tree = processTree(root);
    for (int i = 1; i < tree.size(); ++i)
        total += std::max<qint64>(0, pssKiB(tree[i]));  // a child may end between listing and reading
    return total;
}
