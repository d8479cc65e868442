#include "spellingcheckverb.h"

#include <QDirIterator>
#include <QFileInfo>

#include "clioutput.h"
#include "post/postfile.h"
#include "post/postlinter.h"
#include "spelling/postspellingcheck.h"
#include "spelling/spellinglanguage.h"
#include "spelling/wordlistfile.h"

int SpellingCheckVerb::run(const QStringList &args, CliOutput &io) {
    QString language;
    QStringList paths;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang")) {
            if (i + 1 >= args.size())
                return io.usage(QStringLiteral("--lang takes a language, such as en_US"));
            language = args[++i];
        } else {
            paths << args[i];
        }
    }
    if (paths.isEmpty())
        return io.usage(QStringLiteral("check --spelling takes one or more PATHs"));
    PostSpellingCheck check(language, SpellingLanguage::systemLanguage(), SpellingLanguage::systemFolders(),
                            WordListFile::personalPath());
    bool unreadable = false;
    bool errors = false;
    const auto checkFile = [&](const QString &path) {
        const Result<QByteArray> bytes = PostFile::readBytes(path);
        if (!bytes) {
            io.printError(bytes.error());
            unreadable = true;
            return;
        }
        for (const Diagnostic &d : check.check(path, bytes.value())) {
            if (d.isError())
                io.printError(QStringLiteral("%1: error: %2").arg(path, d.message));
            else
                io.print(d.format(path).toUtf8() + "\n");
            errors = errors || d.isError();
        }
    };
    for (const QString &path : std::as_const(paths)) {
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
            for (const QString &file : std::as_const(files))
                checkFile(file);
        } else {
            checkFile(path);
        }
    }
    return unreadable ? 2 : errors ? 1 : 0;
}
