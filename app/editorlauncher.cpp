#include "editorlauncher.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "common/appidentity.h"
#include "preview/previewengine.h"
#include "window/apptranslations.h"
#include "window/colorscheme.h"
#include "window/desktopidentity.h"
#include "window/editorwindows.h"
#include "window/mainwindow.h"
#include "window/singleinstance.h"

int EditorLauncher::run(int &argc, char **argv, const QStringList &args) {
    // The preview's URL scheme and engine flags must be set before the application object exists.
    PreviewEngine::prepare();
    QApplication app(argc, argv);
    AppIdentity::apply();

    QStringList targets;
    for (const QString &arg : args)
        targets << QDir::current().absoluteFilePath(arg);  // against this process's working folder

    // Hand the files to the Postwright already running, or become it. Requests that arrive before the first
    // window is up wait in the socket until the event loop runs.
    EditorWindows windows;
    SingleInstance instance;
    instance.setHandler([&windows](const QJsonObject &request) { return windows.answer(request); });
    if (instance.sendOrListen(SingleInstance::defaultServerName(),
                              {{QStringLiteral("open"), QJsonArray::fromStringList(targets)}}) ==
        SingleInstance::Delivery::Answered)
        return 0;

    AppTranslations::install();  // before the first widget, so every tr() finds them
    DesktopIdentity::apply();
    ColorScheme::instance();  // reads the platform's palette before anything else changes it

    // Edits a crashed session left behind come first; a restored post replaces the first one asked for.
    MainWindow *first = windows.createWindow();
    first->show();
    const bool restored = first->offerRecovery();
    if (!targets.isEmpty()) {
        const QString target = targets.takeFirst();
        if (!restored)
            EditorWindows::load(first, target);
    }
    for (const QString &target : targets)
        windows.open(target);
    const int code = app.exec();
    // Closed windows wait for deletion; their parts release what they hold (index, recovery lock) now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return code;
}
