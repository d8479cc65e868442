#include "newverb.h"

#include <QDate>
#include <QFileInfo>

#include "clioutput.h"
#include "site/newpost.h"

int NewVerb::run(const QStringList &args, CliOutput &io) {
    QString site;
    NewPost::Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--title") && i + 1 < args.size()) {
            options.title = args[++i];
        } else if (a == QLatin1String("--date") && i + 1 < args.size()) {
            const QString text = args[++i];
            options.date = QDate::fromString(text, Qt::ISODate);
            if (!options.date->isValid())
                return io.usage(QStringLiteral("new: --date takes YYYY-MM-DD, not '%1'").arg(text));
        } else if (a == QLatin1String("--draft")) {
            options.draft = true;
        } else if (site.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            site = a;
        } else {
            return io.usage(QStringLiteral("new: unexpected '%1'").arg(a));
        }
    }
    if (site.isEmpty() || options.title.trimmed().isEmpty())
        return io.usage(QStringLiteral("new takes SITE --title TITLE"));
    if (!QFileInfo(site).isDir()) {
        io.printError(QStringLiteral("%1: no such folder").arg(site));
        return 2;
    }
    const Result<QString> path = NewPost::create(site, options);
    if (!path) {
        io.printError(path.error());
        return 1;
    }
    io.print(path.value().toUtf8() + "\n");
    return 0;
}
