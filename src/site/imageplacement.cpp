#include "site/imageplacement.h"

#include "site/siteconfig.h"
#include "site/siteposts.h"
#include "site/slug.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

constexpr int kMaxNameTries = 100000;

const QString &imageExtensions() {
    static const QString ext = QStringLiteral(R"(\.(?:png|jpe?g|gif|webp|svg|avif|bmp|ico|tiff?))");
    return ext;
}

// Whether Jekyll publishes a file at `relativePath`: it skips folders and files starting with `_` or `.`.
bool published(const QString &relativePath) {
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('_')) || part.startsWith(QLatin1Char('.')))
            return false;
    }
    return !parts.isEmpty();
}

// `path` ('/'-separated, relative to `root`) as a published file of the site, or empty.
QString existingInSite(const QString &root, const QString &path) {
    const QString clean = QDir::cleanPath(QUrl::fromPercentEncoding(path.toUtf8()));
    const QString relative = clean.startsWith(QLatin1Char('/')) ? clean.mid(1) : clean;
    if (relative.isEmpty() || relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")) ||
        !published(relative))
        return {};
    return QFileInfo(QDir(root).filePath(relative)).isFile() ? relative : QString();
}

struct Tally {
    QHash<QString, int> counts;
    QStringList order;  // first seen first: breaks ties towards the newest posts
    void add(const QString &key) {
        if (!counts.contains(key))
            order.append(key);
        ++counts[key];
    }
    QString best() const {
        QString winner;
        for (const QString &key : order) {
            if (winner.isNull() || counts.value(key) > counts.value(winner))
                winner = key;
        }
        return winner;
    }
};

QString folderOf(const QString &relativePath) {
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString(QLatin1String("")) : relativePath.left(slash);
}

}  // namespace

ImagePlacement::ImagePlacement(const QString &siteRoot, const QString &baseurl, const QString &folder,
                               UrlStyle style, QChar quote)
    : m_root(siteRoot), m_folder(folder), m_style(style), m_quote(quote) {
    m_baseurl = baseurl;
    while (m_baseurl.endsWith(QLatin1Char('/')))
        m_baseurl.chop(1);
    if (!m_baseurl.isEmpty() && !m_baseurl.startsWith(QLatin1Char('/')))
        m_baseurl.prepend(QLatin1Char('/'));
}

