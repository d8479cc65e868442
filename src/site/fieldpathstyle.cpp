#include "site/fieldpathstyle.h"

#include "post/post.h"
#include "site/siteconfig.h"
#include "site/siteposts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace {

struct Vote {
    FieldPathStyle::Form form = FieldPathStyle::Form::RootRelative;
    QString folder;
    QChar quote;
    QString key() const { return QString::number(int(form)) + QLatin1Char('\n') + folder; }
};

bool remote(const QString &value) {
    return value.startsWith(QLatin1String("//")) || value.contains(QLatin1String("://")) ||
           value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
}

// `path` (relative to the site root, or with a leading slash) as an existing file inside the site, else
// empty.
QString existing(const QString &root, const QString &path) {
    QString clean = path;
    const qsizetype cut = clean.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        clean.truncate(cut);
    clean = QDir::cleanPath(QUrl::fromPercentEncoding(clean.toUtf8()));
    while (clean.startsWith(QLatin1Char('/')))
        clean.remove(0, 1);
    if (clean.isEmpty() || clean == QLatin1String("..") || clean.startsWith(QLatin1String("../")))
        return {};
    return QFileInfo(QDir(root).filePath(clean)).isFile() ? clean : QString();
}

// The style one value follows, when the file it names exists.
std::optional<Vote> classify(const QString &root, const QString &baseurl, const QString &raw,
                             const QStringList &siteImages) {
    static const QRegularExpression filter(
        QStringLiteral(R"(^\{\{-?\s*(["'])([^"'{}]+)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}$)"));
    static const QRegularExpression baseurlTag(QStringLiteral(R"(^\{\{-?\s*site\.baseurl\s*-?\}\}(/.+)$)"));
    const QString value = raw.trimmed();
    if (value.isEmpty() || remote(value))
        return std::nullopt;
    if (const QRegularExpressionMatch m = filter.match(value); m.hasMatch()) {
        if (existing(root, m.captured(2)).isEmpty())
            return std::nullopt;
        return Vote{FieldPathStyle::Form::RelativeUrlFilter, QString(), m.captured(1).at(0)};
    }
    if (const QRegularExpressionMatch m = baseurlTag.match(value); m.hasMatch())
        return existing(root, m.captured(1)).isEmpty()
                   ? std::nullopt
                   : std::optional<Vote>(Vote{FieldPathStyle::Form::BaseurlTag, QString(), QChar()});
    if (value.contains(QLatin1String("{{")) || value.contains(QLatin1String("{%")))
        return std::nullopt;
    if (value.startsWith(QLatin1Char('/'))) {
        if (!existing(root, value).isEmpty())
            return Vote{FieldPathStyle::Form::RootRelative, QString(), QChar()};
        if (!baseurl.isEmpty() && value.startsWith(baseurl + QLatin1Char('/')) &&
            !existing(root, value.mid(baseurl.size())).isEmpty())
            return Vote{FieldPathStyle::Form::LiteralBaseurl, QString(), QChar()};
        return std::nullopt;
    }
    if (!existing(root, value).isEmpty())
        return Vote{FieldPathStyle::Form::SiteRelative, QString(), QChar()};
    // A bare name the theme prefixes with a folder of its own: the one image of the site it can be.
    QString folder;
    const QString tail = QLatin1Char('/') + QDir::cleanPath(value);
    for (const QString &image : siteImages) {
        if (!image.endsWith(tail))
            continue;
        if (!folder.isNull())
            return std::nullopt;  // ambiguous
        folder = image.left(image.size() - tail.size());
    }
    if (folder.isNull())
        return std::nullopt;
    return Vote{FieldPathStyle::Form::InFolder, folder, QChar()};
}

}  // namespace

