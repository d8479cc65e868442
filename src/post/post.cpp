#include "post.h"

#include "frontmatter/yamltext.h"
#include "post/textencoding.h"

namespace {

bool isUnder(const QString &path, const QString &ancestor) {
    return path.startsWith(ancestor + QLatin1Char('.'));
}

// Every field but `path`, what is nested in it and the maps it is nested in, in file order, as read: what an
// edit of `path` must leave as it was.
void collectOthers(const QVector<FieldEntry> &entries, const QString &prefix, const QString &path,
                   QVector<const FieldEntry *> &out, QStringList &paths) {
    for (const FieldEntry &e : entries) {
        const QString at = prefix.isEmpty() ? e.key : prefix + QLatin1Char('.') + e.key;
        if (at != path && !isUnder(at, path) && !isUnder(path, at)) {
            out.append(&e);
            paths.append(at);
        }
        collectOthers(e.children, at, path, out, paths);
    }
}

bool sameField(const FieldEntry &a, const FieldEntry &b) {
    return a.kind == b.kind && a.layout == b.layout && a.scalarStyle == b.scalarStyle &&
           a.scalarType == b.scalarType && a.scalar == b.scalar && a.items == b.items &&
           a.allScalarItems == b.allScalarItems && a.editable == b.editable;
}

bool othersKept(const FrontMatter &before, const FrontMatter &after, const QString &path) {
    QVector<const FieldEntry *> was, now;
    QStringList wasPaths, nowPaths;
    collectOthers(before.entries(), QString(), path, was, wasPaths);
    collectOthers(after.entries(), QString(), path, now, nowPaths);
    if (wasPaths != nowPaths)
        return false;
    for (qsizetype i = 0; i < was.size(); ++i) {
        if (!sameField(*was.at(i), *now.at(i)))
            return false;
    }
    return true;
}

}  // namespace

Post::Post(const QByteArray &bytes)
    : m_bytes(bytes), m_frontMatter(FrontMatter::parse(bytes)), m_hasBom(TextEncoding::hasBom(bytes)) {}

Result<Post> Post::fromFileBytes(const QByteArray &bytes, const QString &fileName) {
    if (const Status ok = TextEncoding::checkUtf8(bytes, fileName); !ok)
        return Result<Post>::failure(ok.error());
    return Post(bytes);
}

QByteArray Post::lineEnding() const {
    return TextEncoding::dominantLineEnding(m_bytes);
}

qsizetype Post::bodyBegin() const {
    if (m_frontMatter.split().kind == FrontMatterSplit::Kind::None)
        return m_hasBom ? 3 : 0;
    return m_frontMatter.split().bodyBegin;
}

QByteArray Post::bodyWithLf() const {
    QByteArray body = this->body();
    body.replace("\r\n", "\n");
    return body;
}

bool Post::setBodyFromLf(const QByteArray &body) {
    const QByteArray eol = lineEnding();
    // A closing fence at the very end of the file has no line break yet; the body needs one after it.
    if (!body.isEmpty() && m_frontMatter.kind() != FrontMatterSplit::Kind::None &&
        bodyBegin() == m_bytes.size() && !m_bytes.endsWith('\n'))
        replaceBytes(m_bytes + eol);
    const qsizetype begin = bodyBegin();
    // Common prefix and suffix between the old body (read with "\n" endings) and the new one, mapped back to
    // the old bytes; only the middle is replaced.
    const char *old = m_bytes.constData() + begin;
    const qsizetype oldSize = m_bytes.size() - begin;
    qsizetype oi = 0, ni = 0;  // old byte index, new byte index
    while (oi < oldSize && ni < body.size()) {
        if (old[oi] == '\r' && oi + 1 < oldSize && old[oi + 1] == '\n' && body.at(ni) == '\n') {
            oi += 2;
            ++ni;
        } else if (old[oi] == body.at(ni) && old[oi] != '\r') {
            ++oi;
            ++ni;
        } else {
            break;
        }
    }
    qsizetype oj = oldSize, nj = body.size();  // exclusive ends of the changed middles
    while (oj > oi && nj > ni) {
        if (old[oj - 1] == '\n' && body.at(nj - 1) == '\n' && oj - 2 >= oi && old[oj - 2] == '\r') {
            oj -= 2;
            --nj;
        } else if (old[oj - 1] == body.at(nj - 1) && old[oj - 1] != '\r' &&
                   !(old[oj - 1] == '\n' && oj - 2 >= 0 && old[oj - 2] == '\r')) {
            --oj;
            --nj;
        } else {
            break;
        }
    }
    if (oi == oj && ni == nj)
        return false;
    QByteArray middle = body.mid(ni, nj - ni);
    if (eol != "\n")
        middle.replace("\n", eol);
    m_bytes.replace(begin + oi, oj - oi, middle);
    // The front matter lies before the body, so its parsed offsets stay valid.
    return true;
}

