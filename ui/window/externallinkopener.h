#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QWidget;

// Decides what happens to a link clicked in the preview. http, https and mailto open outside the
// application after a confirmation showing the whole address (OpenLinkDialog); every other scheme (file,
// javascript, data, ftp, our own pwsite...) is refused and refused() says why, naming the scheme. Links
// within the page (footnotes, a table of contents) never come here: the page scrolls to them itself.
class ExternalLinkOpener : public QObject {
    Q_OBJECT

public:
    // Opens a URL outside the application; QDesktopServices::openUrl unless replaced (tests record instead).
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit ExternalLinkOpener(QWidget *dialogParent);

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // Empty when `url` may be opened (after asking); otherwise the status-bar message saying why not.
    static QString refusalReason(const QUrl &url);
    static bool isOpenable(const QUrl &url) { return refusalReason(url).isEmpty(); }

    // Asks, then opens; or refuses. Returns true when the URL was handed to the opener. A click that comes
    // while the question is already up is ignored.
    bool open(const QUrl &url);

signals:
    void refused(const QString &message);
    void opened(const QUrl &url);

private:
    QWidget *m_dialogParent;
    UrlOpener m_opener;
    bool m_asking = false;
};
