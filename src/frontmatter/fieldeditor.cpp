#include "fieldeditor.h"

#include "frontmatter/dateshape.h"
#include "frontmatter/yamltext.h"
#include "post/textencoding.h"

namespace {

QByteArray pad(int width) {
    return QByteArray(std::max(0, width), ' ');
}

QByteArray keyText(const QString &key) {
    // A key at the start of a line must not read as a document marker (`--- x`, `... x`).
    const bool marker = key.startsWith(QLatin1String("---")) || key.startsWith(QLatin1String("..."));
    return (YamlScalar::canBePlain(key, false) && !marker ? key : YamlScalar::doubleQuoted(key)).toUtf8();
}

// `yes`/`no`, `True`/`False`, `ON`/`OFF`...: the new value spelled like the old one.
QString spellBool(const QString &old, bool value) {
    const QString lower = old.toLower();
    QString word = value ? QStringLiteral("true") : QStringLiteral("false");
    if (lower == QLatin1String("yes") || lower == QLatin1String("no"))
        word = value ? QStringLiteral("yes") : QStringLiteral("no");
    else if (lower == QLatin1String("on") || lower == QLatin1String("off"))
        word = value ? QStringLiteral("on") : QStringLiteral("off");
    if (old.size() > 1 && old == old.toUpper())
        return word.toUpper();
    if (!old.isEmpty() && old.front().isUpper())
        return word.front().toUpper() + word.mid(1);
    return word;
}

}  // namespace

FieldEditor::FieldEditor(const QByteArray &fileBytes, const FrontMatter &frontMatter)
    : m_bytes(fileBytes), m_frontMatter(frontMatter), m_eol(TextEncoding::dominantLineEnding(fileBytes)) {}

Status FieldEditor::checkEditable() const {
    if (m_frontMatter.kind() == FrontMatterSplit::Kind::Toml)
        return Status::failure(
            tr("the front matter is TOML (+++), which Postwright keeps as it is and "
               "does not edit yet"));
    if (!m_frontMatter.isValid()) {
        for (const Diagnostic &d : m_frontMatter.diagnostics()) {
            if (d.isError())
                return Status::failure(tr("the front matter has an error at line %1, column %2 (%3); "
                                          "fix it as text first")
                                           .arg(d.line)
                                           .arg(d.column)
                                           .arg(d.message));
        }
    }
    return {};
}

Result<TextEdit> FieldEditor::setScalar(const QString &path, const QString &text,
                                        std::optional<ScalarType> type) const {
    return write(path, [&](const FieldEntry *entry, int indent) {
        ScalarType resolved = ScalarType::String;
        if (type) {
            resolved = *type;
        } else if (entry && entry->kind == FieldEntry::Kind::Scalar) {
            const bool sameType =
                entry->scalarStyle == ScalarStyle::Plain && YamlScalar::plainType(text) == entry->scalarType;
            resolved = sameType ? entry->scalarType : ScalarType::String;
        } else if (YamlScalar::canBePlain(text, false)) {
            resolved = YamlScalar::plainType(text);
        }
        return scalarText(entry, indent, text, resolved);
    });
}

Result<TextEdit> FieldEditor::setBool(const QString &path, bool value) const {
    return write(path, [&](const FieldEntry *entry, int indent) {
        const bool wasBool =
            entry && entry->kind == FieldEntry::Kind::Scalar && entry->scalarType == ScalarType::Bool;
        const QString word = spellBool(wasBool ? entry->scalar : QString(), value);
        return scalarText(wasBool ? entry : nullptr, indent, word, ScalarType::Bool);
    });
}

