#include "site/jekylldefaults.h"

#include "site/siteconfig.h"

#include <QDir>
#include <QFile>

#include <glob.h>

namespace {

// FrontMatterDefaults#sanitize_path: only a leading slash goes.
QString sanitized(const QString &path) {
    return path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
}

QString stripCollectionsDir(const QString &path, const QString &collectionsDir) {
    const QString slashed = collectionsDir + QLatin1Char('/');
    if (collectionsDir.isEmpty() || !path.startsWith(slashed))
        return path;
    return path.mid(slashed.size());
}

QString typeName(QString type) {
    if (type == QLatin1String("page"))
        return QStringLiteral("pages");
    if (type == QLatin1String("post"))
        return QStringLiteral("posts");
    if (type == QLatin1String("draft"))
        return QStringLiteral("drafts");
    return type;
}

QStringList globbed(const QString &root, const QString &pattern, const QString &collectionsDir) {
    QStringList matches;
    const QByteArray full = QFile::encodeName(QDir(root).filePath(pattern));
    glob_t result{};
    if (::glob(full.constData(), 0, nullptr, &result) == 0) {
        const QDir base(root);
        for (size_t i = 0; i < result.gl_pathc; ++i)
            matches.append(stripCollectionsDir(base.relativeFilePath(QFile::decodeName(result.gl_pathv[i])),
                                               collectionsDir));
    }
    globfree(&result);
    return matches;
}

}  // namespace

JekyllDefaults::JekyllDefaults(const SiteConfig &config, const QString &siteRoot) {
    const JekyllValue *sets = config.settings().find(QStringLiteral("defaults"));
    if (!sets || !sets->isList())
        return;
    const QString collectionsDir = config.collectionsDir();
    for (const JekyllValue &item : sets->items) {
        const JekyllValue *values = item.isMap() ? item.find(QStringLiteral("values")) : nullptr;
        if (!values || !values->isMap())
            continue;  // Jekyll warns about an invalid set and ignores it
        Set set;
        set.values = *values;
        const JekyllValue *scope = item.find(QStringLiteral("scope"));
        set.hasScope = scope && scope->isMap();
        if (set.hasScope) {
            if (const JekyllValue *type = scope->find(QStringLiteral("type"))) {
                set.hasType = true;
                set.type = typeName(type->toRubyString());
            }
            const JekyllValue *path = scope->find(QStringLiteral("path"));
            if (path && path->isString() && !path->text.isEmpty()) {
                set.path = path->text;
                set.glob = set.path.contains(QLatin1Char('*'));
                if (set.glob)
                    set.globMatches = globbed(siteRoot, set.path, collectionsDir);
                else
                    set.path = stripCollectionsDir(set.path, collectionsDir);
            }
        }
        m_sets.append(set);
    }
}

JekyllValue JekyllDefaults::all(const QString &relativePath, const QString &type) const {
    JekyllValue defaults;
    defaults.type = JekyllValue::Type::Map;
    const Set *oldScope = nullptr;
    const QString path = sanitized(relativePath);
    for (const Set &set : m_sets) {
        if (set.hasScope) {
            if (set.hasType && set.type != type)
                continue;
            if (!set.path.isEmpty()) {
                // path_is_subpath? is a plain string prefix test in Jekyll 4.3.
                bool applies = false;
                if (set.glob) {
                    for (const QString &match : set.globMatches)
                        applies = applies || path.startsWith(match);
                } else {
                    applies = path.startsWith(set.path);
                }
                if (!applies)
                    continue;
            }
        }
        bool precedence = true;
        if (oldScope) {
            const QString newPath = sanitized(set.path);
            const QString oldPath = sanitized(oldScope->path);
            if (newPath.size() != oldPath.size())
                precedence = newPath.size() > oldPath.size();
            else
                precedence = set.hasType || !oldScope->hasType;
        }
        if (precedence) {
            defaults = JekyllValue::deepMerged(defaults, set.values);
            oldScope = set.hasScope ? &set : nullptr;  // a set without a scope makes the next one win
        } else {
            defaults = JekyllValue::deepMerged(set.values, defaults);
        }
    }
    return defaults;
}
