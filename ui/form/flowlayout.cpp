#include "flowlayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing) {
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    // The layout owns its items (QLayout's contract); the widgets belong to their parent.
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item) {
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget) {
    addChildWidget(widget);
    m_items.insert(std::clamp(index, 0, count()), new QWidgetItem(widget));
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index) {
    if (index < 0 || index >= count())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const {
    // One line of everything; the real height comes from heightForWidth().
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        const QSize hint = item->sizeHint();
        width += hint.width() + (width > 0 ? m_spacing : 0);
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    struct Placed {
        QLayoutItem *item;
        QRect rect;
    };
    QList<Placed> line;  // the items of the current line, centred vertically once the line is full
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    auto flush = [&] {
        for (qsizetype j = 0; apply && j < line.size(); ++j) {
            QRect r = line.at(j).rect;
            // The last item (the tag editor's line edit) stretches over the rest of its line.
            if (j == line.size() - 1 && line.at(j).item == m_items.constLast())
                r.setRight(area.right());
            r.moveTop(y + (lineHeight - r.height()) / 2);
            line.at(j).item->setGeometry(r);
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int width = std::min(hint.width(), area.width());
        if (x > area.x() && x + width > area.right() + 1) {
            flush();
            x = area.x();
            y += lineHeight + m_spacing;
            lineHeight = 0;
        }
        line.append({item, QRect(x, y, width, hint.height())});
        x += width + m_spacing;
        lineHeight = std::max(lineHeight, hint.height());
    }
    flush();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}
