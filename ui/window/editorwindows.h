#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class MainWindow;
class QWidget;

// The process's editor windows: each has its own post (and is deleted when it closes); windows on one site
// share the site's index (SiteIndex::forSite). Answers the requests a later `postwright FILE...` sends
// through SingleInstance.
class EditorWindows : public QObject {
    Q_OBJECT

public:
    explicit EditorWindows(QObject *parent = nullptr);

    // Opens `target` in a new window, shown and activated: a post, a site folder (its newest post) or, when
    // empty, nothing. A post another window already edits raises that window instead.
    MainWindow *open(const QString &target);
    // A new, empty window that deletes itself when closed and offers File > New Window.
    MainWindow *createWindow();
    // Opens `target` (a post or a site folder) in `window`; says why in a dialog when it cannot.
    static void load(MainWindow *window, const QString &target);
    // The open editor windows, in no particular order.
    static QList<MainWindow *> windows();
    // The window editing the post at `path`, or null.
    static MainWindow *windowFor(const QString &path);
    // The window other than `window` editing the post at `path`, or null (one editor per post).
    static MainWindow *otherWindowFor(const QString &path, const MainWindow *window);
    // Shows, raises and activates a window.
    static void bringForward(QWidget *window);

    // The answer to a SingleInstance request; the windows it asks for open from the event loop afterwards
    // (a question they ask must not keep the sender waiting).
    QJsonObject answer(const QJsonObject &request);

Q_SIGNALS:
    // A window opened for `target` (or was raised for it).
    void opened(MainWindow *window, const QString &target);
};
