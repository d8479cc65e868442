// Fuzzes the post model: the front-matter split, the parse into fields and every field edit, checking the
// promises Post makes: for any bytes, reading and writing back changes nothing, a failed edit changes
// nothing, and a body edit reads back as typed and leaves the front matter alone; for a post the app opens
// (valid UTF-8), a field edit either fails or gives the field exactly the new value, keeps the body and every
// other field as they were, and leaves a file the app still opens.
//
// The input is the post, optionally followed by the edits' parameters (values, keys, list items, where to
// edit the body) after a marker; without one the parameters come from the post's last bytes (see TailReader).

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cstdint>

#include "fuzzcheck.h"
#include "post/post.h"
#include "post/textencoding.h"
#include "tailreader.h"

namespace {

using FuzzCheck::escaped;

// Separates list items in a chunk of the input (the fuzzer finds it by comparison tracing).
constexpr char kItemSeparator = '\x1f';

// Whether the post passes TextEncoding::checkUtf8, as every post the app edits does (it refuses the others).
// Edits of any other bytes still run, for the sanitizers, and must leave the post unchanged when they fail,
// but what they write is not checked: yaml-cpp reads such text in its own way.
bool g_editable = true;

// One field of the front matter, flattened to a dotted path, with everything an edit of another field must
// leave as it was.
struct FlatField {
    QString path;
    FieldEntry::Kind kind;
    FieldEntry::Layout layout;
    ScalarStyle style;
    ScalarType type;
    QString scalar;
    QStringList items;
    bool allScalarItems;
    bool editable;

    friend bool operator==(const FlatField &a, const FlatField &b) {
        return a.path == b.path && a.kind == b.kind && a.layout == b.layout && a.style == b.style &&
               a.type == b.type && a.scalar == b.scalar && a.items == b.items &&
               a.allScalarItems == b.allScalarItems && a.editable == b.editable;
    }
};

void flatten(const QVector<FieldEntry> &entries, const QString &prefix, QVector<FlatField> &out) {
    for (const FieldEntry &e : entries) {
        const QString path = prefix.isEmpty() ? e.key : prefix + QLatin1Char('.') + e.key;
        out.append({path, e.kind, e.layout, e.scalarStyle, e.scalarType, e.scalar, e.items, e.allScalarItems,
                    e.editable});
        flatten(e.children, path, out);
    }
}

QVector<FlatField> allFields(const Post &post) {
    QVector<FlatField> fields;
    flatten(post.frontMatter().entries(), QString(), fields);
    return fields;
}

bool isAncestor(const QString &ancestor, const QString &path) {
    return path.startsWith(ancestor + QLatin1Char('.'));
}

// The fields an edit of `path` must not touch: all but `path` itself and what is nested in it (and, when
// `withoutAncestors`, the maps it is nested in).
QVector<FlatField> fieldsOutside(const Post &post, const QString &path, bool withoutAncestors = false) {
    QVector<FlatField> fields = allFields(post);
    fields.erase(std::remove_if(fields.begin(), fields.end(),
                                [&](const FlatField &f) {
                                    return f.path == path || isAncestor(path, f.path) ||
                                           (withoutAncestors && isAncestor(f.path, path));
                                }),
                 fields.end());
    return fields;
}

const FlatField *findFlat(const QVector<FlatField> &fields, const QString &path) {
    for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
        if (it->path == path)
            return &*it;
    }
    return nullptr;
}

QByteArray describe(const QVector<FlatField> &fields) {
    QByteArray out;
    for (const FlatField &f : fields) {
        out += "\n    " + escaped(f.path) + " kind=" + QByteArray::number(int(f.kind)) +
               " type=" + QByteArray::number(int(f.type)) + " style=" + QByteArray::number(int(f.style)) +
               " scalar=" + escaped(f.scalar) + " items=" + escaped(f.items.join(QLatin1Char('|')));
    }
    return out;
}

int countPath(const QVector<FlatField> &fields, const QString &path) {
    return int(
        std::count_if(fields.begin(), fields.end(), [&](const FlatField &f) { return f.path == path; }));
}

