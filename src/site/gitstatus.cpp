#include "gitstatus.h"

namespace {

// The fields of a porcelain v2 record: `count` space-separated fields, then the rest (the path, which may
// itself hold spaces).
QList<QByteArray> fields(const QByteArray &record, int count) {
    QList<QByteArray> out;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype space = record.indexOf(' ', from);
        if (space < 0)
            return {};
        out.append(record.mid(from, space - from));
        from = space + 1;
    }
    out.append(record.mid(from));
    return out;
}

void readBranchHeader(const QByteArray &record, GitStatus &status) {
    const QByteArray header = record.mid(2);
    if (header.startsWith("branch.head ")) {
        const QByteArray head = header.mid(12);
        status.branch = head == "(detached)" ? QString() : QString::fromUtf8(head);
    } else if (header.startsWith("branch.upstream ")) {
        status.upstream = QString::fromUtf8(header.mid(16));
    } else if (header.startsWith("branch.ab ")) {
        const QList<QByteArray> ab = header.mid(10).split(' ');
        if (ab.size() == 2) {
            status.ahead = ab[0].mid(1).toInt();
            status.behind = ab[1].mid(1).toInt();
        }
    }
}

}  // namespace

GitStatus GitStatus::parse(const QByteArray &porcelainV2z) {
    GitStatus status;
    const QList<QByteArray> records = porcelainV2z.split('\0');
    for (int i = 0; i < records.size(); ++i) {
        const QByteArray &record = records[i];
        if (record.size() < 2)
            continue;
        Entry entry;
        switch (record.at(0)) {
            case '#':
                readBranchHeader(record, status);
                continue;
            case '?':
                entry.path = QString::fromUtf8(record.mid(2));
                entry.untracked = true;
                break;
            case '1':
            case '2':
            case 'u': {
                // 1 XY sub mH mI mW hH hI path | 2 ... X<score> path \0 origPath | u XY sub m1 m2 m3 mW h1 h2
                // h3
                const int before = record.at(0) == '1' ? 7 : record.at(0) == '2' ? 8 : 9;
                const QList<QByteArray> f = fields(record.mid(2), before);
                if (f.isEmpty() || f[0].size() != 2)
                    continue;
                entry.staged = f[0].at(0);
                entry.unstaged = f[0].at(1);
                entry.conflicted = record.at(0) == 'u';
                entry.path = QString::fromUtf8(f.back());
                if (record.at(0) == '2' && i + 1 < records.size())
                    entry.originalPath = QString::fromUtf8(records[++i]);
                break;
            }
            default:
                continue;  // '!' ignored files, or a record of a newer git
        }
        status.entries.append(entry);
    }
    return status;
}

const GitStatus::Entry *GitStatus::find(const QString &path) const {
    for (const Entry &entry : entries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}
