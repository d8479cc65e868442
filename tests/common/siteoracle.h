#pragma once

// Runs tests/jekyll/site_oracle.rb (the real Jekyll) on a site and compares what it read with SiteReader.
// Header-only so that each test that needs it compiles it in.

#include "site/sitereader.h"
#include "site/sitescan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace SiteOracle {

struct Comparison {
    int documents = 0;  // documents compared (both sides)
    int agreeing = 0;
    int urlsAgreeing = 0;  // documents whose URL agrees
    QStringList mismatches;
    QString error;  // the oracle could not run
};

inline QString scriptPath() {
    return qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR") + QStringLiteral("/tests/jekyll/site_oracle.rb");
}

inline QJsonObject runOracle(const QString &site, const QByteArray &tz, QString *error) {
    QTemporaryDir destination;
    QProcess ruby;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(tz));
    ruby.setProcessEnvironment(env);
    ruby.start(QStringLiteral("ruby"), {scriptPath(), site, destination.path() + QStringLiteral("/_site")});
    if (!ruby.waitForFinished(300000) || ruby.exitCode() != 0) {
        *error = QStringLiteral("the oracle failed on %1: %2")
                     .arg(site, QString::fromUtf8(ruby.readAllStandardError()));
        return {};
    }
    return QJsonDocument::fromJson(ruby.readAllStandardOutput()).object();
}

inline QString kindName(SitePost::Kind kind) {
    switch (kind) {
        case SitePost::Kind::Post:
            return QStringLiteral("post");
        case SitePost::Kind::Draft:
            return QStringLiteral("draft");
        case SitePost::Kind::Page:
            return QStringLiteral("page");
        case SitePost::Kind::CollectionDocument:
            return QStringLiteral("document");
    }
    return {};
}

inline QString isoDate(const QDateTime &date) {
    QString text = date.toOffsetFromUtc(date.offsetFromUtc()).toString(Qt::ISODate);
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1), text += QStringLiteral("+00:00");
    return text;
}

inline QJsonValue publishedJson(SitePost::Published published) {
    switch (published) {
        case SitePost::Published::Absent:
            return QStringLiteral("absent");
        case SitePost::Published::True:
            return true;
        case SitePost::Published::False:
            return false;
        case SitePost::Published::Null:
            return QJsonValue::Null;
        case SitePost::Published::Other:
            return QStringLiteral("<text>");
    }
    return {};
}