void checkEntries(const QVector<FieldEntry> &entries, qsizetype begin, qsizetype end,
                  const QByteArray &text) {
    for (const FieldEntry &e : entries) {
        FUZZ_CHECK(begin <= e.entryBegin && e.entryBegin <= e.afterColon && e.afterColon <= e.valueBegin &&
                       e.valueBegin <= e.valueEnd && e.valueEnd <= e.entryEnd && e.entryEnd <= end,
                   "field " + escaped(e.key) + " spans entry " + QByteArray::number(e.entryBegin) + "-" +
                       QByteArray::number(e.entryEnd) + ", colon " + QByteArray::number(e.afterColon) +
                       ", value " + QByteArray::number(e.valueBegin) + "-" + QByteArray::number(e.valueEnd) +
                       ", region " + QByteArray::number(begin) + "-" + QByteArray::number(end) +
                       "; text: " + escaped(text));
        FUZZ_CHECK(e.itemSources.size() == e.items.size(), "field " + escaped(e.key));
        checkEntries(e.children, e.entryBegin, e.entryEnd, text);
    }
}

// Offsets are ordered and inside the file: every edit is spliced at them.
void checkStructure(const Post &post) {
    const QByteArray &text = post.text();
    const FrontMatterSplit &split = post.frontMatter().split();
    if (split.kind != FrontMatterSplit::Kind::None) {
        FUZZ_CHECK(0 <= split.openFenceBegin && split.openFenceBegin + 4 <= split.blockBegin &&
                       split.blockBegin <= split.blockEnd && split.blockEnd + 3 <= split.bodyBegin &&
                       split.bodyBegin <= text.size(),
                   "split " + QByteArray::number(split.blockBegin) + "-" +
                       QByteArray::number(split.blockEnd) + " body " + QByteArray::number(split.bodyBegin) +
                       "; text: " + escaped(text));
        checkEntries(post.frontMatter().entries(), split.blockBegin, split.blockEnd, text);
    } else {
        FUZZ_CHECK(post.frontMatter().entries().isEmpty(), escaped(text));
    }
    FUZZ_CHECK(post.bodyBegin() >= 0 && post.bodyBegin() <= text.size(), escaped(text));
    FUZZ_CHECK(post.bodyFirstLine() >= 1, escaped(text));
}

// Returns whether the input passes checkUtf8.
bool checkEncoding(const QByteArray &input) {
    FuzzCheck::context() = "checkUtf8 / fromFileBytes";
    const Status utf8 = TextEncoding::checkUtf8(input, QStringLiteral("fuzz.md"));
    const std::optional<Diagnostic> problem = TextEncoding::findProblem(input);
    FUZZ_CHECK(utf8.ok() == !problem.has_value(), escaped(input));
    const Result<Post> opened = Post::fromFileBytes(input, QStringLiteral("fuzz.md"));
    FUZZ_CHECK(opened.ok() == utf8.ok(), escaped(input));
    if (opened)
        FUZZ_CHECK(opened->text() == input, escaped(input));
    else
        FUZZ_CHECK(opened.error().contains(QLatin1String("fuzz.md")), escaped(opened.error()));
    if (problem)
        FUZZ_CHECK(problem->line >= 1 && problem->column >= 1, escaped(input));
    const QByteArray eol = TextEncoding::dominantLineEnding(input);
    FUZZ_CHECK(eol == "\n" || eol == "\r\n", escaped(input));
    return utf8.ok();
}

// What every field edit promises: a failure changes nothing; a success keeps the body, the BOM and every
// field outside `path`. Returns whether the edit succeeded. `ancestorsMayEmpty`: removing a map's only key
// leaves `parent:` with no value, which YAML reads as null, not as an empty map.
bool checkOutcome(const Post &before, const Post &after, const Status &status, const QString &path,
                  bool ancestorsMayEmpty = false) {
    if (!status) {
        FUZZ_CHECK(after.text() == before.text(), "failed with " + escaped(status.error()));
        return false;
    }
    if (!g_editable)
        return false;
    // Text an edit writes never makes the file one the app refuses to open.
    if (!TextEncoding::findProblem(before.text()))
        FUZZ_CHECK(!TextEncoding::findProblem(after.text()), "text after " + escaped(after.text()));
    FUZZ_CHECK(after.body() == before.body(), "body before " + escaped(before.body()) + "\n  text before " +
                                                  escaped(before.text()) + "\n  text after  " +
                                                  escaped(after.text()));
    FUZZ_CHECK(TextEncoding::hasBom(after.text()) == TextEncoding::hasBom(before.text()),
               escaped(after.text()));
    const QVector<FlatField> outsideBefore = fieldsOutside(before, path, ancestorsMayEmpty);
    const QVector<FlatField> outsideAfter = fieldsOutside(after, path, ancestorsMayEmpty);
    FUZZ_CHECK(outsideBefore == outsideAfter, "other fields before:" + describe(outsideBefore) +
                                                  "\n  other fields after:" + describe(outsideAfter) +
                                                  "\n  text before " + escaped(before.text()) +
                                                  "\n  text after  " + escaped(after.text()));
    if (ancestorsMayEmpty) {
        const QVector<FlatField> fieldsBefore = allFields(before);
        const QVector<FlatField> fieldsAfter = allFields(after);
        for (const FlatField &ancestor : fieldsBefore) {
            if (!isAncestor(ancestor.path, path))
                continue;
            // A duplicated map (`image:` twice under one key) is ambiguous by path: the edit reaches the last
            // one, as Jekyll reads it, and the other fields check above already covers the rest.
            const auto samePath = [&](const FlatField &f) { return f.path == ancestor.path; };
            if (std::count_if(fieldsBefore.begin(), fieldsBefore.end(), samePath) > 1)
                continue;
            const FlatField *now = findFlat(fieldsAfter, ancestor.path);
            const bool emptied =
                now && ancestor.kind == FieldEntry::Kind::Map && now->kind == FieldEntry::Kind::Null &&
                std::none_of(fieldsAfter.begin(), fieldsAfter.end(),
                             [&](const FlatField &f) { return isAncestor(ancestor.path, f.path); });
            FUZZ_CHECK(now && (*now == ancestor || emptied),
                       "the map " + escaped(ancestor.path) + " changed; text after " + escaped(after.text()));
        }
    }
    checkStructure(after);
    return true;
}