FieldPathStyle FieldPathStyle::learn(const QString &siteRoot, const QString &baseurl,
                                     const QStringList &values, const QString &oldValue,
                                     const QStringList &siteImages) {
    FieldPathStyle style;
    style.m_baseurl = baseurl;
    while (style.m_baseurl.endsWith(QLatin1Char('/')))
        style.m_baseurl.chop(1);
    if (!style.m_baseurl.isEmpty() && !style.m_baseurl.startsWith(QLatin1Char('/')))
        style.m_baseurl.prepend(QLatin1Char('/'));

    QHash<QString, int> counts;
    QHash<QString, Vote> votes;
    QStringList order;  // first seen first: ties go to the newest posts
    QHash<QChar, int> quotes;
    for (const QString &value : values) {
        const std::optional<Vote> vote = classify(siteRoot, style.m_baseurl, value, siteImages);
        if (!vote)
            continue;
        if (!counts.contains(vote->key())) {
            order.append(vote->key());
            votes.insert(vote->key(), *vote);
        }
        ++counts[vote->key()];
        if (!vote->quote.isNull())
            ++quotes[vote->quote];
    }
    QString best;
    for (const QString &key : order) {
        if (best.isNull() || counts.value(key) > counts.value(best))
            best = key;
    }
    if (!best.isNull()) {
        style.m_form = votes.value(best).form;
        style.m_folder = votes.value(best).folder;
        style.m_votes = counts.value(best);
        if (quotes.value(QLatin1Char('"')) > quotes.value(QLatin1Char('\'')))
            style.m_quote = QLatin1Char('"');
        return style;
    }
    // No post of the site shows the way: this post's own value does, by its shape alone.
    const QString old = oldValue.trimmed();
    if (old.contains(QLatin1String("relative_url")) && old.startsWith(QLatin1String("{{"))) {
        style.m_form = Form::RelativeUrlFilter;
        if (old.contains(QLatin1Char('"')))
            style.m_quote = QLatin1Char('"');
    } else if (old.startsWith(QLatin1String("{{")) && old.contains(QLatin1String("site.baseurl"))) {
        style.m_form = Form::BaseurlTag;
    } else {
        style.m_form =
            old.isEmpty() || old.startsWith(QLatin1Char('/')) ? Form::RootRelative : Form::SiteRelative;
    }
    return style;
}

FieldPathStyle FieldPathStyle::forSite(const QString &siteRoot, const QString &key, const QString &oldValue,
                                       const QString &postPath, const QStringList &siteImages) {
    const Result<SiteConfig> config = SiteConfig::load(siteRoot);
    const QString own = postPath.isEmpty() ? QString() : QFileInfo(postPath).absoluteFilePath();
    QStringList values;
    const QStringList posts = SitePosts::list(siteRoot);
    for (int i = 0; i < posts.size() && i < kSampleLimit; ++i) {
        if (QFileInfo(posts.at(i)).absoluteFilePath() == own)
            continue;
        QFile file(posts.at(i));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Post post = Post::fromText(file.read(kSampleBytes));
        const FieldEntry *entry = post.field(key);
        if (entry && entry->kind == FieldEntry::Kind::Scalar)
            values.append(entry->scalar);
    }
    return learn(siteRoot, config ? config->baseurl() : QString(), values, oldValue, siteImages);
}

Result<QString> FieldPathStyle::value(const QString &relativePath) const {
    const QString path = QLatin1Char('/') + relativePath;
    switch (m_form) {
        case Form::SiteRelative:
            return relativePath;
        case Form::RootRelative:
            return path;
        case Form::LiteralBaseurl:
            return m_baseurl + path;
        case Form::BaseurlTag:
            return QStringLiteral("{{ site.baseurl }}") + path;
        case Form::RelativeUrlFilter: {
            QChar quote = m_quote;
            if (path.contains(quote))
                quote = quote == QLatin1Char('\'') ? QLatin1Char('"') : QLatin1Char('\'');
            return QStringLiteral("{{ %1%2%1 | relative_url }}").arg(quote).arg(path);
        }
        case Form::InFolder:
            if (!relativePath.startsWith(m_folder + QLatin1Char('/')))
                return Result<QString>::failure(
                    tr("This site's posts name the image relative to %1/, and %2 is not in that folder; "
                       "move the image there or type its path")
                        .arg(m_folder, relativePath));
            return relativePath.mid(m_folder.size() + 1);
    }
    return path;
}