inline QStringList strings(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// What SiteScan::fillUrl gave JekyllPermalink, to show beside a URL that disagrees.
inline QString urlInputs(const SitePost &post, const SiteConfig &config) {
    return QStringLiteral(
               "(site permalink %1, collection %2 permalink %3, own permalink %4, slug %5, "
               "categories [%6], date %7)")
        .arg(config.permalink(), post.collection,
             config.collectionPermalink(post.collection).value_or(QStringLiteral("<none>")),
             post.hasPermalink ? QLatin1Char('"') + post.permalink + QLatin1Char('"')
                               : QStringLiteral("<none>"),
             post.slug, post.categories.join(QStringLiteral(", ")), isoDate(post.date));
}

// Compares every document of both reads; the site's own TZ is `tz` for both (when it sets no timezone).
inline Comparison compare(const QString &site, const QByteArray &tz) {
    Comparison result;
    const QJsonObject oracle = runOracle(site, tz, &result.error);
    if (!result.error.isEmpty())
        return result;
    const SiteReader reader(site);
    const SiteSnapshot snapshot = reader.read();
    const QString theirTime = oracle.value(QStringLiteral("site_time")).toString();

    QMap<QString, QJsonObject> theirs;
    for (const QJsonValue &doc : oracle.value(QStringLiteral("documents")).toArray())
        theirs.insert(doc.toObject().value(QStringLiteral("path")).toString(), doc.toObject());

    QMap<QString, int> ourTags, ourCategories;
    for (const SitePost &post : snapshot.documents) {
        const bool jekyllSkips =
            post.unreadable || (post.kind != SitePost::Kind::Page &&
                                post.kind != SitePost::Kind::CollectionDocument && !post.validUtf8);
        const bool publishes = snapshot.config.publishes(post, snapshot.siteTime);
        if (publishes && (post.kind == SitePost::Kind::Post || post.kind == SitePost::Kind::Draft)) {
            for (const QString &tag : post.tags)
                ++ourTags[tag];
            for (const QString &category : post.categories)
                ++ourCategories[category];
        }
        if (!theirs.contains(post.relativePath)) {
            if (!jekyllSkips)
                result.mismatches.append(QStringLiteral("%1: we read it (%2), Jekyll does not")
                                             .arg(post.relativePath, kindName(post.kind)));
            continue;
        }
        const QJsonObject their = theirs.take(post.relativePath);
        ++result.documents;
        QStringList differences;
        auto check = [&differences](const char *field, const QJsonValue &ours, const QJsonValue &jekyll) {
            if (ours != jekyll)
                differences.append(
                    QStringLiteral("%1 ours %2 Jekyll %3")
                        .arg(
                            QLatin1String(field),
                            QString::fromUtf8(QJsonDocument(QJsonArray{ours}).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(
                                QJsonDocument(QJsonArray{jekyll}).toJson(QJsonDocument::Compact))));
        };
        check("kind", kindName(post.kind), their.value(QStringLiteral("kind")));
        // The URL `postwright list` prints; null when Jekyll cannot build one.
        SitePost withUrl = post;
        SiteScan::fillUrl(withUrl, snapshot.config);
        const QJsonValue ourUrl =
            withUrl.url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(withUrl.url);
        const int before = differences.size();
        check("url", ourUrl, their.value(QStringLiteral("url")));
        if (differences.size() == before)
            ++result.urlsAgreeing;
        else
            differences.last() += QLatin1Char(' ') + urlInputs(post, snapshot.config);
        check("title", post.hasTitle ? QJsonValue(post.title) : QJsonValue(QJsonValue::Null),
              their.value(QStringLiteral("title")));
        check("layout", post.layout.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(post.layout),
              their.value(QStringLiteral("layout")));
        const QJsonValue theirPublished = their.value(QStringLiteral("published"));
        check("published", publishedJson(post.published),
              theirPublished.isString() && theirPublished.toString() != QLatin1String("absent")
                  ? QStringLiteral("<text>")
                  : theirPublished);
        check("publishes", publishes, their.value(QStringLiteral("jekyll_publishes")));
        if (post.kind != SitePost::Kind::Page) {
            check("tags", QJsonArray::fromStringList(post.tags), their.value(QStringLiteral("tags")));
            check("categories", QJsonArray::fromStringList(post.categories),
                  their.value(QStringLiteral("categories")));
            check("draft", post.draft, their.value(QStringLiteral("draft")));
            if (isoDate(post.date) == isoDate(snapshot.siteTime)) {
                // No date anywhere (a document without one, a post whose front matter failed): Jekyll
                // dates it at its site.time, the moment of its own read.
                check("date (the read's time)", isoDate(post.date) == isoDate(snapshot.siteTime),
                      their.value(QStringLiteral("date")).toString() == theirTime);
            } else {
                check("date", isoDate(post.date), their.value(QStringLiteral("date")));
            }
            if (!post.frontMatterFailed)
                check("slug", post.slug, their.value(QStringLiteral("slug")));
        }
        if (differences.isEmpty())
            ++result.agreeing;
        else
            result.mismatches.append(post.relativePath + QStringLiteral(": ") +
                                     differences.join(QStringLiteral("; ")));
    }
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it)
        result.mismatches.append(QStringLiteral("%1: Jekyll reads it (%2), we do not")
                                     .arg(it.key(), it.value().value(QStringLiteral("kind")).toString()));

    auto counts = [](const QJsonValue &value) {
        QMap<QString, int> map;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), it.value().toInt());
        return map;
    };
    if (counts(oracle.value(QStringLiteral("tags"))) != ourTags)
        result.mismatches.append(QStringLiteral("site.tags counts differ"));
    if (counts(oracle.value(QStringLiteral("categories"))) != ourCategories)
        result.mismatches.append(QStringLiteral("site.categories counts differ"));
    return result;
}

}  // namespace SiteOracle