ImagePlacement ImagePlacement::learn(const QString &siteRoot, const QString &baseurl,
                                     const QVector<Sample> &samples, const QString &postPath) {
    // `{{ '/x.png' | relative_url }}` (absolute_url too), `{{ site.baseurl }}/x.png`, and plain targets
    // after `](`, `src=`, a YAML `key:` or list dash.
    static const QRegularExpression filter(
        QStringLiteral(R"(\{\{-?\s*(["'])([^"'{}]+%1)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\})")
            .arg(imageExtensions()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression baseurlTag(
        QStringLiteral(R"(\{\{-?\s*site\.baseurl\s*-?\}\}(/[^\s"'()<>{}\]]+%1))").arg(imageExtensions()),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plain(
        QStringLiteral(R"((?:\]\(\s*<?|src\s*=\s*["']?|:[ \t]*["']?|^[ \t]*-[ \t]+["']?)([^\s"'()<>{}]+%1))")
            .arg(imageExtensions()),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);

    ImagePlacement placement(siteRoot, baseurl, QStringLiteral("assets/images"), UrlStyle::RootRelative);
    Tally folders;
    Tally perPost;  // "<parent>\n<0: slug, 1: file name>" of folders named after their post
    const Sample *current = nullptr;
    Tally styles;
    Tally quotes;
    auto count = [&](const QString &relative, UrlStyle style, bool styled) {
        if (relative.isEmpty())
            return;
        const QString folder = folderOf(relative);
        const QString last = folder.mid(folder.lastIndexOf(QLatin1Char('/')) + 1);
        const QString parent = folder.left(qMax<qsizetype>(0, folder.size() - last.size() - 1));
        if (!current->path.isEmpty() && !last.isEmpty() &&
            last == QFileInfo(current->path).completeBaseName())
            perPost.add(parent + QLatin1String("\n1"));
        else if (!current->path.isEmpty() && !last.isEmpty() && last == baseName(current->path))
            perPost.add(parent + QLatin1String("\n0"));
        else
            folders.add(folder);
        if (styled)
            styles.add(QString::number(static_cast<int>(style)));
    };
    for (const Sample &sample : samples) {
        current = &sample;
        for (auto it = filter.globalMatch(sample.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString relative = existingInSite(siteRoot, m.captured(2));
            if (!relative.isEmpty())
                quotes.add(m.captured(1));
            count(relative, UrlStyle::RelativeUrlFilter, true);
        }
        for (auto it = baseurlTag.globalMatch(sample.text); it.hasNext();)
            count(existingInSite(siteRoot, it.next().captured(1)), UrlStyle::BaseurlTag, true);
        for (auto it = plain.globalMatch(sample.text); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.startsWith(QLatin1String("//")) || target.contains(QLatin1String("://")))
                continue;
            if (target.startsWith(QLatin1Char('/'))) {
                const QString direct = existingInSite(siteRoot, target);
                if (!direct.isEmpty()) {
                    count(direct, UrlStyle::RootRelative, true);
                } else if (!placement.m_baseurl.isEmpty() &&
                           target.startsWith(placement.m_baseurl + QLatin1Char('/'))) {
                    count(existingInSite(siteRoot, target.mid(placement.m_baseurl.size())),
                          UrlStyle::LiteralBaseurl, true);
                }
                continue;
            }
            // A relative target teaches the folder only: it resolves against the post's URL, which changes
            // when the post is published or renamed, so new links are not written that way.
            QString relative = existingInSite(siteRoot, target);
            if (relative.isEmpty() && !sample.path.isEmpty()) {
                const QString fromPost = QDir(siteRoot).relativeFilePath(
                    QDir(QFileInfo(sample.path).absolutePath()).filePath(target));
                relative = existingInSite(siteRoot, fromPost);
            }
            count(relative, UrlStyle::RootRelative, false);
        }
    }
    int shared = 0;
    for (int n : std::as_const(folders.counts))
        shared += n;
    int own = 0;
    for (int n : std::as_const(perPost.counts))
        own += n;
    if (own > shared && !postPath.isEmpty()) {
        // Each post keeps its images in a folder of its own, named after its slug or its file.
        const QStringList best = perPost.best().split(QLatin1Char('\n'));
        const QString name =
            best.at(1) == QLatin1String("1") ? QFileInfo(postPath).completeBaseName() : baseName(postPath);
        placement.m_folder = best.at(0).isEmpty() ? name : best.at(0) + QLatin1Char('/') + name;
    } else if (!folders.order.isEmpty()) {
        placement.m_folder = folders.best();
    }
    if (!styles.order.isEmpty())
        placement.m_style = static_cast<UrlStyle>(styles.best().toInt());
    else if (!placement.m_baseurl.isEmpty())
        placement.m_style = UrlStyle::RelativeUrlFilter;
    if (!quotes.order.isEmpty())
        placement.m_quote = quotes.best().at(0);
    return placement;
}

ImagePlacement ImagePlacement::forSite(const QString &siteRoot, const QString &postPath) {
    const Result<SiteConfig> config = SiteConfig::load(siteRoot);
    const QString baseurl = config ? config->baseurl() : QString();
    QVector<Sample> samples;
    const QStringList posts = SitePosts::list(siteRoot);
    for (int i = 0; i < posts.size() && i < kSampleLimit; ++i) {
        QFile file(posts.at(i));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        samples.append({QString::fromUtf8(file.read(kSampleBytes)), posts.at(i)});
    }
    return learn(siteRoot, baseurl, samples, postPath);
}

ImagePlacement ImagePlacement::withFolder(const QString &folder) const {
    ImagePlacement placement = *this;
    placement.m_folder = folder;
    return placement;
}

Result<QString> ImagePlacement::folderInSite(const QString &siteRoot, const QString &path) {
    const QString root = QFileInfo(siteRoot).canonicalFilePath();
    const QString folder = QFileInfo(path).canonicalFilePath();
    if (root.isEmpty() || folder.isEmpty() || !QFileInfo(folder).isDir())
        return Result<QString>::failure(
            tr("%1 is not a folder that exists.").arg(QDir::toNativeSeparators(path)));
    const QString relative =
        folder == root ? QString(QLatin1String("")) : QDir(root).relativeFilePath(folder);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")) ||
        QDir::isAbsolutePath(relative))
        return Result<QString>::failure(
            tr("%1 is outside the site %2: images must be inside it to be published.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(root)));
    if (!relative.isEmpty() && !published(relative + QLatin1String("/x")))
        return Result<QString>::failure(
            tr("Jekyll does not publish %1: a folder whose name starts with _ or . stays out of the site.")
                .arg(QDir::toNativeSeparators(path)));
    return relative;
}

QString ImagePlacement::absoluteFolder() const {
    return m_folder.isEmpty() ? m_root : QDir(m_root).filePath(m_folder);
}

QString ImagePlacement::pathInFolder(const QString &fileName) const {
    return m_folder.isEmpty() ? fileName : m_folder + QLatin1Char('/') + fileName;
}

QString ImagePlacement::url(const QString &relativePath) const {
    QString path = QLatin1Char('/') + relativePath;
    path.replace(QLatin1Char('%'), QLatin1String("%25"));
    path.replace(QLatin1Char(' '), QLatin1String("%20"));
    path.replace(QLatin1Char('('), QLatin1String("%28"));
    path.replace(QLatin1Char(')'), QLatin1String("%29"));
    switch (m_style) {
        case UrlStyle::RootRelative:
            return path;
        case UrlStyle::LiteralBaseurl:
            return m_baseurl + path;
        case UrlStyle::BaseurlTag:
            return QStringLiteral("{{ site.baseurl }}") + path;
        case UrlStyle::RelativeUrlFilter: {
            QChar quote = m_quote;
            if (path.contains(quote))
                quote = quote == QLatin1Char('\'') ? QLatin1Char('"') : QLatin1Char('\'');
            return QStringLiteral("{{ %1%2%1 | relative_url }}").arg(quote).arg(path);
        }
    }
    return path;
}

QString ImagePlacement::markdownImage(const QString &alt, const QString &relativePath) const {
    QString text = alt;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('['), QLatin1String("\\["));
    text.replace(QLatin1Char(']'), QLatin1String("\\]"));
    return QStringLiteral("![%1](%2)").arg(text, url(relativePath));
}

QString ImagePlacement::relativeInSite(const QString &path) const {
    const QString root = QFileInfo(m_root).canonicalFilePath();
    const QString file = QFileInfo(path).canonicalFilePath();
    if (root.isEmpty() || file.isEmpty())
        return {};
    const QString relative = QDir(root).relativeFilePath(file);
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative) || !published(relative))
        return {};
    return relative;
}

