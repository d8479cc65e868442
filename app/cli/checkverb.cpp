#include "checkverb.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include "clioutput.h"
#include "post/postfile.h"
#include "post/postlinter.h"
#include "render/kramdownwarnings.h"
#include "render/linktargetcheck.h"
#include "render/liquidwarnings.h"
#include "render/markdowndialect.h"
#include "render/postliquidcontext.h"
#include "site/sitepublishedpaths.h"
#include "site/siteroot.h"
#include "site/sitescan.h"
#include "spellingcheckverb.h"

#include <QHash>

#include <memory>

int CheckVerb::run(const QStringList &args, CliOutput &io) {
    if (args.contains(QLatin1String("--spelling"))) {
        QStringList rest = args;
        rest.removeAll(QStringLiteral("--spelling"));
        return SpellingCheckVerb::run(rest, io);
    }
    if (args.isEmpty())
        return io.usage(QStringLiteral("check takes one or more PATHs"));
    bool unreadable = false;
    bool errors = false;
    // Each site is read once, however many of its posts are checked.
    struct Site {
        std::shared_ptr<PostLiquidContext> liquid;
        SitePublishedPaths published;
    };
    QHash<QString, std::shared_ptr<Site>> sites;
    const auto siteAt = [&sites](const QString &root) {
        std::shared_ptr<Site> &site = sites[root];
        if (!site) {
            site = std::make_shared<Site>();
            site->liquid = std::make_shared<PostLiquidContext>(root);
            if (!root.isEmpty()) {
                const SiteScan scan = SiteScan::read(root);
                site->liquid->setDocuments(scan.documents());
                site->published = SitePublishedPaths::fromScan(scan);
            }
        }
        return site;
    };
    QHash<QString, MarkdownDialect> dialects;
    const auto dialectFor = [&dialects](const QString &root) {
        const auto known = dialects.constFind(root);
        return known != dialects.constEnd() ? *known : *dialects.insert(root, MarkdownDialect::forSite(root));
    };
    const auto checkFile = [&](const QString &path) {
        const Result<QByteArray> bytes = PostFile::readBytes(path);
        if (!bytes) {
            io.printError(bytes.error());
            unreadable = true;
            return;
        }
        QVector<Diagnostic> diagnostics = PostLinter::check(bytes.value());
        const QString root = SiteRoot::find(path);
        const std::shared_ptr<Site> site = siteAt(root);
        const QString absolute = QFileInfo(path).absoluteFilePath();
        diagnostics += LiquidWarnings::check(
            bytes.value(),
            site->liquid->contextFor(absolute, bytes.value(), LiquidContext::Urls::AsPublished));
        diagnostics += KramdownWarnings::check(bytes.value(), dialectFor(root));
        // Links and images are judged only against a site: outside one nothing says what is published.
        if (!root.isEmpty()) {
            diagnostics += LinkTargetCheck::check(bytes.value(), site->published,
                                                  site->published.urlOf(QFileInfo(path).canonicalFilePath()));
        }
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            io.print(d.format(path).toUtf8() + "\n");
            errors = errors || d.isError();
        }
    };
    for (const QString &file : postFiles(args, io, &unreadable))
        checkFile(file);
    return unreadable ? 2 : errors ? 1 : 0;
}

QStringList CheckVerb::postFiles(const QStringList &paths, CliOutput &io, bool *missing) {
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            io.printError(QStringLiteral("%1: no such file or folder").arg(path));
            *missing = true;
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (PostLinter::isPostFileName(file))
                    files << file;
            }
            files.sort();
            out += files;
        } else {
            out << path;
        }
    }
    return out;
}
