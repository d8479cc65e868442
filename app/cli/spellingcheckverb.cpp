#include "spellingcheckverb.h"

#include "checkverb.h"
#include "clioutput.h"
#include "post/postfile.h"
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
    for (const QString &file : CheckVerb::postFiles(paths, io, &unreadable))
        checkFile(file);
    return unreadable ? 2 : errors ? 1 : 0;
}