Result<TextEdit> FieldEditor::setDateTime(const QString &path, const QDateTime &value, bool dateOnly) const {
    return write(path, [&](const FieldEntry *entry, int indent) {
        std::optional<DateShape> shape;
        if (entry && entry->kind == FieldEntry::Kind::Scalar)
            shape = DateShape::of(entry->scalar);
        if (!shape)
            shape = dateOnly ? DateShape::dateOnly() : DateShape::jekyllDefault();
        const bool keepEntryStyle = entry && entry->kind == FieldEntry::Kind::Scalar;
        // Written plain in the writer's shape even where YAML reads it as text (`2018-09-21 10:00` has no
        // seconds): Jekyll parses such dates all the same.
        const QString text = shape->format(value);
        return scalarText(keepEntryStyle ? entry : nullptr, indent, text, YamlScalar::plainType(text));
    });
}

Result<TextEdit> FieldEditor::setList(const QString &path, const QStringList &items) const {
    return write(path, [&](const FieldEntry *entry, int indent) {
        const bool wasList = entry && entry->kind == FieldEntry::Kind::Sequence;
        const bool block = wasList && entry->layout == FieldEntry::Layout::Block && !items.isEmpty();
        QList<QByteArray> written;
        for (const QString &item : items) {
            const qsizetype old = wasList && entry->allScalarItems ? entry->items.indexOf(item) : -1;
            if (old >= 0 && !entry->itemSources.at(old).isEmpty()) {
                written.append(entry->itemSources.at(old));  // an unchanged item keeps its spelling
            } else {
                const ScalarStyle style = wasList ? entry->itemStyle : ScalarStyle::Plain;
                written.append(YamlScalar::inlineScalar(item, ScalarType::String, style, !block).toUtf8());
            }
        }
        if (block) {
            const QByteArray prefix = pad(entry->childIndent) + "- ";
            QByteArray text;
            for (const QByteArray &item : written)
                text += m_eol + prefix + item;
            return ValueText{text, true};
        }
        // Flow style, spaced like the old list: `[a, b]`, `[ a, b ]` or `[a,b]`.
        const bool wasFlow = wasList && entry->layout == FieldEntry::Layout::Flow;
        const bool innerSpace = wasFlow && entry->flowInnerSpace;
        const QByteArray separator = wasFlow ? entry->flowSeparator : QByteArray(", ");
        QByteArray text = innerSpace && !written.isEmpty() ? "[ " : "[";
        for (qsizetype i = 0; i < written.size(); ++i)
            text += (i > 0 ? separator : QByteArray()) + written.at(i);
        text += innerSpace && !written.isEmpty() ? " ]" : "]";
        Q_UNUSED(indent);
        return ValueText{text, false};
    });
}

Result<TextEdit> FieldEditor::setYaml(const QString &path, const QString &yaml) const {
    return write(path, [&](const FieldEntry *, int indent) {
        QString text = yaml;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (!text.contains(QLatin1Char('\n')))
            return ValueText{text.trimmed().toUtf8(), false};
        QByteArray out;
        for (const QString &line : text.split(QLatin1Char('\n')))
            out += m_eol + (line.isEmpty() ? QByteArray() : pad(indent + 2) + line.toUtf8());
        return ValueText{out, true};
    });
}

Result<TextEdit> FieldEditor::remove(const QString &path) const {
    if (const Status ok = checkEditable(); !ok)
        return Result<TextEdit>::failure(ok.error());
    const FieldEntry *entry = m_frontMatter.find(path);
    if (!entry)
        return Result<TextEdit>::failure(tr("there is no field '%1'").arg(path));
    return TextEdit{entry->entryBegin, YamlText::nextLine(m_bytes, entry->entryEnd), {}};
}

