#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "common/result.h"
#include "frontmatter/fieldeditor.h"
#include "frontmatter/frontmatter.h"

// A post: the file's bytes exactly as read, and what its front matter says. Every edit splices new text into
// the bytes (FieldEditor plans it), so everything not edited — BOM, line endings, comments, key order,
// quoting — stays as it was: a post saved without an edit is byte-identical. Plain value type; not
// thread-safe to share mutably.
class Post {
    Q_DECLARE_TR_FUNCTIONS(Post)

public:
    Post() : Post(QByteArray()) {}
    // `bytes` must be UTF-8; fromFileBytes() checks that.
    explicit Post(const QByteArray &bytes);
    static Post fromText(const QByteArray &utf8) { return Post(utf8); }
    // Fails, naming `fileName`, for text that cannot be kept faithfully (UTF-16, invalid UTF-8, NUL bytes).
    static Result<Post> fromFileBytes(const QByteArray &bytes, const QString &fileName);

    const QByteArray &text() const { return m_bytes; }
    const FrontMatter &frontMatter() const { return m_frontMatter; }
    // The line ending new lines get: the one most of the file uses.
    QByteArray lineEnding() const;

    // The body: everything after the front matter's closing fence (after a BOM when there is no front
    // matter).
    QByteArray body() const { return m_bytes.mid(bodyBegin()); }
    qsizetype bodyBegin() const;
    int bodyFirstLine() const {
        return m_frontMatter.split().kind == FrontMatterSplit::Kind::None
                   ? 1
                   : m_frontMatter.split().bodyFirstLine;
    }
    // The body as an editor shows it: "\n" line endings.
    QByteArray bodyWithLf() const;
    // Replaces the body with text from an editor ("\n" endings). Only the changed part is written, in the
    // file's dominant line ending, so untouched lines keep theirs. Returns whether anything changed.
    bool setBodyFromLf(const QByteArray &body);

    // The front matter between the fences, and replacing it as text (may leave it invalid: see
    // frontMatter()).
    QByteArray frontMatterText() const;
    Status setFrontMatterText(const QByteArray &yaml);

    // Field edits (see FieldEditor). Each fails with a reason and leaves the post unchanged when the field
    // cannot be edited or the result would not read back as valid front matter.
    Status setScalar(const QString &path, const QString &text, std::optional<ScalarType> type = std::nullopt);
    Status setBool(const QString &path, bool value);
    Status setDateTime(const QString &path, const QDateTime &value, bool dateOnly = false);
    Status setList(const QString &path, const QStringList &items);
    Status setYaml(const QString &path, const QString &yaml);
    Status remove(const QString &path);
    // One item of a list of values (FieldEditor::replaceListItem / removeListItem): only its bytes change.
    Status replaceListItem(const QString &path, int index, const QString &text);
    Status removeListItem(const QString &path, int index);

    // Replaces the bytes [begin, end), which lie inside the value of the scalar `path`, with `text`: for
    // edits finer than a whole value (one word of a space-separated string), where rewriting the value
    // would change more bytes than asked. Fails, leaving the post unchanged, unless the field then reads
    // `expected` and the rest as before.
    Status spliceScalar(const QString &path, qsizetype begin, qsizetype end, const QByteArray &text,
                        const QString &expected);

    // The text whose quoting and list styles edits follow (the file as last saved; see
    // FieldEditor::setStyleSource). Without one, each edit follows the field as it is at that moment.
    void setStyleBaseline(const QByteArray &savedText);

    // Shortcuts for reading.
    const FieldEntry *field(const QString &path) const { return m_frontMatter.find(path); }
    QString scalar(const QString &path) const;

private:
    // Applies a planned edit when the result reads back sound; `setsPath`: the field must exist afterwards.
    Status apply(const Result<TextEdit> &edit, const QString &path, bool setsPath);
    // Applies a list edit when the list then reads back as `expected`.
    Status applyListEdit(const Result<TextEdit> &edit, const QString &path, const QStringList &expected);
    FieldEditor editor() const;
    void replaceBytes(QByteArray bytes);

    QByteArray m_bytes;
    FrontMatter m_frontMatter;
    std::shared_ptr<const FrontMatter> m_styleBaseline;  // shared: copies of a Post share one parse
    // Whether the file began with a byte-order mark when read: a body typed to begin with U+FEFF (in a post
    // without front matter) is text, not a second mark.
    bool m_hasBom = false;
};
