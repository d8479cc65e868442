#include "editorlauncher.h"

#include <QApplication>
#include <QMainWindow>

int EditorLauncher::run(int &argc, char **argv, const QStringList &args) {
    Q_UNUSED(args);
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}
