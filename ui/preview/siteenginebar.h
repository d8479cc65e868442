#pragma once

#include "preview/notebar.h"

#include <QSet>
#include <QString>

class QAction;
class QPushButton;
class SiteEngineBinding;

// The note above the preview about the site's own Jekyll. Either the question a site with its own code asks
// (its plugins, its Gemfile: "trust this site?", with what would run; never a modal in the way of the post,
// asked once per site and session unless answered), or, once that is settled, one line on why the preview
// runs Liquid itself or which tags it could not run. Its Trust action is also the View menu's toggle, which
// revokes the trust.
class SiteEngineBar : public NoteBar {
    Q_OBJECT

public:
    SiteEngineBar(SiteEngineBinding *binding, QWidget *parent = nullptr);

    // Checkable: whether the shown post's site is trusted to run its own code. Disabled without a site.
    QAction *trustAction() const { return m_trustAction; }
    bool isAskingTrust() const { return m_asking; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *notNowButton() const { return m_notNow; }

private:
    void update();
    void setTrusted(bool trusted);
    QString question(const QString &root) const;

    SiteEngineBinding *m_binding;
    QPushButton *m_trust;
    QPushButton *m_notNow;
    QAction *m_trustAction;
    QSet<QString> m_notNowSites;  // sites whose question the writer put off, this session
    bool m_asking = false;
    bool m_trusted = false;  // the open site's trust as update() last saw it
};
