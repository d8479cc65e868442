#include "preview/remotecontentbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_allow(new QPushButton(tr("Allow for This Site"), this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(232, 240, 254));
    colours.setColor(QPalette::WindowText, QColor(23, 43, 77));
    setPalette(colours);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_allow->setObjectName(QStringLiteral("allowRemoteContentButton"));
    m_allow->setToolTip(
        tr("Load images, media, stylesheets and fonts from other hosts in the preview of this site's posts. "
           "Scripts, frames and this computer's own services stay blocked."));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_allow);

    connect(m_allow, &QPushButton::clicked, this, &RemoteContentBar::allowRequested);
    hide();
}

void RemoteContentBar::setBlockedCount(int count) {
    m_count = count;
    m_label->setText(tr("Remote content blocked (%1)").arg(count));
    setVisible(count > 0);
}

void RemoteContentBar::setAllowEnabled(bool enabled) {
    m_allow->setEnabled(enabled);
}

QString RemoteContentBar::message() const {
    return m_label->text();
}
