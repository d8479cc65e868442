#include "postreferences.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <set>

namespace {

// `](target "title")` or `](<target>)`, `[id]: target`, and src=/href= with either quote or none. A target
// may hold Liquid output tags with spaces (`{{ site.baseurl }}`).
const QRegularExpression &inlineLink() {
    static const QRegularExpression re(
        QStringLiteral(R"re(\]\(\s*(<[^>\n]*>|(?:\{\{[^}\n]*\}\}|[^)\s])+))re"));
    return re;
}
const QRegularExpression &referenceDefinition() {
    static const QRegularExpression re(
        QStringLiteral(R"re((?m)^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|(?:\{\{[^}\n]*\}\}|\S)+))re"));
    return re;
}
const QRegularExpression &htmlAttribute() {
    static const QRegularExpression re(
        QStringLiteral(R"re(\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}
// `{{ '/x' | relative_url }}`, and the site.url/site.baseurl prefixes.
const QRegularExpression &urlFilter() {
    static const QRegularExpression re(QStringLiteral(
        R"re(^\{\{-?\s*(?:'([^']*)'|"([^"]*)")\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\})re"));
    return re;
}
const QRegularExpression &sitePrefix() {
    static const QRegularExpression re(QStringLiteral(R"re(^\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\})re"));
    return re;
}

// The site path a target names (root-relative with a leading '/', or relative), or empty when it names
// nothing local.
QString localPath(QString target) {
    if (target.startsWith(QLatin1Char('<')) && target.endsWith(QLatin1Char('>')))
        target = target.mid(1, target.size() - 2);
    target = target.trimmed();
    bool rooted = false;
    while (true) {
        const QRegularExpressionMatch prefix = sitePrefix().match(target);
        if (!prefix.hasMatch())
            break;
        target = target.mid(prefix.capturedLength());
        rooted = true;
    }
    const QRegularExpressionMatch filter = urlFilter().match(target);
    if (filter.hasMatch()) {
        target = filter.captured(1).isNull() ? filter.captured(2) : filter.captured(1);
        rooted = true;
    }
    if (target.isEmpty() || target.contains(QLatin1String("{{")) || target.contains(QLatin1String("{%")) ||
        target.startsWith(QLatin1String("//")) || target.startsWith(QLatin1Char('#')) ||
        QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:")).match(target).hasMatch())
        return QString();
    const qsizetype cut = target.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        target.truncate(cut);
    target = QUrl::fromPercentEncoding(target.toUtf8());
    if (rooted && !target.startsWith(QLatin1Char('/')))
        target.prepend(QLatin1Char('/'));
    return target;
}

bool copiedBySite(const QString &relative) {
    for (const QString &part : relative.split(QLatin1Char('/'))) {
        if (part.startsWith(QLatin1Char('_')) || part.startsWith(QLatin1Char('.')))
            return false;
    }
    return true;
}

}  // namespace

QStringList PostReferences::targets(const QByteArray &body) {
    const QString text = QString::fromUtf8(body);
    QList<QPair<qsizetype, QString>> found;
    for (const QRegularExpression *re : {&inlineLink(), &referenceDefinition()}) {
        for (QRegularExpressionMatchIterator it = re->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            found.append({m.capturedStart(1), m.captured(1)});
        }
    }
    for (QRegularExpressionMatchIterator it = htmlAttribute().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (int group = 1; group <= 3; ++group) {
            if (m.capturedStart(group) >= 0)
                found.append({m.capturedStart(group), m.captured(group)});
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &target : found)
        out.append(target.second);
    return out;
}

QStringList PostReferences::localFiles(const QString &siteRoot, const QString &postPath,
                                       const QByteArray &body) {
    const QString root = QFileInfo(siteRoot).canonicalFilePath();
    if (root.isEmpty())
        return {};
    const QDir rootDir(root);
    const QDir postDir = QFileInfo(postPath).absoluteDir();
    std::set<QString> files;
    for (const QString &target : targets(body)) {
        const QString path = localPath(target);
        if (path.isEmpty())
            continue;
        const QStringList candidates = path.startsWith(QLatin1Char('/'))
                                           ? QStringList{root + path}
                                           : QStringList{postDir.filePath(path), rootDir.filePath(path)};
        for (const QString &candidate : candidates) {
            const QFileInfo info(candidate);
            if (!info.isFile())
                continue;
            const QString canonical = info.canonicalFilePath();
            const QString relative = rootDir.relativeFilePath(canonical);
            if (relative.startsWith(QLatin1String("../")) || !copiedBySite(relative))
                continue;
            files.insert(canonical);
            break;
        }
    }
    return QStringList(files.begin(), files.end());
}