void checkSetScalar(const Post &original, const QString &path, const QString &value,
                    std::optional<ScalarType> type) {
    FuzzCheck::context() = "setScalar(" + escaped(path) + ", " + escaped(value) +
                           (type ? ", ScalarType::String)" : ")") + " on " + escaped(original.text());
    Post post = original;
    const Status status = post.setScalar(path, value, type);
    if (!checkOutcome(original, post, status, path))
        return;
    const FieldEntry *entry = post.field(path);
    FUZZ_CHECK(entry, "text after " + escaped(post.text()));
    FUZZ_CHECK(entry->kind == FieldEntry::Kind::Scalar || entry->kind == FieldEntry::Kind::Null,
               "kind " + QByteArray::number(int(entry->kind)) + "; text after " + escaped(post.text()));
    FUZZ_CHECK(entry->scalar == value,
               "reads back as " + escaped(entry->scalar) + "; text after " + escaped(post.text()));
    if (type) {
        FUZZ_CHECK(
            entry->kind == FieldEntry::Kind::Scalar && entry->scalarType == *type,
            "type " + QByteArray::number(int(entry->scalarType)) + "; text after " + escaped(post.text()));
    }
}

void checkSetList(const Post &original, const QString &path, const QStringList &items) {
    FuzzCheck::context() = "setList(" + escaped(path) + ", " + escaped(items.join(QLatin1Char('|'))) +
                           ") on " + escaped(original.text());
    Post post = original;
    const Status status = post.setList(path, items);
    if (!checkOutcome(original, post, status, path))
        return;
    const FieldEntry *entry = post.field(path);
    FUZZ_CHECK(entry && entry->kind == FieldEntry::Kind::Sequence && entry->allScalarItems,
               "text after " + escaped(post.text()));
    FUZZ_CHECK(entry->items == items, "reads back as " + escaped(entry->items.join(QLatin1Char('|'))) +
                                          "; text after " + escaped(post.text()));
}

void checkSetBool(const Post &original, const QString &path, bool value) {
    FuzzCheck::context() =
        "setBool(" + escaped(path) + ", " + (value ? "true" : "false") + ") on " + escaped(original.text());
    Post post = original;
    const Status status = post.setBool(path, value);
    if (!checkOutcome(original, post, status, path))
        return;
    const FieldEntry *entry = post.field(path);
    FUZZ_CHECK(entry && entry->kind == FieldEntry::Kind::Scalar && entry->scalarType == ScalarType::Bool,
               "text after " + escaped(post.text()));
    const QString word = entry->scalar.toLower();
    const bool isTrue =
        word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("on");
    FUZZ_CHECK(isTrue == value,
               "reads back as " + escaped(entry->scalar) + "; text after " + escaped(post.text()));
}

