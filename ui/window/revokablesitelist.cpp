#include "window/revokablesitelist.h"

#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RevokableSiteList::RevokableSiteList(const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
    , m_emptyText(emptyText) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revoke->setToolTip(tr("Take the selected sites off the list"));
    connect(m_revoke, &QPushButton::clicked, this, &RevokableSiteList::revokeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RevokableSiteList::updateButton);
    updateButton();
}

void RevokableSiteList::setSites(const QStringList &sites) {
    m_sites = sites;
    m_list->clear();
    for (const QString &site : sites) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(site), m_list);
        item->setData(Qt::UserRole, site);
        item->setToolTip(QDir::toNativeSeparators(site));
    }
    if (sites.isEmpty()) {
        auto *item = new QListWidgetItem(m_emptyText, m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButton();
}

QStringList RevokableSiteList::revoked() const {
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown.append(m_list->item(i)->data(Qt::UserRole).toString());
    QStringList revoked;
    for (const QString &site : m_sites) {
        if (!shown.contains(site))
            revoked.append(site);
    }
    return revoked;
}

void RevokableSiteList::revokeSelected() {
    qDeleteAll(m_list->selectedItems());
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(m_emptyText, m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButton();
}

void RevokableSiteList::updateButton() {
    m_revoke->setEnabled(!m_list->selectedItems().isEmpty());
}