QString ImagePlacement::baseName(const QString &postPath) {
    if (postPath.isEmpty())
        return QStringLiteral("image");
    static const QRegularExpression datePrefix(QStringLiteral(R"(^\d+-\d+-\d+-)"));
    QString name = QFileInfo(postPath).completeBaseName();
    name.remove(datePrefix);
    return Slug::fromTitle(name);
}

QString ImagePlacement::freeName(const QString &base, const QString &extension) const {
    const QDir folder(absoluteFolder());
    const QString ext = extension.startsWith(QLatin1Char('.')) ? extension.mid(1) : extension;
    // A number is taken whatever the extension: a post's images count up in the order they were added.
    QSet<int> taken;
    const QRegularExpression numbered(
        QStringLiteral("^%1-(\\d+)(?:\\..*)?$").arg(QRegularExpression::escape(base)));
    const QStringList names =
        folder.entryList({base + QLatin1String("-*")}, QDir::AllEntries | QDir::System | QDir::Hidden);
    for (const QString &name : names) {
        if (const QRegularExpressionMatch m = numbered.match(name); m.hasMatch())
            taken.insert(m.captured(1).toInt());
    }
    for (int n = 1; n < kMaxNameTries; ++n) {
        if (taken.contains(n))
            continue;
        const QString name = QStringLiteral("%1-%2").arg(base).arg(n);
        const QString candidate =
            folder.filePath(ext.isEmpty() ? name : name + QLatin1Char('.') + ext.toLower());
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
    return {};
}