void checkSetDateTime(const Post &original, const QString &path, const QDateTime &value, bool dateOnly) {
    FuzzCheck::context() = "setDateTime(" + escaped(path) + ", " + value.toString(Qt::ISODate).toUtf8() +
                           ", " + (dateOnly ? "dateOnly" : "withTime") + ") on " + escaped(original.text());
    Post post = original;
    const Status status = post.setDateTime(path, value, dateOnly);
    if (!checkOutcome(original, post, status, path))
        return;
    const FieldEntry *entry = post.field(path);
    FUZZ_CHECK(entry && entry->kind == FieldEntry::Kind::Scalar, "text after " + escaped(post.text()));
}

void checkSetYaml(const Post &original, const QString &path, const QString &yaml) {
    FuzzCheck::context() =
        "setYaml(" + escaped(path) + ", " + escaped(yaml) + ") on " + escaped(original.text());
    Post post = original;
    const Status status = post.setYaml(path, yaml);
    if (!checkOutcome(original, post, status, path))
        return;
    FUZZ_CHECK(post.field(path), "text after " + escaped(post.text()));
}

void checkRemove(const Post &original, const QString &path) {
    FuzzCheck::context() = "remove(" + escaped(path) + ") on " + escaped(original.text());
    Post post = original;
    const Status status = post.remove(path);
    if (!checkOutcome(original, post, status, path, /*ancestorsMayEmpty=*/true))
        return;
    // With duplicate keys the last one goes (the one Jekyll reads); the others stay.
    const int before = countPath(allFields(original), path);
    const int after = countPath(allFields(post), path);
    FUZZ_CHECK(after == before - 1, QByteArray::number(before) + " fields with that path before, " +
                                        QByteArray::number(after) + " after; text after " +
                                        escaped(post.text()));
}

// `body` as an editor would hand it over: "\n" line endings only.
QByteArray editorText(QByteArray body) {
    while (body.contains("\r\n"))
        body.replace("\r\n", "\n");
    return body;
}

void checkSetBody(const Post &original, const QByteArray &newBody) {
    FuzzCheck::context() = "setBodyFromLf(" + escaped(newBody) + ") on " + escaped(original.text());
    Post post = original;
    const bool changed = post.setBodyFromLf(newBody);
    FUZZ_CHECK(changed || post.text() == original.text(), "text after " + escaped(post.text()));
    FUZZ_CHECK(post.bodyWithLf() == newBody,
               "reads back as " + escaped(post.bodyWithLf()) + "; text after " + escaped(post.text()));
    const qsizetype begin = original.bodyBegin();
    FUZZ_CHECK(post.text().left(begin) == original.text().left(begin), "text after " + escaped(post.text()));
    if (original.frontMatter().kind() != FrontMatterSplit::Kind::None) {
        // What is saved must open again with the same front matter and the same body.
        const Post reopened(post.text());
        FUZZ_CHECK(reopened.frontMatter().kind() == original.frontMatter().kind() &&
                       reopened.bodyBegin() == post.bodyBegin(),
                   "reopened: kind " + QByteArray::number(int(reopened.frontMatter().kind())) + ", body " +
                       escaped(reopened.body()) + "; text after " + escaped(post.text()));
    }
}

bool hasFenceLikeLine(const QByteArray &text) {
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("---") || line.startsWith("...") || line.startsWith("+++"))
            return true;
    }
    return false;
}

void checkSetFrontMatterText(const Post &original, const QByteArray &yaml) {
    if (hasFenceLikeLine(yaml))
        return;  // a fence inside the new text moves where the front matter ends, as it should
    FuzzCheck::context() = "setFrontMatterText(" + escaped(yaml) + ") on " + escaped(original.text());
    Post post = original;
    const Status status = post.setFrontMatterText(yaml);
    FUZZ_CHECK(status.ok(), escaped(status.error()));
    QByteArray expected = yaml;
    const QByteArray eol = original.lineEnding();
    if (!expected.isEmpty() && !expected.endsWith('\n'))
        expected += '\n';
    if (eol != "\n") {
        expected.replace("\r\n", "\n");
        expected.replace("\n", eol);
    }
    FUZZ_CHECK(post.frontMatterText() == expected,
               "reads back as " + escaped(post.frontMatterText()) + "; text after " + escaped(post.text()));
    FUZZ_CHECK(post.body() == original.body(), "text after " + escaped(post.text()));
    if (!yaml.isEmpty() && original.frontMatter().kind() == FrontMatterSplit::Kind::None)
        FUZZ_CHECK(post.frontMatter().kind() == FrontMatterSplit::Kind::Yaml, escaped(post.text()));
    else if (!yaml.isEmpty() || original.frontMatter().kind() != FrontMatterSplit::Kind::None)
        FUZZ_CHECK(post.frontMatter().kind() == original.frontMatter().kind(), escaped(post.text()));
    checkStructure(post);
}

