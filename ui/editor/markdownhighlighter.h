#pragma once

#include <QHash>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextCursor>

#include <vector>

#include "editor/editorcolors.h"

class QTextBlock;

// Syntax highlighting for Markdown with Jekyll's Liquid: headings (ATX and setext), emphasis, code spans,
// fenced and indented code, {% highlight %} regions, links, images, autolinks, lists and task items, block
// quotes, HTML, Liquid tags, thematic breaks, tables and footnotes.
//
// Cost: QSyntaxHighlighter re-highlights only the changed lines (and the following ones while their block
// state changes); the work per line is linear in its length, so a 1 MB line or a run of 100,000 delimiters
// cannot hang the editor. Constructs that span lines (fences, HTML comments, {% raw %}, list context) are
// carried in the block state. A setext underline typed below a paragraph re-highlights that paragraph line
// from the event loop.
class MarkdownHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    // Lines longer than this are not styled (their layout cost would stall typing); fences and other state
    // they open or close still count.
    static constexpr int kDefaultMaxStyledLineLength = 10000;
    void setMaxStyledLineLength(int length) { m_maxStyledLineLength = length; }

    // Each highlighted character's format carries its MarkdownStyle bits (an int) under this property.
    static constexpr int StyleProperty = QTextFormat::UserProperty + 0x4d44;

    // Highlights document and is owned by it.
    explicit MarkdownHighlighter(QTextDocument *document);

    // The format used for a combination of MarkdownStyle bits, in the current colours.
    QTextCharFormat formatForStyles(quint32 styles) const;
    // Light or dark (EditorColors); re-highlights the whole document.
    void setColors(const EditorColors &colors);
    const EditorColors &colors() const { return m_colors; }

    // True when block is a line of code (inside a fenced, indented or {% highlight %} code block, or the line
    // that opens one), where Markdown editing commands such as list continuation should not apply.
    static bool isCodeLine(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    using Styles = std::vector<quint32>;

    void applyStyles(const Styles &styles);
    void queueSetextCheck(int position, int charsRemoved, int charsAdded);
    void checkSetextHeadings();

    EditorColors m_colors = EditorColors::light();
    mutable QHash<quint32, QTextCharFormat> m_formats;
    QList<QTextCursor> m_pendingSetextChecks;
    bool m_setextCheckQueued = false;
    Styles m_styles;  // reused between lines to avoid an allocation per line
    int m_maxStyledLineLength = kDefaultMaxStyledLineLength;
};