QByteArray Post::frontMatterText() const {
    const FrontMatterSplit &split = m_frontMatter.split();
    if (split.kind == FrontMatterSplit::Kind::None)
        return {};
    return m_bytes.mid(split.blockBegin, split.blockEnd - split.blockBegin);
}

Status Post::setFrontMatterText(const QByteArray &yaml) {
    const FrontMatterSplit &split = m_frontMatter.split();
    QByteArray text = yaml;
    const QByteArray eol = lineEnding();
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    if (eol != "\n") {
        text.replace("\r\n", "\n");
        text.replace("\n", eol);
    }
    if (split.kind == FrontMatterSplit::Kind::None) {
        if (text.isEmpty())
            return {};
        const qsizetype at = bodyBegin();
        replaceBytes(QByteArray(m_bytes).insert(at, "---" + eol + text + "---" + eol));
        return {};
    }
    if (text == frontMatterText())
        return {};
    replaceBytes(TextEdit{split.blockBegin, split.blockEnd, text}.appliedTo(m_bytes));
    return {};
}

Status Post::setScalar(const QString &path, const QString &text, std::optional<ScalarType> type) {
    Post edited = *this;
    if (const Status applied = edited.apply(editor().setScalar(path, text, type), path, true); !applied)
        return applied;
    // Where the YAML around it is read differently than it looks (a `---` inside the block starts another
    // document), the value written might not be the one read.
    const FieldEntry *entry = edited.field(path);
    if (!entry || (entry->kind == FieldEntry::Kind::Scalar ? entry->scalar : QString()) != text)
        return Status::failure(
            tr("'%1' would not read back as typed here; edit the front matter as text").arg(path));
    *this = std::move(edited);
    return {};
}

Status Post::setBool(const QString &path, bool value) {
    return apply(editor().setBool(path, value), path, true);
}

Status Post::setDateTime(const QString &path, const QDateTime &value, bool dateOnly) {
    return apply(editor().setDateTime(path, value, dateOnly), path, true);
}

Status Post::setList(const QString &path, const QStringList &items) {
    return apply(editor().setList(path, items), path, true);
}

Status Post::setYaml(const QString &path, const QString &yaml) {
    return apply(editor().setYaml(path, yaml), path, true);
}

Status Post::remove(const QString &path) {
    return apply(editor().remove(path), path, false);
}

Status Post::replaceListItem(const QString &path, int index, const QString &text) {
    const FieldEntry *entry = field(path);
    QStringList expected = entry ? entry->items : QStringList();
    if (index >= 0 && index < expected.size())
        expected[index] = text;
    return applyListEdit(editor().replaceListItem(path, index, text), path, expected);
}

Status Post::removeListItem(const QString &path, int index) {
    const FieldEntry *entry = field(path);
    QStringList expected = entry ? entry->items : QStringList();
    if (index >= 0 && index < expected.size())
        expected.removeAt(index);
    return applyListEdit(editor().removeListItem(path, index), path, expected);
}

