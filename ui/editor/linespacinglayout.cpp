#include "editor/linespacinglayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

LineSpacingLayout::LineSpacingLayout(QTextDocument *document) : QPlainTextDocumentLayout(document) {}

void LineSpacingLayout::setLineSpacing(qreal factor) {
    factor = std::max<qreal>(1.0, factor);
    if (qFuzzyCompare(factor, m_factor))
        return;
    m_factor = factor;
    // Lay every block out again; blocks are spaced lazily when next asked for their bounding rect.
    if (QTextDocument *doc = document())
        doc->markContentsDirty(0, doc->characterCount());
}

int LineSpacingLayout::extraFor(qreal lineHeight) const {
    // Whole pixels, so text never lands between pixel rows and blurs.
    return int(std::lround(lineHeight * (m_factor - 1.0)));
}

// Half the extra space goes above each line and half below, so the text sits in the middle of its line box.
void LineSpacingLayout::spaceLines(QTextLayout *layout) const {
    qreal y = 0;
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        const int extra = extraFor(line.height());
        const int above = extra / 2;
        line.setPosition(QPointF(line.position().x(), y + above));
        y += line.height() + extra;
    }
}

QRectF LineSpacingLayout::blockBoundingRect(const QTextBlock &block) const {
    if (m_factor <= 1.0 || !block.isValid())
        return QPlainTextDocumentLayout::blockBoundingRect(block);
    QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        ensureBlockLayout(block);
    // The base class places the first line at y = 0; a spaced block has it lower. That tells a block the base
    // class has just laid out (after an edit, a highlight or a resize) from one already spaced.
    if (layout->lineCount() > 0) {
        const QTextLine first = layout->lineAt(0);
        if (first.y() < extraFor(first.height()) / 2 || extraFor(first.height()) < 2)
            spaceLines(layout);
    }
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    if (layout->lineCount() > 0 && block.isVisible()) {
        const int extra = extraFor(layout->lineAt(layout->lineCount() - 1).height());
        rect.setHeight(rect.height() + (extra - extra / 2));
    }
    return rect;
}
