#pragma once

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineProfile;

// The page that shows a post, treated as hostile (DESIGN.md section 4): JavaScript is off in the main world,
// so no script from the post runs; our own script and the web channel live in ApplicationWorld. The page
// never navigates: only the shell load that loadShell() starts is accepted, link clicks are reported through
// linkClicked() and refused, and no window is ever opened.
class PreviewPage : public QWebEnginePage {
    Q_OBJECT

public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent);

    // (Re)loads the shell page; everything shown in it arrives later over the web channel.
    void loadShell();

signals:
    // The writer clicked a link in the post; whether and how to open it is the receiver's decision.
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &sourceId) override;

private:
    void applySettings();
    void injectScripts();

    bool m_shellLoadPending = false;
};