Status Post::applyListEdit(const Result<TextEdit> &edit, const QString &path, const QStringList &expected) {
    Post edited = *this;
    if (const Status applied = edited.apply(edit, path, true); !applied)
        return applied;
    const FieldEntry *after = edited.field(path);
    const bool readsBack =
        after && (after->kind == FieldEntry::Kind::Sequence ? after->items == expected : expected.isEmpty());
    if (!readsBack)
        return Status::failure(
            tr("the list '%1' would not read back as intended here; edit it as text").arg(path));
    *this = std::move(edited);
    return {};
}

Status Post::spliceScalar(const QString &path, qsizetype begin, qsizetype end, const QByteArray &text,
                          const QString &expected) {
    const FieldEntry *entry = field(path);
    if (!entry || entry->kind != FieldEntry::Kind::Scalar || begin < entry->valueBegin ||
        end > entry->valueEnd || begin > end)
        return Status::failure(tr("'%1' has no such text to replace").arg(path));
    Post edited = *this;
    if (const Status applied = edited.apply(TextEdit{begin, end, text}, path, true); !applied)
        return applied;
    // The type too: a plain `yes` spliced in reads as a yes/no, not as the text.
    const FieldEntry *after = edited.field(path);
    if (!after || after->kind != FieldEntry::Kind::Scalar || after->scalar != expected ||
        after->scalarType != entry->scalarType)
        return Status::failure(tr("'%1' would not read back as intended here; edit it as text").arg(path));
    *this = std::move(edited);
    return {};
}

QString Post::scalar(const QString &path) const {
    const FieldEntry *entry = field(path);
    return entry && entry->kind == FieldEntry::Kind::Scalar ? entry->scalar : QString();
}

void Post::setStyleBaseline(const QByteArray &savedText) {
    m_styleBaseline = std::make_shared<const FrontMatter>(FrontMatter::parse(savedText));
}

FieldEditor Post::editor() const {
    FieldEditor editor(m_bytes, m_frontMatter);
    editor.setStyleSource(m_styleBaseline.get());
    return editor;
}

Status Post::apply(const Result<TextEdit> &edit, const QString &path, bool setsPath) {
    if (!edit)
        return Status::failure(edit.error());
    const TextEdit &e = edit.value();
    if (m_bytes.mid(e.begin, e.end - e.begin) == e.text)
        return {};
    if (TextEncoding::findProblem(e.text))
        return Status::failure(tr("the value holds a character a text file cannot keep (such as NUL)"));
    const QByteArray bytes = e.appliedTo(m_bytes);
    const FrontMatter after = FrontMatter::parse(bytes);
    // A field edit must leave front matter that reads back, the body where it was, and the field where it was
    // asked for; otherwise nothing changes.
    for (const Diagnostic &d : after.diagnostics()) {
        if (d.isError())
            return Status::failure(
                tr("that value would break the front matter (line %1: %2)").arg(d.line).arg(d.message));
    }
    const bool fencesMoved =
        after.kind() != m_frontMatter.kind() && m_frontMatter.kind() != FrontMatterSplit::Kind::None;
    const qsizetype afterBody =
        after.kind() == FrontMatterSplit::Kind::None ? bodyBegin() : after.split().bodyBegin;
    if (fencesMoved || bytes.mid(afterBody) != body())
        return Status::failure(tr("that edit would move where the front matter ends"));
    // Where the YAML is ambiguous (a line that reads as a key only beside another), an edit could change
    // fields it was not asked to touch.
    if (!othersKept(m_frontMatter, after, path))
        return Status::failure(
            tr("that edit would change other fields too (the text around '%1' reads differently "
               "without it); edit it as text")
                .arg(path));
    if (setsPath && !after.find(path))
        return Status::failure(tr("the front matter is written in a form where '%1' cannot be set as a "
                                  "field; edit it as text")
                                   .arg(path));
    m_bytes = bytes;
    m_hasBom = TextEncoding::hasBom(m_bytes);
    m_frontMatter = after;
    return {};
}

void Post::replaceBytes(QByteArray bytes) {
    m_bytes = std::move(bytes);
    m_frontMatter = FrontMatter::parse(m_bytes);
    m_hasBom = TextEncoding::hasBom(m_bytes);
}