Result<const FieldEntry *> FieldEditor::listItem(const QString &path, int index) const {
    if (const Status ok = checkEditable(); !ok)
        return Result<const FieldEntry *>::failure(ok.error());
    const FieldEntry *entry = m_frontMatter.find(path);
    if (!entry || entry->kind != FieldEntry::Kind::Sequence || !entry->allScalarItems)
        return Result<const FieldEntry *>::failure(tr("'%1' is not a list of values").arg(path));
    if (!entry->editable || index < 0 || index >= entry->itemBegins.size())
        return Result<const FieldEntry *>::failure(
            tr("'%1' has no item %2 to edit").arg(path).arg(index + 1));
    if (YamlText::hasAnchor(m_bytes, entry->valueBegin, entry->valueEnd))
        return Result<const FieldEntry *>::failure(
            tr("'%1' carries an anchor (&) that other fields may repeat; edit it as text").arg(path));
    // An item's position is its node's: for an alias (`*x`), the anchor's, somewhere else in the file.
    const qsizetype itemAt = entry->itemBegins.at(index);
    if (itemAt < entry->valueBegin || itemAt >= entry->valueEnd || m_bytes.at(itemAt) == '&' ||
        m_bytes.at(itemAt) == '*')
        return Result<const FieldEntry *>::failure(
            tr("item %1 of '%2' is an anchor or an alias; edit it as text").arg(index + 1).arg(path));
    if (entry->itemSources.at(index).isEmpty())
        return Result<const FieldEntry *>::failure(
            tr("item %1 of '%2' is written over several lines; edit it as text").arg(index + 1).arg(path));
    return entry;
}

Result<TextEdit> FieldEditor::replaceListItem(const QString &path, int index, const QString &text) const {
    const Result<const FieldEntry *> found = listItem(path, index);
    if (!found)
        return Result<TextEdit>::failure(found.error());
    const FieldEntry &entry = *found.value();
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return Result<TextEdit>::failure(tr("a list item of '%1' cannot hold a line break").arg(path));
    const QByteArray &source = entry.itemSources.at(index);
    const ScalarStyle style = source.startsWith('\'')  ? ScalarStyle::SingleQuoted
                              : source.startsWith('"') ? ScalarStyle::DoubleQuoted
                                                       : ScalarStyle::Plain;
    const bool inFlow = entry.layout == FieldEntry::Layout::Flow;
    const QString written = YamlScalar::inlineScalar(text, ScalarType::String, style, inFlow);
    return TextEdit{entry.itemBegins.at(index), entry.itemEnds.at(index), written.toUtf8()};
}

Result<TextEdit> FieldEditor::removeListItem(const QString &path, int index) const {
    const Result<const FieldEntry *> found = listItem(path, index);
    if (!found)
        return Result<TextEdit>::failure(found.error());
    const FieldEntry &entry = *found.value();
    const int count = static_cast<int>(entry.itemBegins.size());
    if (count == 1) {
        if (entry.layout == FieldEntry::Layout::Flow)  // `[a]` -> `[]`
            return TextEdit{entry.valueBegin + 1, entry.valueEnd - 1, {}};
        return setList(path, {});
    }
    if (entry.layout == FieldEntry::Layout::Flow) {
        if (index + 1 < count)  // the item and the separator after it
            return TextEdit{entry.itemBegins.at(index), entry.itemBegins.at(index + 1), {}};
        // The last item and the separator before it; but a comment after that separator belongs to the
        // item before, so then the separator stays (a trailing comma is allowed) and the item alone goes.
        const qsizetype from = entry.itemEnds.at(index - 1);
        if (m_bytes.mid(from, entry.itemBegins.at(index) - from).contains('#')) {
            qsizetype end = entry.itemEnds.at(index);  // with a trailing comma of its own, if any
            qsizetype after = end;
            while (after < entry.valueEnd && (m_bytes.at(after) == ' ' || m_bytes.at(after) == '\t'))
                ++after;
            if (after < entry.valueEnd && m_bytes.at(after) == ',')
                end = after + 1;
            return TextEdit{entry.itemBegins.at(index), end, {}};
        }
        return TextEdit{from, entry.itemEnds.at(index), {}};
    }
    // A block item: its whole line, `- ` marker and any comment after it.
    const qsizetype begin = YamlText::lineStart(m_bytes, entry.itemBegins.at(index));
    return TextEdit{begin, YamlText::nextLine(m_bytes, entry.itemEnds.at(index)), {}};
}

