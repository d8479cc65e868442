#include "site/quickopendelegate.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kMargin = 6;

QFont detailFont(const QFont &base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

}  // namespace

void QuickOpenDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QVector<int> positions = index.data(PositionsRole).value<QVector<int>>();
    QRect line = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, 0);
    const QFont regular = opt.font;
    QFont bold = regular;
    bold.setBold(true);

    painter->save();
    painter->setPen(opt.palette.color(QPalette::Active, textRole));
    const QFontMetrics regularMetrics(regular);
    line.setHeight(regularMetrics.height());
    // Runs of matched and unmatched characters, each in its font; elided at the right edge.
    int x = line.left();
    int i = 0;
    const int right = line.right();
    while (i < title.size() && x < right) {
        const bool matched = positions.contains(i);
        int j = i + 1;
        while (j < title.size() && positions.contains(j) == matched)
            ++j;
        const QString run = title.mid(i, j - i);
        const QFontMetrics metrics(matched ? bold : regular);
        painter->setFont(matched ? bold : regular);
        const int width = metrics.horizontalAdvance(run);
        const QString shown = x + width > right ? metrics.elidedText(run, Qt::ElideRight, right - x) : run;
        painter->drawText(QRect(x, line.top(), right - x, line.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, shown);
        x += metrics.horizontalAdvance(shown);
        i = j;
    }
    const QString detail = index.data(DetailRole).toString();
    if (!detail.isEmpty()) {
        const QFont small = detailFont(regular);
        painter->setFont(small);
        QColor muted = opt.palette.color(QPalette::Active, textRole);
        muted.setAlphaF(selected ? 0.85 : 0.6);
        painter->setPen(muted);
        const QFontMetrics metrics(small);
        const QRect second(line.left(), line.bottom() + 2, line.width(), metrics.height());
        // Not clipped: a small font's underscore (`_posts/`) falls just below its line box.
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                          metrics.elidedText(detail, Qt::ElideMiddle, second.width()));
    }
    painter->restore();
}

QSize QuickOpenDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const int first = QFontMetrics(option.font).height();
    const int second =
        index.data(DetailRole).toString().isEmpty() ? 0 : QFontMetrics(detailFont(option.font)).height() + 2;
    return {200, first + second + kMargin};
}
