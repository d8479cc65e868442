#include "preview/remotecontentbar.h"

#include <QPushButton>

RemoteContentBar::RemoteContentBar(QWidget *parent)
    : NoteBar(QColor(232, 240, 254), QColor(23, 43, 77), parent)
    , m_allow(new QPushButton(tr("Allow for This Site"), this)) {
    m_allow->setObjectName(QStringLiteral("allowRemoteContentButton"));
    m_allow->setToolTip(
        tr("Load images, media, stylesheets and fonts from other hosts in the preview of this site's posts. "
           "Scripts, frames and this computer's own services stay blocked."));
    addButton(m_allow);
    connect(m_allow, &QPushButton::clicked, this, &RemoteContentBar::allowRequested);
    hide();
}

void RemoteContentBar::setBlockedCount(int count) {
    m_count = count;
    setMessage(tr("Remote content blocked (%1)").arg(count));
    setVisible(count > 0);
}

void RemoteContentBar::setAllowEnabled(bool enabled) {
    m_allow->setEnabled(enabled);
}
