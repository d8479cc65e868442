#include "render/postliquidcontext.h"

#include "site/jekyllfrontmatter.h"
#include "site/psychyaml.h"
#include "site/sitefolderwalker.h"
#include "site/siteroot.h"
#include "site/sitescan.h"

#include <QDir>
#include <QFileInfo>

namespace {

JekyllValue stringList(const QStringList &items) {
    QVector<JekyllValue> values;
    for (const QString &item : items)
        values.append(JekyllValue::string(item));
    return JekyllValue::list(values);
}

JekyllValue timeValue(const QDateTime &time) {
    JekyllValue value;
    value.type = JekyllValue::Type::Time;
    value.time = time;
    return value;
}

// The file's own front matter, as Psych reads it; Null when it has none or Jekyll could not read it.
JekyllValue frontMatterOf(const QByteArray &bytes) {
    const JekyllFrontMatter::Block block = JekyllFrontMatter::find(bytes);
    if (!block.found)
        return JekyllValue();
    const PsychYaml::Loaded loaded = PsychYaml::load(bytes.mid(block.begin, block.yamlEnd - block.begin));
    return !loaded.error && loaded.value.isMap() ? loaded.value : JekyllValue();
}

}  // namespace

PostLiquidContext::PostLiquidContext(const QString &siteRoot)
    : m_root(siteRoot.isEmpty() ? QString() : QDir(siteRoot).absolutePath())
    , m_links(std::make_shared<const LiquidLinks>()) {
    if (m_root.isEmpty())
        return;
    if (const Result<SiteConfig> loaded = SiteConfig::load(m_root))
        m_config = loaded.value();
    m_reader.defaults = JekyllDefaults(m_config, m_root);
    m_reader.zone = m_config.zone();
    m_reader.siteTime = QDateTime::currentDateTime().toTimeZone(m_reader.zone);
    m_reader.markdownExtensions = m_config.markdownExtensions();
    for (QString &extension : m_reader.markdownExtensions)
        extension = extension.toLower();
}

void PostLiquidContext::setDocuments(const QVector<SitePost> &documents) {
    LiquidLinks links = LiquidLinks::fromDocuments(documents, m_config.collectionsDir());
    // The same table keeps its identity, so that contexts built from it compare equal: a save that moved no
    // URL must not make the preview render the post again.
    if (!(links == *m_links))
        m_links = std::make_shared<const LiquidLinks>(std::move(links));
}

LiquidContext PostLiquidContext::contextFor(const QString &path, const QByteArray &bytes,
                                            LiquidContext::Urls urls) const {
    if (m_root.isEmpty())
        return LiquidContext();
    std::optional<SiteCandidate> candidate;
    if (!path.isEmpty())
        candidate = SiteFolderWalker(m_root, m_config).classify(QFileInfo(path).absoluteFilePath());
    if (!candidate) {
        // Not (yet) a document Jekyll reads: a page at its place in the site.
        candidate.emplace();
        candidate->kind = SitePost::Kind::Page;
        candidate->path = path;
        candidate->relativePath = path.isEmpty() ? QString() : QDir(m_root).relativeFilePath(path);
        candidate->jekyllRelativePath = candidate->relativePath;
    }
    SitePost post;
    post.kind = candidate->kind;
    post.collection = candidate->collection;
    post.path = candidate->path;
    post.relativePath = candidate->relativePath;
    const QString fileName = QFileInfo(candidate->relativePath).fileName();
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    post.extension = dot > 0 ? fileName.mid(dot) : QString();
    post.validUtf8 = true;
    JekyllFrontMatter::apply(bytes, *candidate, m_reader, post);
    SiteScan::fillUrl(post, m_config);

    const bool page = post.kind == SitePost::Kind::Page;
    const JekyllValue defaults = m_reader.defaults.all(candidate->jekyllRelativePath,
                                                       page ? QStringLiteral("pages") : post.collection);
    JekyllValue values = JekyllValue::deepMerged(defaults, frontMatterOf(bytes));
    if (!values.isMap())
        values.type = JekyllValue::Type::Map;
    // What Jekyll's drops add to the data (Document#to_liquid, Page#to_liquid).
    values.set(QStringLiteral("url"), JekyllValue::string(post.url));
    values.set(QStringLiteral("path"), JekyllValue::string(candidate->jekyllRelativePath));
    if (post.hasTitle || !page)
        values.set(QStringLiteral("title"), JekyllValue::string(post.title));
    if (!page) {
        values.set(QStringLiteral("date"), timeValue(post.date.toTimeZone(m_reader.zone)));
        values.set(QStringLiteral("slug"), JekyllValue::string(post.slug));
        values.set(QStringLiteral("categories"), stringList(post.categories));
        values.set(QStringLiteral("tags"), stringList(post.tags));
        values.set(QStringLiteral("collection"), JekyllValue::string(post.collection));
        // Document#id: the URL's folder and the slug.
        QString folder = post.url;
        while (folder.endsWith(QLatin1Char('/')))
            folder.chop(1);  // File.dirname ignores trailing slashes
        folder.truncate(qMax<qsizetype>(folder.lastIndexOf(QLatin1Char('/')), 0));
        values.set(QStringLiteral("id"), JekyllValue::string(folder + QLatin1Char('/') + post.slug));
    }
    return LiquidContext(m_config.settings(), values, m_links, urls);
}

LiquidContext PostLiquidContext::forFile(const QString &path, const QByteArray &bytes,
                                         LiquidContext::Urls urls) {
    const QString root = SiteRoot::find(path);
    PostLiquidContext builder(root);
    if (!root.isEmpty())
        builder.setDocuments(SiteScan::read(root).documents());
    return builder.contextFor(path, bytes, urls);
}
