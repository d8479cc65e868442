#include "editorlauncher.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include "common/appidentity.h"
#include "preview/previewengine.h"
#include "window/apptranslations.h"
#include "window/colorscheme.h"
#include "window/desktopidentity.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

int EditorLauncher::run(int &argc, char **argv, const QStringList &args) {
    // The preview's URL scheme and engine flags must be set before the application object exists.
    PreviewEngine::prepare();
    QApplication app(argc, argv);
    AppIdentity::apply();
    AppTranslations::install();  // before the first widget, so every tr() finds them
    DesktopIdentity::apply();
    ColorScheme::instance();  // reads the platform's palette before anything else changes it

    MainWindow window;
    window.show();
    // Edits a crashed session left behind come first; a restored post replaces the one asked for.
    if (!window.offerRecovery() && !args.isEmpty()) {
        const QFileInfo target(args.front());
        if (target.isDir()) {
            if (const Status opened = window.fileActions()->openSite(target.absoluteFilePath()); !opened)
                QMessageBox::critical(&window, QObject::tr("Could not open the post"), opened.error());
        } else {
            window.fileActions()->openFile(target.absoluteFilePath());
        }
    }
    return app.exec();
}
