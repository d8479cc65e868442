#include "postlinter.h"

#include <QFileInfo>

#include "frontmatter/frontmatter.h"
#include "post/textencoding.h"

QVector<Diagnostic> PostLinter::check(const QByteArray &bytes) {
    if (const std::optional<Diagnostic> problem = TextEncoding::findProblem(bytes))
        return {*problem};
    return FrontMatter::parse(bytes).diagnostics();
}

bool PostLinter::isPostFileName(const QString &fileName) {
    static const QStringList extensions = {
        QStringLiteral("md"),  QStringLiteral("markdown"), QStringLiteral("mkdown"),  QStringLiteral("mkdn"),
        QStringLiteral("mkd"), QStringLiteral("mdown"),    QStringLiteral("mdwn"),    QStringLiteral("html"),
        QStringLiteral("htm"), QStringLiteral("text"),     QStringLiteral("textile"), QStringLiteral("rmd")};
    return extensions.contains(QFileInfo(fileName).suffix().toLower());
}
