#pragma once

#include <QStyledItemDelegate>

// Draws a row of Find in Site's results with its match marked as the editor's find bar marks one: a tinted
// background (bold on a selected row, whose background is the selection's), and, when the line is wider than
// the column, the text before the match cut from the left ("…") so the match is always in view. The match's
// start and length in the row's text come from two roles; a row without them is drawn as usual.
class MatchRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kMatchStartRole = Qt::UserRole + 10;   // 0-based, in the row's text
    static constexpr int kMatchLengthRole = Qt::UserRole + 11;  // UTF-16 code units
    static constexpr int kLabelLengthRole = Qt::UserRole + 12;  // leading characters never cut ("12: ")

    using QStyledItemDelegate::QStyledItemDelegate;

    // What fits in `width` pixels of `metrics` of a row's text with its match at [start, start + length):
    // the text before the match (its first `label` characters whole, the rest left-elided when needed so
    // that it takes at most a third of the width when the whole does not fit), the match, and what follows
    // (right-elided). Pure, for the painter and the tests.
    struct Parts {
        QString before;
        QString match;
        QString after;
    };
    static Parts fit(const QString &text, int start, int length, int label, const QFontMetrics &metrics,
                     const QFontMetrics &matchMetrics, int width);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
