#include "site/postlocation.h"

#include "site/slug.h"

#include <QDir>

QString PostLocation::newPostPath(const QString &siteRoot, const QString &title, const QDate &date,
                                  bool draft) {
    const QDir root(QDir::cleanPath(siteRoot));
    const QString slug = Slug::fromTitle(title);
    if (draft)
        return root.filePath(QStringLiteral("_drafts/%1.md").arg(slug));
    const QDate day = date.isValid() ? date : QDate::currentDate();
    return root.filePath(
        QStringLiteral("_posts/%1-%2.md").arg(day.toString(QStringLiteral("yyyy-MM-dd")), slug));
}
