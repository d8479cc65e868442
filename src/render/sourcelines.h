#pragma once

#include <QByteArray>
#include <QVector>

// Where each line of a text starts, with lines ended as CommonMark ends them (\n, \r\n or \r): cmark's line
// numbers (1-based) for byte offsets and back. Keeps a reference to the text, which must outlive it.
class SourceLines {
public:
    explicit SourceLines(const QByteArray &text);

    int lineCount() const { return int(m_starts.size()); }
    // 1-based line holding byte `pos` (the last line for pos == size).
    int lineAt(qsizetype pos) const;
    // Offset of the first byte of `line`; the text's size past the last line, 0 before the first (a node that
    // cmark or a pass made without a position says line 0).
    qsizetype start(int line) const {
        return line > lineCount() ? m_text.size() : line < 1 ? 0 : m_starts.at(line - 1);
    }
    // Only spaces, tabs and the line break; lines outside the text count as blank.
    bool isBlank(int line) const;
    // cmark ends a list (and a footnote definition) at the line before the next block, blank lines
    // included; the preview wants the lines that hold the block's text. Never before firstLine.
    int trimmedLastLine(int firstLine, int lastLine) const;

private:
    const QByteArray &m_text;
    QVector<qsizetype> m_starts;
};
