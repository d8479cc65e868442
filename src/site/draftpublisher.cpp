#include "site/draftpublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "frontmatter/dateshape.h"
#include "post/post.h"
#include "post/postfile.h"
#include "site/sitetimezone.h"

namespace {

// A path split at its nearest `_drafts` or `_posts` folder: `<base>/<folder>/<inner>/<name>`.
struct Placement {
    QString base;   // the folder holding `_drafts`/`_posts` (the site root or a category folder)
    QString inner;  // folders between `_drafts`/`_posts` and the file ("" or "sub/")
    QString name;   // the file name
};

std::optional<Placement> placementIn(const QString &path, const QString &folder) {
    const QFileInfo info(path);
    const QStringList parts = QDir::cleanPath(info.absoluteFilePath()).split(QLatin1Char('/'));
    for (qsizetype i = parts.size() - 2; i >= 0; --i) {
        if (parts[i] != folder)
            continue;
        Placement p;
        p.base = parts.mid(0, i).join(QLatin1Char('/'));
        for (qsizetype j = i + 1; j < parts.size() - 1; ++j)
            p.inner += parts[j] + QLatin1Char('/');
        p.name = parts.last();
        return p;
    }
    return std::nullopt;
}

// Jekyll's DATE_FILENAME_MATCHER: `YYYY-MM-DD-title.ext` (one- or two-digit months and days).
const QRegularExpression &datedName() {
    static const QRegularExpression re(QStringLiteral("^(\\d{2,4}-\\d{1,2}-\\d{1,2})-(.+)(\\.[^.]+)$"));
    return re;
}

Result<QByteArray> checkedBytes(const QString &path, const QByteArray &expectedBytes) {
    const Result<QByteArray> bytes = PostFile::readBytes(path);
    if (!bytes)
        return bytes;
    if (bytes.value() != expectedBytes)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("DraftPublisher",
                                        "%1 changed on disk since it was read; not moving it")
                .arg(path));
    return bytes;
}

// Whether Jekyll reads the date field's time as UTC: a plain YAML timestamp (which needs seconds) without an
// offset is one, read by Psych as UTC; quoted text or a time without seconds is parsed by Jekyll
// (Time.parse) in the site's time zone.
bool readAsUtc(const FieldEntry &entry, const DateShape &shape) {
    return shape.hasTime() && !shape.hasOffset() && entry.scalarStyle == ScalarStyle::Plain &&
           entry.scalarType == ScalarType::Timestamp;
}

// The draft's bytes with its `date:` field (if any) moved to `day`.
Result<QByteArray> redated(const QString &path, const QByteArray &bytes, const QDate &day, bool dayGiven,
                           const QDateTime &nowInSite) {
    Result<Post> post = Post::fromFileBytes(bytes, path);
    if (!post)
        return Result<QByteArray>::failure(post.error());
    const FieldEntry *entry = post->field(QStringLiteral("date"));
    if (!entry || entry->kind == FieldEntry::Kind::Null)
        return bytes;
    const std::optional<DateShape> shape =
        entry->kind == FieldEntry::Kind::Scalar ? DateShape::of(entry->scalar) : std::nullopt;
    if (!shape)
        return Result<QByteArray>::failure(
            QCoreApplication::translate(
                "DraftPublisher", "%1:%2: the date field is not a date; fix or remove it before publishing")
                .arg(path)
                .arg(entry->line));
    QDateTime value;
    if (!shape->hasTime()) {
        value = QDateTime(day, QTime(0, 0));
    } else if (dayGiven) {
        const QDateTime old = shape->value();
        value = shape->hasOffset() ? QDateTime(day, old.time(), old.timeZone()) : QDateTime(day, old.time());
    } else if (shape->hasOffset() || !readAsUtc(*entry, *shape)) {
        value = nowInSite.toOffsetFromUtc(nowInSite.offsetFromUtc());
    } else {
        // Psych reads a plain timestamp without an offset as UTC (ScalarScanner#parse_time), so the site's
        // wall time would date the post hours ahead, and Jekyll would skip it as a future post.
        value = nowInSite.toUTC();
        value.setTimeZone(QTimeZone(0));
    }
    if (const Status ok = post->setDateTime(QStringLiteral("date"), value, !shape->hasTime()); !ok)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("DraftPublisher", "%1: cannot set the date: %2")
                .arg(path, ok.error()));
    return post->text();
}

}  // namespace

