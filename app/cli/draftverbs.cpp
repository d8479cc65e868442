#include "draftverbs.h"

#include <QDate>
#include <QFileInfo>

#include "clioutput.h"
#include "post/postfile.h"
#include "site/draftpublisher.h"

namespace {

int report(const Result<FileMove> &moved, CliOutput &io) {
    if (!moved) {
        io.printError(moved.error());
        return 1;
    }
    io.print(QFileInfo(moved->to()).canonicalFilePath().toUtf8() + "\n");
    return 0;
}

}  // namespace

int DraftVerbs::publish(const QStringList &args, CliOutput &io) {
    QString draft;
    std::optional<QDate> date;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--date") && i + 1 < args.size()) {
            const QString text = args[++i];
            date = QDate::fromString(text, Qt::ISODate);
            if (!date->isValid())
                return io.usage(QStringLiteral("publish: --date takes YYYY-MM-DD, not '%1'").arg(text));
        } else if (draft.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            draft = a;
        } else {
            return io.usage(QStringLiteral("publish: unexpected '%1'").arg(a));
        }
    }
    if (draft.isEmpty())
        return io.usage(QStringLiteral("publish takes DRAFT [--date YYYY-MM-DD]"));
    const Result<QByteArray> bytes = PostFile::readBytes(draft);
    if (!bytes) {
        io.printError(bytes.error());
        return 2;
    }
    return report(DraftPublisher::publish(draft, bytes.value(), date), io);
}

int DraftVerbs::unpublish(const QStringList &args, CliOutput &io) {
    if (args.size() != 1 || args.front().startsWith(QLatin1String("--")))
        return io.usage(QStringLiteral("unpublish takes POST"));
    const Result<QByteArray> bytes = PostFile::readBytes(args.front());
    if (!bytes) {
        io.printError(bytes.error());
        return 2;
    }
    return report(DraftPublisher::unpublish(args.front(), bytes.value()), io);
}