void FieldEditor::setStyleSource(const FrontMatter *frontMatter) {
    m_styleSource = frontMatter;
}

const FieldEntry *FieldEditor::styleEntry(const QString &path, const FieldEntry *current) const {
    if (!m_styleSource)
        return current;
    const FieldEntry *saved = m_styleSource->find(path);
    // A field whose kind changed since (a list that became text) takes its style from what it is now.
    if (!saved || (current && saved->kind != current->kind && current->kind != FieldEntry::Kind::Null))
        return current;
    return saved;
}

Result<TextEdit> FieldEditor::write(const QString &path,
                                    const std::function<ValueText(const FieldEntry *, int)> &make) const {
    if (path.isEmpty())
        return Result<TextEdit>::failure(tr("a field needs a name"));
    if (const Status ok = checkEditable(); !ok)
        return Result<TextEdit>::failure(ok.error());
    const FieldEntry *entry = m_frontMatter.find(path);
    if (!entry)
        return addField(path, make);
    if (!entry->editable)
        return Result<TextEdit>::failure(
            tr("the field '%1' is written in a form Postwright does not edit; edit it as text").arg(path));
    return replaceValue(*entry, make(styleEntry(path, entry), entry->indent));
}

TextEdit FieldEditor::replaceValue(const FieldEntry &entry, const ValueText &value) const {
    const qsizetype keyLineEnd = YamlText::lineEnd(m_bytes, entry.entryBegin);
    const bool hasText = entry.valueEnd > entry.valueBegin;
    const qsizetype headerEnd = value.belowKey ? -1 : value.text.indexOf('\n');
    if (headerEnd >= 0) {
        // A block scalar's lines follow its header, so whatever follows the old value would join them. A
        // comment on the key's line moves onto the header line, where it is still a comment; anything else
        // (more lines in the entry, text after a closing quote) means the value is written on one line
        // instead.
        const qsizetype after = hasText ? entry.valueEnd : entry.afterColon;
        const qsizetype afterLineEnd = YamlText::lineEnd(m_bytes, after);
        const QByteArray tail = m_bytes.mid(after, afterLineEnd - after);
        const bool commentTail =
            tail.trimmed().startsWith('#') && (tail.startsWith(' ') || tail.startsWith('\t'));
        const bool safe = afterLineEnd >= entry.entryEnd &&
                          (tail.trimmed().isEmpty() || (commentTail && afterLineEnd == keyLineEnd));
        if (!safe)
            return replaceValue(entry, ValueText{value.inlineFallback, false, {}});
        if (!commentTail && !tail.isEmpty() && hasText && entry.valueBegin < keyLineEnd)
            return TextEdit{entry.valueBegin, afterLineEnd,
                            value.text};  // trailing blanks would join the last line
        if (commentTail) {
            QByteArray header = value.text.left(headerEnd);
            if (header.endsWith('\r'))
                header.chop(1);
            const qsizetype begin = hasText ? entry.valueBegin : entry.afterColon;
            return TextEdit{
                begin, keyLineEnd,
                (hasText ? QByteArray() : QByteArray(" ")) + header + tail + value.text.mid(header.size())};
        }
    }
    if (hasText && !value.belowKey && entry.valueBegin < keyLineEnd)
        return TextEdit{entry.valueBegin, entry.valueEnd, value.text};
    if (hasText && value.belowKey && entry.valueBegin >= keyLineEnd)
        return TextEdit{keyLineEnd, entry.valueEnd, value.text};  // keeps a comment on the key's line
    qsizetype end = hasText ? entry.valueEnd : entry.afterColon;
    if (!hasText) {
        qsizetype blanks = end;
        while (blanks < keyLineEnd && (m_bytes.at(blanks) == ' ' || m_bytes.at(blanks) == '\t'))
            ++blanks;
        if (blanks == keyLineEnd)
            end = blanks;  // `key:   ` loses its trailing blanks, not a comment after them
    }
    return TextEdit{entry.afterColon, end, value.belowKey ? value.text : " " + value.text};
}