Result<FileMove> DraftPublisher::planPublish(const QString &draftPath, const QByteArray &expectedBytes,
                                             std::optional<QDate> date, const QDateTime &now) {
    const std::optional<Placement> place = placementIn(draftPath, QStringLiteral("_drafts"));
    if (!place)
        return Result<FileMove>::failure(
            QCoreApplication::translate("DraftPublisher", "%1 is not a draft: it is not in a _drafts folder")
                .arg(draftPath));
    const Result<QByteArray> bytes = checkedBytes(draftPath, expectedBytes);
    if (!bytes)
        return Result<FileMove>::failure(bytes.error());
    if (date && !date->isValid())
        return Result<FileMove>::failure(
            QCoreApplication::translate("DraftPublisher", "%1: the publish date is not valid")
                .arg(draftPath));

    const QDateTime nowInSite = now.toTimeZone(SiteTimeZone::of(draftPath));
    const QDate day = date.value_or(nowInSite.date());

    // Jekyll's DATELESS_FILENAME_MATCHER: the slug is the name without its last extension.
    const QFileInfo name(place->name);
    QString slug = name.completeBaseName();
    const QString suffix = name.suffix().isEmpty() ? QString() : QLatin1Char('.') + name.suffix();
    if (const QRegularExpressionMatch m = datedName().match(place->name); m.hasMatch())
        slug = m.captured(2);
    if (slug.isEmpty())
        return Result<FileMove>::failure(
            QCoreApplication::translate("DraftPublisher", "%1: the file name has no slug").arg(draftPath));

    const Result<QByteArray> published = redated(draftPath, bytes.value(), day, date.has_value(), nowInSite);
    if (!published)
        return Result<FileMove>::failure(published.error());
    const QString target =
        QStringLiteral("%1/_posts/%2%3-%4%5")
            .arg(place->base, place->inner, day.toString(QStringLiteral("yyyy-MM-dd")), slug, suffix);
    if (QFileInfo::exists(target))
        return Result<FileMove>::failure(
            QCoreApplication::translate("DraftPublisher", "%1 already exists; not overwriting it")
                .arg(target));
    return FileMove(QFileInfo(draftPath).absoluteFilePath(), target, bytes.value(), published.value());
}

Result<FileMove> DraftPublisher::planUnpublish(const QString &postPath, const QByteArray &expectedBytes) {
    const std::optional<Placement> place = placementIn(postPath, QStringLiteral("_posts"));
    const QRegularExpressionMatch m = place ? datedName().match(place->name) : QRegularExpressionMatch();
    if (!place || !m.hasMatch())
        return Result<FileMove>::failure(
            QCoreApplication::translate("DraftPublisher",
                                        "%1 is not a published post: it is not a _posts/YYYY-MM-DD-slug file")
                .arg(postPath));
    const Result<QByteArray> bytes = checkedBytes(postPath, expectedBytes);
    if (!bytes)
        return Result<FileMove>::failure(bytes.error());
    const QString target =
        QStringLiteral("%1/_drafts/%2%3%4").arg(place->base, place->inner, m.captured(2), m.captured(3));
    if (QFileInfo::exists(target))
        return Result<FileMove>::failure(
            QCoreApplication::translate("DraftPublisher", "%1 already exists; not overwriting it")
                .arg(target));
    return FileMove(QFileInfo(postPath).absoluteFilePath(), target, bytes.value(), bytes.value());
}

Result<FileMove> DraftPublisher::publish(const QString &draftPath, const QByteArray &expectedBytes,
                                         std::optional<QDate> date, const QDateTime &now) {
    Result<FileMove> plan = planPublish(draftPath, expectedBytes, date, now);
    if (!plan)
        return plan;
    if (const Status done = plan->apply(); !done)
        return Result<FileMove>::failure(done.error());
    return plan;
}

Result<FileMove> DraftPublisher::unpublish(const QString &postPath, const QByteArray &expectedBytes) {
    Result<FileMove> plan = planUnpublish(postPath, expectedBytes);
    if (!plan)
        return plan;
    if (const Status done = plan->apply(); !done)
        return Result<FileMove>::failure(done.error());
    return plan;
}
