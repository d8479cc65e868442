#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

#include "common/result.h"
#include "site/filemove.h"

// Publishing a draft and unpublishing a post, as Jekyll sees them:
//  - publish: `<site>/[cat/]_drafts/[sub/]slug.ext` -> `<site>/[cat/]_posts/[sub/]DATE-slug.ext`. DATE is the
//    given date, else today in the site's time zone (SiteTimeZone). A `date:` field is set to the new date in
//    its own shape and quoting; a date-only field stays date-only; a date with a time keeps its time of day
//    and offset when a date is given, and takes the current time when publishing today, so the post is
//    never dated later than now, which Jekyll (future: false) would skip: in the site's offset, or, for a
//    plain timestamp without an offset (which Psych reads as UTC), as UTC wall time. No `date:`
//    field: none is added, the file name carries the date. Every other byte stays as it was (BOM, CRLF,
//    comments, body). A draft whose name already starts with a date loses it (no `DATE-DATE-slug`).
//  - unpublish: `_posts/[sub/]DATE-slug.ext` -> `_drafts/[sub/]slug.ext`, bytes untouched.
// Plan first (nothing is written), then FileMove::apply(); the applied move is what undo needs.
// `expectedBytes` are the bytes the caller read (an open window's last read, the CLI's read just now): the
// plan and the move are refused when the file no longer holds them.
class DraftPublisher {
public:
    static Result<FileMove> planPublish(const QString &draftPath, const QByteArray &expectedBytes,
                                        std::optional<QDate> date = std::nullopt,
                                        const QDateTime &now = QDateTime::currentDateTime());
    static Result<FileMove> planUnpublish(const QString &postPath, const QByteArray &expectedBytes);

    // Plan and apply in one step; the result is the move done.
    static Result<FileMove> publish(const QString &draftPath, const QByteArray &expectedBytes,
                                    std::optional<QDate> date = std::nullopt,
                                    const QDateTime &now = QDateTime::currentDateTime());
    static Result<FileMove> unpublish(const QString &postPath, const QByteArray &expectedBytes);
};
