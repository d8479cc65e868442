#include "site/matchrowdelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

MatchRowDelegate::Parts MatchRowDelegate::fit(const QString &text, int start, int length, int label,
                                              const QFontMetrics &metrics, const QFontMetrics &matchMetrics,
                                              int width) {
    start = std::clamp(start, 0, int(text.size()));
    length = std::clamp(length, 0, int(text.size()) - start);
    label = std::clamp(label, 0, start);
    Parts parts{text.left(start), text.mid(start, length), text.mid(start + length)};
    const int matchWidth = matchMetrics.horizontalAdvance(parts.match);
    if (metrics.horizontalAdvance(parts.before) + matchWidth > width) {
        // The match would be cut off: keep the label and only the end of what precedes the match.
        const QString kept = text.left(label);
        const QString context = parts.before.mid(label);
        const int ellipsis = metrics.horizontalAdvance(QChar(0x2026));
        const int room = std::max(ellipsis, (width - matchWidth) / 3 - metrics.horizontalAdvance(kept));
        parts.before = kept + metrics.elidedText(context, Qt::ElideLeft, room);
    }
    const int beforeWidth = metrics.horizontalAdvance(parts.before);
    if (beforeWidth + matchWidth >= width) {
        parts.match = matchMetrics.elidedText(parts.match, Qt::ElideRight, std::max(0, width - beforeWidth));
        parts.after.clear();
    } else {
        parts.after = metrics.elidedText(parts.after, Qt::ElideRight, width - beforeWidth - matchWidth);
    }
    return parts;
}

void MatchRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    const QVariant start = index.data(kMatchStartRole);
    const int length = index.data(kMatchLengthRole).toInt();
    if (!start.isValid() || length <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);  // background, selection, focus

    // Where the style would draw the text, with the margin it leaves on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget).adjusted(margin, 0, -margin, 0);
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (item.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;
    QFont matchFont = item.font;
    matchFont.setBold(true);
    const QFontMetrics metrics(item.font);
    const QFontMetrics matchMetrics(matchFont);
    const Parts parts = fit(text, start.toInt(), length, index.data(kLabelLengthRole).toInt(), metrics,
                            matchMetrics, area.width());

    painter->save();
    painter->setClipRect(area);
    painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    int x = area.left();
    const int flags = int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine;
    painter->setFont(item.font);
    painter->drawText(QRect(x, area.top(), area.width(), area.height()), flags, parts.before);
    x += metrics.horizontalAdvance(parts.before);
    const int matchWidth = matchMetrics.horizontalAdvance(parts.match);
    if (!selected) {
        QColor tint = item.palette.color(group, QPalette::Highlight);
        tint.setAlpha(70);  // as the editor's find bar
        painter->fillRect(QRect(x, area.top() + 1, matchWidth, area.height() - 2), tint);
    }
    painter->setFont(matchFont);
    painter->drawText(QRect(x, area.top(), matchWidth, area.height()), flags, parts.match);
    x += matchWidth;
    painter->setFont(item.font);
    painter->drawText(QRect(x, area.top(), area.right() - x + 1, area.height()), flags, parts.after);
    painter->restore();
}
