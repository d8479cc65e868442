#pragma once

#include <QPlainTextDocumentLayout>

class QTextLayout;

// A plain-text layout with extra space between lines. QPlainTextDocumentLayout ignores QTextBlockFormat's
// line height (it stacks lines at the font's own spacing), so the spacing is applied here, after the base
// class has broken a block into lines: each line moves down by its share of the extra space and the block's
// bounding rect grows to match. Nothing is written to the document, so spacing never adds an undo step or
// sets the modified flag.
class LineSpacingLayout : public QPlainTextDocumentLayout {
    Q_OBJECT

public:
    // Lays out document (which takes ownership when set as its layout).
    explicit LineSpacingLayout(QTextDocument *document);

    // Line pitch as a multiple of the font's line height: 1.0 is the font's own, 1.4 adds 40 % of a line.
    void setLineSpacing(qreal factor);
    qreal lineSpacing() const { return m_factor; }

    QRectF blockBoundingRect(const QTextBlock &block) const override;

private:
    void spaceLines(QTextLayout *layout) const;
    int extraFor(qreal lineHeight) const;

    qreal m_factor = 1.0;
};
