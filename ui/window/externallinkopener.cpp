#include "window/externallinkopener.h"

#include <QDesktopServices>
#include <QUrlQuery>
#include <QWidget>

#include "preview/siteschemehandler.h"
#include "window/openlinkdialog.h"

namespace {

// The fields of a mailto: link that only fill in the message. Others exist that some mail programs honour
// by attaching a local file ("attach=/home/me/.ssh/id_rsa"): a post must not get to suggest that.
bool isPlainMailField(const QString &name) {
    static const QStringList fields = {QStringLiteral("to"),   QStringLiteral("cc"),
                                       QStringLiteral("bcc"),  QStringLiteral("subject"),
                                       QStringLiteral("body"), QStringLiteral("in-reply-to")};
    return fields.contains(name.toLower());
}

}  // namespace

ExternalLinkOpener::ExternalLinkOpener(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {}

QString ExternalLinkOpener::refusalReason(const QUrl &url) {
    if (!url.isValid() || url.isRelative())
        return tr("Not opened: the link is not a complete address");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String(SiteSchemeHandler::schemeName())) {
        return tr("Not opened: %1 is a page of the site (%2: link); the preview shows only this post")
            .arg(url.path(), scheme);
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (url.host().isEmpty())
            return tr("Not opened: the %1: link names no host").arg(scheme);
        return {};
    }
    if (scheme == QLatin1String("mailto")) {
        for (const auto &[name, value] : QUrlQuery(url).queryItems()) {
            Q_UNUSED(value);
            if (!isPlainMailField(name))
                return tr("Not opened: the mailto: link asks the mail program for \"%1\", which could attach "
                          "files from this computer")
                    .arg(name);
        }
        return {};
    }
    return tr("Not opened: %1: links are not opened from the preview (only http, https and mailto are)")
        .arg(scheme);
}

bool ExternalLinkOpener::open(const QUrl &url) {
    if (m_asking)
        return false;
    if (const QString reason = refusalReason(url); !reason.isEmpty()) {
        emit refused(reason);
        return false;
    }
    m_asking = true;
    OpenLinkDialog dialog(url, m_dialogParent);
    const bool confirmed = dialog.exec() == QDialog::Accepted;
    m_asking = false;
    if (!confirmed || !m_opener(url))
        return false;
    emit opened(url);
    return true;
}
