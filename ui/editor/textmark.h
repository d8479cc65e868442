#pragma once

#include <QString>

// A stretch of the editor's text to point out, and why (shown when the mouse rests on it). Position and
// length count UTF-16 code units of the document, as QTextCursor does.
struct TextMark {
    // Marks come from independent sources, each replacing only its own (MarkdownEditor::setTextMarks).
    enum class Layer { PreviewCaveats, LinkTargets };

    int position = 0;
    int length = 0;
    QString reason;
};
