#include "site/siteenginerequests.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

QString SiteEngineRequests::documentPath(const QString &siteRoot, const QString &path) {
    if (path.isEmpty())
        return QStringLiteral("_drafts/untitled.md");
    const QString relative = QDir(siteRoot).relativeFilePath(QFileInfo(path).absoluteFilePath());
    return relative.startsWith(QLatin1String("../")) ? QFileInfo(path).fileName() : relative;
}

QJsonObject SiteEngineRequests::render(const QString &documentPath, const QByteArray &frontMatter,
                                       const QByteArray &body, const QVector<LiquidSegment> &segments) {
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("render")},
                       {QStringLiteral("path"), documentPath},
                       {QStringLiteral("front_matter"), QString::fromUtf8(frontMatter)},
                       {QStringLiteral("body"), QString::fromUtf8(LiquidExpansion::marked(body, segments))}};
}

QJsonObject SiteEngineRequests::frame(const QString &documentPath, const QByteArray &frontMatter,
                                      const QByteArray &body, const QString &marker) {
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("frame")},
                       {QStringLiteral("path"), documentPath},
                       {QStringLiteral("front_matter"), QString::fromUtf8(frontMatter)},
                       {QStringLiteral("body"), QString::fromUtf8(body)},
                       {QStringLiteral("marker"), marker}};
}

QJsonObject SiteEngineRequests::assets() {
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("assets")}};
}

std::shared_ptr<const LiquidExpansion> SiteEngineRequests::expansion(const QJsonObject &answer,
                                                                     const QByteArray &body,
                                                                     const QVector<LiquidSegment> &segments) {
    QVector<LiquidExpansion::UnrunTag> unrun;
    for (const QJsonValue &value : answer.value(QLatin1String("unrun")).toArray()) {
        const QJsonObject tag = value.toObject();
        // A tag in an include or a layout has that file's line: it has no place in the body.
        if (tag.contains(QLatin1String("file")))
            continue;
        unrun.append({tag.value(QLatin1String("tag")).toString(), tag.value(QLatin1String("line")).toInt()});
    }
    return LiquidExpansion::fromAnswer(body, segments,
                                       answer.value(QLatin1String("content")).toString().toUtf8(), unrun);
}
