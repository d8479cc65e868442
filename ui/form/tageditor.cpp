#include "tageditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "form/flowlayout.h"

namespace {

// A line edit that asks for little width, so it shares a line with the chips before it.
class ChipLineEdit : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    QSize sizeHint() const override {
        QSize size = QLineEdit::sizeHint();
        size.setWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 6);
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

}  // namespace

TagEditor::TagEditor(QWidget *parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCursor(Qt::IBeamCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_flow = new FlowLayout(this, 4);
    m_flow->setContentsMargins(3, 3, 3, 3);
    m_line = new ChipLineEdit(this);
    m_line->setFrame(false);
    m_line->setPlaceholderText(tr("Add\u2026"));
    m_line->installEventFilter(this);
    m_flow->addWidget(m_line);
    setFocusProxy(m_line);
    setStyleSheet(
        QStringLiteral("QFrame#tagChip { background: palette(button); border: 1px solid palette(mid);"
                       " border-radius: 9px; }"
                       "QFrame#tagChip QToolButton { border: none; padding: 0px; }"));

    connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.contains(QLatin1Char(',')))
            addTyped(true);
    });
    connect(m_line, &QLineEdit::editingFinished, this, [this] { addTyped(false); });
}

void TagEditor::setItems(const QStringList &items) {
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
}

void TagEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_line->setReadOnly(readOnly);
    m_line->setVisible(!readOnly);
    rebuildChips();
}

QToolButton *TagEditor::removeButton(int index) const {
    QWidget *chip = m_chips.value(index);
    return chip ? chip->findChild<QToolButton *>() : nullptr;
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier &&
            m_line->text().isEmpty() && !m_items.isEmpty() && !m_readOnly) {
            removeAt(static_cast<int>(m_items.size()) - 1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void TagEditor::addTyped(bool keepLast) {
    if (m_readOnly)
        return;
    QStringList parts = m_line->text().split(QLatin1Char(','));
    const QString rest = keepLast ? parts.takeLast() : QString();
    QStringList items = m_items;
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    m_line->setText(rest.trimmed().isEmpty() ? QString() : rest);
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
    Q_EMIT itemsEdited(m_items);
}

void TagEditor::removeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return;
    m_items.removeAt(index);
    rebuildChips();
    Q_EMIT itemsEdited(m_items);
}

void TagEditor::rebuildChips() {
    // Chips are few and cheap; rebuilding them keeps each remove button bound to its index.
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();  // a chip's own button may be the one being clicked
    }
    m_chips.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        auto *chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setCursor(Qt::ArrowCursor);
        auto *layout = new QHBoxLayout(chip);
        layout->setContentsMargins(8, 1, m_readOnly ? 8 : 3, 1);
        layout->setSpacing(2);
        auto *label = new QLabel(m_items.at(i), chip);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        if (!m_readOnly) {
            auto *remove = new QToolButton(chip);
            remove->setText(QStringLiteral("\u2715"));
            remove->setFocusPolicy(Qt::NoFocus);
            remove->setAutoRaise(true);
            remove->setToolTip(tr("Remove \u201c%1\u201d").arg(m_items.at(i)));
            remove->setAccessibleName(tr("Remove %1").arg(m_items.at(i)));
            layout->addWidget(remove);
            connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        }
        m_flow->insertWidget(i, chip);
        chip->show();
        m_chips.append(chip);
    }
    updateGeometry();
}
