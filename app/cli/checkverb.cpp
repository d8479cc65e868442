#include "checkverb.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "clioutput.h"
#include "post/postfile.h"
#include "post/postlinter.h"

int CheckVerb::run(const QStringList &args, CliOutput &io) {
    if (args.isEmpty())
        return io.usage(QStringLiteral("check takes one or more PATHs"));
    bool unreadable = false;
    bool errors = false;
    const auto checkFile = [&](const QString &path) {
        const Result<QByteArray> bytes = PostFile::readBytes(path);
        if (!bytes) {
            io.printError(bytes.error());
            unreadable = true;
            return;
        }
        for (const Diagnostic &d : PostLinter::check(bytes.value())) {
            io.print(d.format(path).toUtf8() + "\n");
            errors = errors || d.isError();
        }
    };
    for (const QString &path : args) {
        const QFileInfo info(path);
        if (!info.exists()) {
            io.printError(QStringLiteral("%1: no such file or folder").arg(path));
            unreadable = true;
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (PostLinter::isPostFileName(file))
                    files << file;
            }
            files.sort();
            for (const QString &file : files)
                checkFile(file);
        } else {
            checkFile(path);
        }
    }
    return unreadable ? 2 : errors ? 1 : 0;
}
