#include "preview/notebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

NoteBar::NoteBar(const QColor &background, const QColor &text, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);  // a note, never more than its text
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, text);
    setPalette(colours);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
}

QString NoteBar::message() const {
    return m_label->text();
}

void NoteBar::setMessage(const QString &text) {
    m_label->setText(text);
}

void NoteBar::addButton(QPushButton *button) {
    layout()->addWidget(button);
}
