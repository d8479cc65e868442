#include "preview/siteenginebar.h"

#include "preview/siteenginebinding.h"
#include "site/sitekey.h"
#include "site/sitetrust.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <QAction>
#include <QPushButton>

SiteEngineBar::SiteEngineBar(SiteEngineBinding *binding, QWidget *parent)
    : NoteBar(QColor(254, 246, 228), QColor(77, 52, 9), parent)
    , m_binding(binding)
    , m_trust(new QPushButton(tr("Trust This Site"), this))
    , m_notNow(new QPushButton(tr("Not Now"), this))
    , m_trustAction(new QAction(tr("&Trust This Site's Code"), this)) {
    m_trust->setObjectName(QStringLiteral("trustSiteButton"));
    m_notNow->setObjectName(QStringLiteral("notNowTrustButton"));
    m_trustAction->setCheckable(true);
    m_trustAction->setToolTip(
        tr("Let the preview run this site's plugins (_plugins/) and its Gemfile's gems, as "
           "its own Jekyll build does. Off: Jekyll's safe mode."));

    addButton(m_trust);
    addButton(m_notNow);

    connect(m_trust, &QPushButton::clicked, this, [this] { setTrusted(true); });
    connect(m_notNow, &QPushButton::clicked, this, [this] {
        m_notNowSites.insert(SiteKey::of(m_binding->siteRoot()));
        update();
    });
    connect(m_trustAction, &QAction::triggered, this, &SiteEngineBar::setTrusted);
    connect(m_binding, &SiteEngineBinding::statusChanged, this, &SiteEngineBar::update);
    connect(m_binding, &SiteEngineBinding::siteRootChanged, this, &SiteEngineBar::update);
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::SiteTrust)
            return;
        // Trust given or revoked (here or in Edit > Preferences): the engine restarts only when it changed
        // for the open site.
        const QString root = m_binding->siteRoot();
        if (!root.isEmpty() && m_trusted != AppSettings::siteTrusted(root))
            m_binding->reconsiderTrust();
        update();
    });
    update();
}

void SiteEngineBar::setTrusted(bool trusted) {
    const QString root = m_binding->siteRoot();
    if (root.isEmpty())
        return;
    // The notifier's handler below restarts the engine with the new trust.
    AppSettings::setSiteTrusted(root, trusted);
}

QString SiteEngineBar::question(const QString &root) const {
    const SiteTrust::Reasons reasons = SiteTrust::reasons(root);
    QStringList what;
    if (reasons.flags.testFlag(SiteTrust::Reason::Plugins))
        what.append((reasons.pluginFiles == 1 ? tr("1 plugin file in %1")
                                              : tr("%1 plugin files in %2").arg(reasons.pluginFiles))
                        .arg(reasons.pluginDirs.join(QStringLiteral(", "))));
    if (reasons.flags.testFlag(SiteTrust::Reason::Gemfile))
        what.append(tr("a Gemfile, which Bundler runs to load the site's gems"));
    return tr("This site has its own code: %1. The preview runs it, as the site's Jekyll build does, only if "
              "you trust the site; until then it uses Jekyll's safe mode.")
        .arg(what.join(tr(" and ")));
}

void SiteEngineBar::update() {
    const QString root = m_binding->siteRoot();
    const bool trusted = !root.isEmpty() && SiteTrust::isTrusted(root);
    m_trustAction->setEnabled(!root.isEmpty());
    m_trustAction->setChecked(trusted);
    m_trusted = trusted;
    m_asking = !root.isEmpty() && !trusted && !m_notNowSites.contains(SiteKey::of(root)) &&
               SiteTrust::needsTrust(root);
    m_trust->setVisible(m_asking || (!trusted && !m_binding->unrunTags().isEmpty()));
    m_notNow->setVisible(m_asking);
    const QString text = m_asking ? question(root) : m_binding->status();
    setMessage(text);
    setVisible(!text.isEmpty());
}
