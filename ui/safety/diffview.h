#pragma once

#include <QByteArray>
#include <QPlainTextEdit>
#include <QVector>

#include "common/linediff.h"

// A read-only unified diff of two versions of a post: unchanged lines start with two spaces, removed lines
// ("before", e.g. the file on disk) with "- " on red, added lines ("after", e.g. the edits) with "+ " on
// green. Opens scrolled to the first change.
class DiffView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setTexts(const QByteArray &before, const QByteArray &after);
    const QVector<LineDiff::Line> &lines() const { return m_lines; }
    int removedCount() const { return m_removed; }
    int addedCount() const { return m_added; }
    // "3 lines removed, 1 added", "Only line endings differ" or "No differences".
    QString summary() const;

private:
    QVector<LineDiff::Line> m_lines;
    int m_removed = 0;
    int m_added = 0;
    bool m_bytesDiffer = false;
};
