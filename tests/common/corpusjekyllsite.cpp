#include "corpusjekyllsite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

QMap<QString, QString> CorpusJekyllSite::build(const QString &corpusPosts, const QString &siteDir) {
    static const QSet<QString> markdownExtensions{QStringLiteral("md"), QStringLiteral("markdown"),
                                                  QStringLiteral("mkdown"), QStringLiteral("mkdn"),
                                                  QStringLiteral("mkd")};
    static const QRegularExpression dated(QStringLiteral("^\\d{2,4}-\\d{1,2}-\\d{1,2}-"));
    QMap<QString, QString> placed;
    QFile config(siteDir + QStringLiteral("/_config.yml"));
    if (!config.open(QIODevice::WriteOnly) || config.write("markdown: kramdown\n") < 0)
        return {};
    config.close();

    const QDir corpus(corpusPosts);
    for (const QString &source : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (source.startsWith(QLatin1String("hugo-")))
            continue;
        QDirIterator files(corpus.filePath(source), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QFileInfo file(files.next());
            if (!markdownExtensions.contains(file.suffix().toLower()))
                continue;
            const QString fromSource = QDir(corpus.filePath(source)).relativeFilePath(file.filePath());
            QStringList parts = fromSource.split(QLatin1Char('/'));
            QString name = parts.takeLast();
            for (QString &part : parts) {
                while (part.startsWith(QLatin1Char('_')))
                    part.remove(0, 1);
            }
            if (!dated.match(name).hasMatch())
                name.prepend(QStringLiteral("2000-01-01-"));
            parts.prepend(source);
            parts.prepend(QStringLiteral("_posts"));
            parts.append(name);
            const QString target = parts.join(QLatin1Char('/'));
            if (!QDir(siteDir).mkpath(QFileInfo(target).path()) ||
                !QFile::copy(file.filePath(), siteDir + QLatin1Char('/') + target))
                return {};
            placed.insert(target, corpus.relativeFilePath(file.filePath()));
        }
    }
    return placed;
}
