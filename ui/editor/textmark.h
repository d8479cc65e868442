#pragma once

#include <QString>

class QTextDocument;

// A stretch of the editor's text to point out, and why (shown when the mouse rests on it). Position and
// length count UTF-16 code units of the document, as QTextCursor does.
struct TextMark {
    // Marks come from independent sources, each replacing only its own (MarkdownEditor::setTextMarks).
    // Spelling marks are drawn with the platform's spell-check underline, the others with a warning's wavy
    // line.
    enum class Layer { PreviewCaveats, LinkTargets, Spelling };

    int position = 0;
    int length = 0;
    QString reason;

    // The mark over a span of the body given as the core gives spans: a 1-based line and UTF-8 byte column,
    // and a length in bytes that may reach over line ends (each LF one byte in the body, one paragraph
    // separator in `document`). Nothing when the line is not in the document.
    static bool atBodyBytes(const QTextDocument *document, int line, int column, int length,
                            const QString &reason, TextMark *mark);
};
