#include "window/sitessettingspage.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "window/appsettings.h"
#include "window/revokablesitelist.h"

SitesSettingsPage::SitesSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_trusted(new RevokableSiteList(tr("No site is trusted."), this))
    , m_remote(new RevokableSiteList(tr("No site may load remote content."), this)) {
    auto *layout = new QVBoxLayout(this);

    auto *trustBox = new QGroupBox(tr("Trusted to run their own code"), this);
    auto *trust = new QVBoxLayout(trustBox);
    auto *trustNote = new QLabel(tr("The preview runs these sites' plugins and Gemfile with their Jekyll. "
                                    "Other sites are previewed in Jekyll's safe mode."),
                                 trustBox);
    trustNote->setWordWrap(true);
    trust->addWidget(trustNote);
    m_trusted->setParent(trustBox);
    trust->addWidget(m_trusted);
    m_trusted->list()->setObjectName(QStringLiteral("trustedSites"));
    m_trusted->list()->setAccessibleName(tr("Trusted sites"));
    m_trusted->revokeButton()->setObjectName(QStringLiteral("revokeTrust"));
    layout->addWidget(trustBox);

    auto *remoteBox = new QGroupBox(tr("Allowed remote content"), this);
    auto *remote = new QVBoxLayout(remoteBox);
    auto *remoteNote = new QLabel(tr("The preview of these sites' posts loads images, media, stylesheets and "
                                     "fonts from other hosts. Other sites' posts load only local files."),
                                  remoteBox);
    remoteNote->setWordWrap(true);
    remote->addWidget(remoteNote);
    m_remote->setParent(remoteBox);
    remote->addWidget(m_remote);
    m_remote->list()->setObjectName(QStringLiteral("remoteContentSites"));
    m_remote->list()->setAccessibleName(tr("Sites allowed remote content"));
    m_remote->revokeButton()->setObjectName(QStringLiteral("revokeRemoteContent"));
    layout->addWidget(remoteBox);
    showSites();
}

void SitesSettingsPage::showSites() {
    m_trusted->setSites(AppSettings::trustedSites());
    m_remote->setSites(AppSettings::remoteContentSites());
}

void SitesSettingsPage::apply() {
    for (const QString &site : m_trusted->revoked())
        AppSettings::setSiteTrusted(site, false);
    for (const QString &site : m_remote->revoked())
        AppSettings::setRemoteContentAllowed(site, false);
    showSites();
}
