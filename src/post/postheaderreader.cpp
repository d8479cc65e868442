#include "post/postheaderreader.h"

#include <QLocale>

#include "frontmatter/dateshape.h"
#include "post/post.h"

namespace {

QStringList listOrWords(const FieldEntry *entry) {
    if (!entry)
        return {};
    if (entry->kind == FieldEntry::Kind::Sequence)
        return entry->items;
    if (entry->kind == FieldEntry::Kind::Scalar)  // Jekyll splits a string of tags on spaces
        return entry->scalar.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return {};
}

}  // namespace

PostHeader PostHeaderReader::read(const Post &post, const QString &fallbackTitle) {
    PostHeader header;
    header.title = post.scalar(QStringLiteral("title"));
    if (header.title.isEmpty())
        header.title = fallbackTitle;
    // Themes show the day, not the time: "21 September 2018".
    if (const std::optional<DateShape> date = DateShape::of(post.scalar(QStringLiteral("date"))))
        header.date = QLocale().toString(date->value().date(), QStringLiteral("d MMMM yyyy"));
    header.tags = listOrWords(post.field(QStringLiteral("tags")));
    if (header.tags.isEmpty())
        header.tags = listOrWords(post.field(QStringLiteral("categories")));
    // Themes name the cover differently: Jasper2 `cover`, Chirpy `image` or `image.path`, Minimal Mistakes
    // `header.image` / `header.overlay_image`, Hux `header-img`, Ghost-likes `feature_image`.
    for (const char *key : {"cover", "image", "image.path", "header.image", "header.overlay_image",
                            "header-img", "feature_image", "cover.image", "banner.image"}) {
        const QString value = post.scalar(QString::fromLatin1(key));
        if (!value.isEmpty()) {
            header.cover = value;
            break;
        }
    }
    return header;
}
