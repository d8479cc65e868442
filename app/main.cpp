#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

#include "commandline.h"
#include "common/appidentity.h"
#include "editorlauncher.h"

int main(int argc, char *argv[]) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::isCommand(args)) {
        QCoreApplication app(argc, argv);
        // Before any verb reads settings: `postwright trust` must write the file the window reads.
        AppIdentity::apply();
        return CommandLine(stdout, stderr).run(args);
    }
    return EditorLauncher::run(argc, argv, args);
}
