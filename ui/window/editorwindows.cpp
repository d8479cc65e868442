#include "editorwindows.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QTimer>

#include "post/postdocument.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

EditorWindows::EditorWindows(QObject *parent) : QObject(parent) {}

MainWindow *EditorWindows::createWindow() {
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::newWindowRequested, this, [this] { open(QString()); });
    return window;
}

MainWindow *EditorWindows::open(const QString &target) {
    const QFileInfo info(target);
    const bool isFile = !target.isEmpty() && !info.isDir();
    MainWindow *window = isFile ? windowFor(info.absoluteFilePath()) : nullptr;
    if (!window) {
        window = createWindow();
        window->show();
        if (!target.isEmpty())
            load(window, target);
    }
    bringForward(window);
    Q_EMIT opened(window, target);
    return window;
}

void EditorWindows::load(MainWindow *window, const QString &target) {
    const QFileInfo info(target);
    if (info.isDir()) {
        if (const Status opened = window->fileActions()->openSite(info.absoluteFilePath()); !opened)
            QMessageBox::critical(window, tr("Could not open the post"), opened.error());
    } else {
        window->fileActions()->openFile(info.absoluteFilePath());
    }
}

QList<MainWindow *> EditorWindows::windows() {
    QList<MainWindow *> found;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && !window->isHidden())  // a closed window is hidden until deleted
            found << window;
    }
    return found;
}

MainWindow *EditorWindows::otherWindowFor(const QString &path, const MainWindow *window) {
    MainWindow *found = windowFor(path);
    return found == window ? nullptr : found;
}

void EditorWindows::bringForward(QWidget *window) {
    window->show();
    window->raise();
    window->activateWindow();
}

MainWindow *EditorWindows::windowFor(const QString &path) {
    if (path.isEmpty())
        return nullptr;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (MainWindow *window : windows()) {
        const QString open = window->document()->path();
        if (open == path || (!canonical.isEmpty() && QFileInfo(open).canonicalFilePath() == canonical))
            return window;
    }
    return nullptr;
}

QJsonObject EditorWindows::answer(const QJsonObject &request) {
    QJsonObject reply;
    if (request.contains(QStringLiteral("open"))) {
        QStringList targets;
        for (const QJsonValue &value : request.value(QStringLiteral("open")).toArray())
            targets << value.toString();
        if (targets.isEmpty())
            targets << QString();
        QTimer::singleShot(0, this, [this, targets] {
            for (const QString &target : targets)
                open(target);
        });
    } else if (request.value(QStringLiteral("list")).toBool()) {
        QJsonArray paths;
        for (MainWindow *window : windows())
            paths.append(window->document()->path());
        reply.insert(QStringLiteral("windows"), paths);
    } else if (request.value(QStringLiteral("quit")).toBool()) {
        QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
    } else {
        return reply;  // not understood
    }
    reply.insert(QStringLiteral("ok"), true);
    return reply;
}
