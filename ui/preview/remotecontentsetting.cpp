#include "preview/remotecontentsetting.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

#include "post/postdocument.h"
#include "preview/previewview.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

RemoteContentSetting::RemoteContentSetting(PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_preview(preview)
    , m_action(new QAction(tr("Allow &Remote Content for This Site"), this)) {
    m_action->setCheckable(true);
    m_action->setToolTip(tr(
        "Let the preview load images, media, stylesheets and fonts from other hosts for this site's posts"));
    connect(m_action, &QAction::triggered, this, &RemoteContentSetting::setAllowed);
    connect(m_preview, &PreviewView::remoteContentAllowRequested, this, [this] { setAllowed(true); });
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::RemoteContent)
            apply();
    });
    apply();
}

void RemoteContentSetting::setDocument(PostDocument *document) {
    m_document = document;
    apply();
}

QString RemoteContentSetting::site() const {
    if (!m_document)
        return {};
    if (!m_document->siteRoot().isEmpty())
        return m_document->siteRoot();
    return m_document->path().isEmpty() ? QString() : QFileInfo(m_document->path()).absolutePath();
}

void RemoteContentSetting::apply() {
    const QString where = site();
    const bool allowed = AppSettings::remoteContentAllowed(where);
    m_action->setEnabled(!where.isEmpty());
    m_action->setChecked(allowed);
    m_preview->setRemoteContentSwitchEnabled(!where.isEmpty());
    m_preview->setRemoteContentAllowed(allowed);
}

void RemoteContentSetting::setAllowed(bool allowed) {
    const QString where = site();
    if (where.isEmpty())
        return;
    AppSettings::setRemoteContentAllowed(where, allowed);
    apply();
    const QString folder = QDir::toNativeSeparators(where);
    Q_EMIT message(allowed ? tr("Remote content is shown for %1").arg(folder)
                           : tr("Remote content is blocked for %1").arg(folder));
}
