#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How a site's posts write an image path in one front-matter field (`cover`, `image`, `header.image`...),
// learnt from the values its other posts hold for that field, so a picked image is written the same way:
// `assets/images/x.jpg` (jasper2), `/assets/img/x.jpg`, `/blog/assets/x.jpg`, `{{ site.baseurl }}/x.jpg`,
// `{{ '/x.jpg' | relative_url }}`, or a bare name the theme prefixes with its own folder (`x.jpg` for
// `assets/img/posts/x.jpg`). A value counts only when the file it names exists; remote URLs and other
// Liquid are ignored. Plain value type; any thread.
class FieldPathStyle {
    Q_DECLARE_TR_FUNCTIONS(FieldPathStyle)

public:
    enum class Form {
        SiteRelative,       // `assets/x.jpg`
        RootRelative,       // `/assets/x.jpg`
        LiteralBaseurl,     // `/blog/assets/x.jpg`: the site's baseurl written out
        BaseurlTag,         // `{{ site.baseurl }}/assets/x.jpg`
        RelativeUrlFilter,  // `{{ '/assets/x.jpg' | relative_url }}`
        InFolder,           // `x.jpg`, relative to folder()
    };

    static constexpr int kSampleLimit = 200;           // newest posts read by forSite()
    static constexpr qint64 kSampleBytes = 64 * 1024;  // of each: front matter comes first

    // The style most of `values` (newest first, which wins ties) follow in the site at `siteRoot`;
    // `siteImages` (relative paths) are where a bare name may point. With none recognised: the style of
    // `oldValue`, this post's own value (a leading `/` kept, or added when it is empty).
    static FieldPathStyle learn(const QString &siteRoot, const QString &baseurl, const QStringList &values,
                                const QString &oldValue, const QStringList &siteImages = QStringList());
    // The same from the site's `_config.yml` and the values `key` has in its newest posts and drafts, read
    // now, leaving out the post at `postPath`.
    static FieldPathStyle forSite(const QString &siteRoot, const QString &key, const QString &oldValue,
                                  const QString &postPath = QString(),
                                  const QStringList &siteImages = QStringList());

    Form form() const { return m_form; }
    // For InFolder: the folder relative to the site root, no leading or trailing slash.
    QString folder() const { return m_folder; }
    // How many of the site's values agreed on this style; 0 when it came from the old value.
    int votes() const { return m_votes; }

    // The field's value for the file at `relativePath` (relative to the site root). Fails for InFolder when
    // the file lies outside the folder the theme prefixes.
    Result<QString> value(const QString &relativePath) const;

private:
    Form m_form = Form::RootRelative;
    QString m_folder;
    QString m_baseurl;
    QChar m_quote = QLatin1Char('\'');
    int m_votes = 0;
};
