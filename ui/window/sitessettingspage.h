#pragma once

#include <QWidget>

class RevokableSiteList;

// Edit > Preferences > Sites: the sites trusted to run their own code in the preview and the sites whose
// posts may load remote content, each with Revoke. Granting stays where the question arises (the preview's
// bars, the View menu), with the post of the site open.
class SitesSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit SitesSettingsPage(QWidget *parent);

    // Stores the revocations, then lists the sites as stored.
    void apply();

    RevokableSiteList *trustedSites() const { return m_trusted; }
    RevokableSiteList *remoteContentSites() const { return m_remote; }

private:
    void showSites();

    RevokableSiteList *m_trusted;
    RevokableSiteList *m_remote;
};
