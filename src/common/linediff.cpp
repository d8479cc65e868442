#include "common/linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

QStringList LineDiff::splitLines(const QByteArray &text) {
    if (text.isEmpty())
        return {};
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (text.endsWith('\n'))
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

QVector<LineDiff::Line> LineDiff::compare(const QByteArray &before, const QByteArray &after) {
    return compare(splitLines(before), splitLines(after));
}

QVector<LineDiff::Line> LineDiff::compare(const QStringList &before, const QStringList &after) {
    QVector<Line> out;
    const qsizetype beforeCount = before.size();
    const qsizetype afterCount = after.size();
    qsizetype prefix = 0;
    while (prefix < beforeCount && prefix < afterCount && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < beforeCount - prefix && suffix < afterCount - prefix &&
           before.at(beforeCount - 1 - suffix) == after.at(afterCount - 1 - suffix))
        ++suffix;

    const auto same = [&](qsizetype i, qsizetype j) {
        out.append({Kind::Same, before.at(i), int(i + 1), int(j + 1)});
    };
    const auto removed = [&](qsizetype i) { out.append({Kind::Removed, before.at(i), int(i + 1), 0}); };
    const auto added = [&](qsizetype j) { out.append({Kind::Added, after.at(j), 0, int(j + 1)}); };

    for (qsizetype k = 0; k < prefix; ++k)
        same(k, k);

    const qsizetype n = beforeCount - prefix - suffix;
    const qsizetype m = afterCount - prefix - suffix;
    if (n > 0 && m > 0 && n * m <= kMaxCells) {
        // Lines compared as small integers; the table holds LCS lengths of the suffixes a[i..], b[j..].
        // Cells fit 16 bits: n * m <= kMaxCells keeps min(n, m), the largest possible length, under 2,001.
        QHash<QString, int> ids;
        std::vector<int> a(n), b(m);
        for (qsizetype i = 0; i < n; ++i) {
            auto id = ids.constFind(before.at(prefix + i));
            if (id == ids.constEnd())
                id = ids.insert(before.at(prefix + i), int(ids.size()));
            a[i] = id.value();
        }
        for (qsizetype j = 0; j < m; ++j)
            b[j] = ids.value(after.at(prefix + j), -1);  // a line `before` lacks matches nothing
        const qsizetype width = m + 1;
        std::vector<quint16> table((n + 1) * width, 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                table[i * width + j] = a[i] == b[j]
                                           ? quint16(table[(i + 1) * width + j + 1] + 1)
                                           : std::max(table[(i + 1) * width + j], table[i * width + j + 1]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j]) {
                same(prefix + i++, prefix + j++);
            } else if (j == m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
                removed(prefix + i++);
            } else {
                added(prefix + j++);
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            removed(prefix + i);
        for (qsizetype j = 0; j < m; ++j)
            added(prefix + j);
    }

    for (qsizetype k = suffix; k > 0; --k)
        same(beforeCount - k, afterCount - k);
    return out;
}