Result<TextEdit> FieldEditor::addField(const QString &path,
                                       const std::function<ValueText(const FieldEntry *, int)> &make) const {
    const QStringList parts = path.split(QLatin1Char('.'));
    // The deepest existing ancestor, if any.
    const FieldEntry *parent = nullptr;
    int used = 0;
    for (int i = parts.size() - 1; i > 0 && !parent; --i) {
        parent = m_frontMatter.find(parts.mid(0, i).join(QLatin1Char('.')));
        used = i;
    }
    const QStringList missing = parent ? parts.mid(used) : parts;
    int indent = 0;
    if (parent) {
        if (parent->kind == FieldEntry::Kind::Map && parent->layout != FieldEntry::Layout::Block)
            return Result<TextEdit>::failure(tr("'%1' is written inline as {...}; edit it as YAML text")
                                                 .arg(parts.mid(0, used).join('.')));
        if (!parent->editable)
            return Result<TextEdit>::failure(tr("'%1' cannot be edited as fields").arg(parent->key));
        indent = parent->kind == FieldEntry::Kind::Map && !parent->children.isEmpty()
                     ? parent->children.front().indent
                     : parent->indent + 2;
    }
    // The new lines: `a:` / `  b:` ... / `    key: value`.
    QByteArray lines;
    for (int i = 0; i < missing.size(); ++i) {
        const int keyIndent = indent + 2 * i;
        lines += pad(keyIndent) + keyText(missing.at(i)) + ":";
        if (i + 1 < missing.size()) {
            lines += m_eol;
            continue;
        }
        const ValueText value = make(styleEntry(path, nullptr), keyIndent);
        // An empty value is `key:` with no blank after it.
        lines += (value.belowKey || value.text.isEmpty() ? value.text : " " + value.text) + m_eol;
    }
    const FrontMatterSplit &split = m_frontMatter.split();
    if (parent && parent->kind == FieldEntry::Kind::Map) {
        return TextEdit{YamlText::nextLine(m_bytes, parent->entryEnd),
                        YamlText::nextLine(m_bytes, parent->entryEnd), lines};
    }
    if (parent) {  // a scalar or empty value becomes a map
        lines.chop(m_eol.size());
        return replaceValue(*parent, ValueText{m_eol + lines, true});
    }
    if (split.kind == FrontMatterSplit::Kind::None) {
        const qsizetype at = TextEncoding::hasBom(m_bytes) ? 3 : 0;
        return TextEdit{at, at, "---" + m_eol + lines + "---" + m_eol};
    }
    return TextEdit{split.blockEnd, split.blockEnd, lines};
}

FieldEditor::ValueText FieldEditor::scalarText(const FieldEntry *entry, int keyIndent, const QString &text,
                                               ScalarType type) const {
    // A folded value (`>`) stays folded while the text allows it.
    if (entry && entry->kind == FieldEntry::Kind::Scalar && entry->scalarStyle == ScalarStyle::Folded &&
        YamlScalar::fitsFoldedBlock(text))
        return ValueText{YamlScalar::foldedBlock(text, keyIndent, m_eol), false,
                         YamlScalar::doubleQuoted(text).toUtf8()};
    if (YamlScalar::fitsLiteralBlock(text))
        return ValueText{YamlScalar::literalBlock(text, keyIndent, m_eol), false,
                         YamlScalar::doubleQuoted(text).toUtf8()};
    ScalarStyle preferred = ScalarStyle::Plain;
    // Quotes around an empty value were needed, not chosen: they say nothing about how text should be
    // written.
    if (entry && entry->kind == FieldEntry::Kind::Scalar && !entry->scalar.isEmpty() &&
        (entry->scalarStyle == ScalarStyle::SingleQuoted || entry->scalarStyle == ScalarStyle::DoubleQuoted))
        preferred = entry->scalarStyle;
    return ValueText{YamlScalar::inlineScalar(text, type, preferred, false).toUtf8(), false};
}