QStringList splitItems(const QByteArray &chunk, char separator) {
    QStringList items;
    if (chunk.isEmpty())
        return items;
    for (const QByteArray &item : chunk.split(separator))
        items.append(QString::fromUtf8(item));
    return items;
}

// Every path in the front matter, in file order, to pick one from.
QStringList allPaths(const Post &post) {
    QStringList paths;
    for (const FlatField &f : allFields(post))
        paths.append(f.path);
    return paths;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto [input, parameters] =
        TailReader::split(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    FuzzCheck::context() = "Post(input)";
    const Post post(input);
    FUZZ_CHECK(post.text() == input, escaped(input));
    checkStructure(post);
    g_editable = checkEncoding(input);

    TailReader tail(parameters);
    const quint8 flags = tail.byte();
    const QString title = QString::fromUtf8(tail.chunk(40));
    QString newKey = QString::fromUtf8(tail.chunk(12)).remove(QLatin1Char('.'));
    if (newKey.isEmpty())
        newKey = QStringLiteral("k");
    const QString newKeyValue = QString::fromUtf8(tail.chunk(24));
    const QByteArray tagChunk = tail.chunk(48);
    const QStringList paths = allPaths(post);
    const quint8 pathChoice = tail.byte();
    const QString pathValue = QString::fromUtf8(tail.chunk(24));
    const QString yaml = QString::fromUtf8(tail.chunk(32));
    const quint16 bodyAt = tail.word();
    const quint8 bodyRemove = tail.byte() % 16;
    const QByteArray bodyInsert = tail.chunk(16);
    const QByteArray frontMatterText = tail.chunk(64);
    const quint32 seconds = tail.dword();
    const int offsetMinutes = (tail.byte() % 105 - 48) * 15;

    checkSetScalar(post, QStringLiteral("title"), title,
                   flags & 1 ? std::optional<ScalarType>(ScalarType::String) : std::nullopt);
    checkSetScalar(post, newKey, newKeyValue, std::nullopt);

    QStringList tags = splitItems(tagChunk, flags & 2 ? ' ' : kItemSeparator);
    if (flags & 4) {
        // Old items kept (in another order) must keep their spelling and still read back the same.
        const FieldEntry *old = post.field(QStringLiteral("tags"));
        if (old && old->allScalarItems) {
            QStringList kept = old->items;
            std::rotate(kept.begin(), kept.begin() + (kept.isEmpty() ? 0 : pathChoice % kept.size()),
                        kept.end());
            tags = kept + tags;
        }
    }
    checkSetList(post, QStringLiteral("tags"), tags);
    checkRemove(post, QStringLiteral("title"));
    if (!paths.isEmpty()) {
        const QString path = paths.at(pathChoice % paths.size());
        checkRemove(post, path);
        checkSetScalar(post, path, pathValue, std::nullopt);
    }
    checkSetBool(post, QStringLiteral("draft"), flags & 8);
    const QDateTime date =
        flags & 16 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                   : QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offsetMinutes * 60);
    checkSetDateTime(post, QStringLiteral("date"), date, flags & 32);
    checkSetYaml(post, QStringLiteral("meta"), yaml);

    QByteArray newBody;
    if (flags & 64) {
        newBody = editorText(bodyInsert);
    } else {
        newBody = post.bodyWithLf();
        const qsizetype at = bodyAt % (newBody.size() + 1);
        newBody = editorText(newBody.replace(at, bodyRemove, bodyInsert));
    }
    checkSetBody(post, newBody);
    checkSetFrontMatterText(post, flags & 128 ? post.frontMatterText() + frontMatterText : frontMatterText);

    // Field edits after a body edit work on the model the body edit left.
    FuzzCheck::context() = "setBodyFromLf(" + escaped(newBody) + ") then setScalar(\"title\", " +
                           escaped(title) + ") on " + escaped(input);
    Post edited = post;
    edited.setBodyFromLf(newBody);
    const Post bodyEdited = edited;
    if (checkOutcome(bodyEdited, edited, edited.setScalar(QStringLiteral("title"), title),
                     QStringLiteral("title"))) {
        const FieldEntry *entry = edited.field(QStringLiteral("title"));
        FUZZ_CHECK(entry && entry->scalar == title, "text after " + escaped(edited.text()));
        FUZZ_CHECK(edited.bodyWithLf() == newBody, "text after " + escaped(edited.text()));
    }
    return 0;
}
