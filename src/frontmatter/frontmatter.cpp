#include "frontmatter.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>
#include <QCoreApplication>

#include <QHash>

#include "frontmatter/yamltext.h"
#include "post/textencoding.h"

namespace {

constexpr int kMaxNestedDepth = 16;  // nested maps followed for dotted keys; deeper ones stay opaque YAML

struct ScanContext {
    const QByteArray &bytes;
    qsizetype base;  // file offset of the YAML text given to yaml-cpp
    int firstLine;   // file line of that text's first line
    QVector<Diagnostic> &diagnostics;
};

ScalarStyle styleAt(const QByteArray &bytes, qsizetype at) {
    switch (at < bytes.size() ? bytes.at(at) : '\0') {
        case '\'':
            return ScalarStyle::SingleQuoted;
        case '"':
            return ScalarStyle::DoubleQuoted;
        case '|':
            return ScalarStyle::Literal;
        case '>':
            return ScalarStyle::Folded;
        default:
            return ScalarStyle::Plain;
    }
}

// Where a key's `:` is, for the key whose text starts at `at`; -1 when the key is not a simple one.
qsizetype colonAfterKey(const QByteArray &bytes, qsizetype at, qsizetype lineEnd) {
    qsizetype i = at;
    const char first = bytes.at(at);
    if (first == '?' && (at + 1 >= lineEnd || bytes.at(at + 1) == ' ' || bytes.at(at + 1) == '\t'))
        return -1;  // complex key (`? key`)
    if (first == '"' || first == '\'') {
        i = YamlText::quotedEnd(bytes, at, lineEnd);
        if (i < 0)
            return -1;
        while (i < lineEnd && (bytes.at(i) == ' ' || bytes.at(i) == '\t'))
            ++i;
        return i < lineEnd && bytes.at(i) == ':' ? i : -1;
    }
    for (; i < lineEnd; ++i) {
        if (bytes.at(i) == ':' && (i + 1 >= lineEnd || bytes.at(i + 1) == ' ' || bytes.at(i + 1) == '\t'))
            return i;
    }
    return -1;
}

QVector<FieldEntry> scanMap(const ScanContext &ctx, const YAML::Node &map, qsizetype regionBegin,
                            qsizetype regionEnd, int depth);

void describeValue(const ScanContext &ctx, const YAML::Node &value, FieldEntry &e, int depth) {
    const QByteArray &bytes = ctx.bytes;
    const YAML::Mark mark = value.Mark();
    const qsizetype at = mark.is_null() ? -1 : ctx.base + mark.pos;
    const qsizetype keyLineEnd = YamlText::lineEnd(bytes, e.entryBegin);
    e.valueBegin = e.valueEnd = e.afterColon;
    // An alias's mark is its anchor's: find `*name` after the colon ourselves. It stays text; nothing follows
    // it.
    qsizetype first = e.afterColon;
    while (first < keyLineEnd && (bytes.at(first) == ' ' || bytes.at(first) == '\t'))
        ++first;
    if (first < keyLineEnd && bytes.at(first) == '*') {
        e.kind = FieldEntry::Kind::Alias;
        e.valueBegin = first;
        e.valueEnd = YamlText::tokenEnd(bytes, first, e.entryEnd);
        return;
    }
    // An empty value's mark points at whatever follows it, outside the entry.
    if (at < e.afterColon || at > e.entryEnd || (value.IsNull() && at == e.entryEnd)) {
        e.kind = FieldEntry::Kind::Null;  // `key:` with nothing after it
        e.scalarType = ScalarType::Null;
        return;
    }
    e.valueBegin = at;
    const qsizetype content = YamlText::skipProperties(bytes, at, e.entryEnd);  // past `&anchor` and `!tag`
    const char c = content < bytes.size() ? bytes.at(content) : '\0';
    const bool onKeyLine = at < keyLineEnd;
    if (c == '*') {
        e.kind = FieldEntry::Kind::Alias;  // stays text: nothing follows an alias
        e.valueEnd = YamlText::tokenEnd(bytes, content, e.entryEnd);
        return;
    }
    if (value.IsScalar() || value.IsNull()) {
        e.kind = value.IsNull() ? FieldEntry::Kind::Null : FieldEntry::Kind::Scalar;
        e.scalarStyle = styleAt(bytes, content);
        e.scalar = QString::fromStdString(value.Scalar());
        if (value.IsNull())
            e.scalar = QString::fromUtf8(
                bytes.mid(content, YamlText::plainEnd(bytes, content, e.entryEnd) - content));
        switch (e.scalarStyle) {
            case ScalarStyle::Plain:
                e.valueEnd = YamlText::plainEnd(bytes, content, e.entryEnd);
                e.scalarType = value.IsNull() ? ScalarType::Null : YamlScalar::plainType(e.scalar);
                break;
            case ScalarStyle::SingleQuoted:
            case ScalarStyle::DoubleQuoted:
                e.valueEnd = YamlText::quotedEnd(bytes, content, e.entryEnd);
                if (e.valueEnd < 0) {
                    // yaml-cpp accepts a quote left open to the end of the front matter; Jekyll does not.
                    e.valueEnd = e.entryEnd;
                    e.editable = false;
                    ctx.diagnostics.append({Diagnostic::Severity::Error, ctx.firstLine + mark.line,
                                            mark.column + 1,
                                            QCoreApplication::translate(
                                                "FrontMatter", "the quoted value of '%1' is never closed")
                                                .arg(e.key)});
                }
                e.scalarType = ScalarType::String;
                break;
            default:
                e.layout = FieldEntry::Layout::Block;
                e.valueEnd = e.entryEnd;
                e.scalarType = ScalarType::String;
        }
        return;
    }
    if (c == '[' || c == '{') {
        e.layout = FieldEntry::Layout::Flow;
        e.valueEnd = YamlText::flowEnd(bytes, content, e.entryEnd);
        const QByteArray text = bytes.mid(content, e.valueEnd - content);
        e.flowInnerSpace = text.size() > 2 && text.at(1) == ' ';
        if (text.contains(',') && !text.contains(", ") && !text.contains(",\n") && !text.contains(",\r"))
            e.flowSeparator = ",";
    } else {
        e.layout = onKeyLine ? FieldEntry::Layout::Inline : FieldEntry::Layout::Block;
        e.valueEnd = e.entryEnd;
        e.childIndent = static_cast<int>(content - YamlText::lineStart(bytes, content));
    }
    if (value.IsSequence()) {
        e.kind = FieldEntry::Kind::Sequence;
        e.allScalarItems = true;
        bool styleFound = false;
        for (const YAML::Node &item : value) {
            if (!item.IsScalar()) {
                e.allScalarItems = false;
                e.items.clear();
                e.itemSources.clear();
                e.itemBegins.clear();
                e.itemEnds.clear();
                break;
            }
            e.items.append(QString::fromStdString(item.Scalar()));
            const qsizetype itemAt = ctx.base + item.Mark().pos;
            const ScalarStyle style = styleAt(bytes, itemAt);
            const qsizetype itemEnd =
                style == ScalarStyle::SingleQuoted || style == ScalarStyle::DoubleQuoted
                    ? std::max(YamlText::quotedEnd(bytes, itemAt, e.valueEnd), itemAt)
                    : YamlText::plainItemEnd(bytes, itemAt, e.valueEnd, e.layout == FieldEntry::Layout::Flow);
            QByteArray source = bytes.mid(itemAt, itemEnd - itemAt);
            if (style == ScalarStyle::Plain && QString::fromUtf8(source) != e.items.last())
                source.clear();  // a plain item folded over several lines: written afresh when kept
            e.itemSources.append(source);
            e.itemBegins.append(itemAt);
            e.itemEnds.append(itemEnd);
            if (!styleFound && style != ScalarStyle::Plain) {
                e.itemStyle = style;
                styleFound = true;
            }
        }
    } else if (value.IsMap()) {
        e.kind = FieldEntry::Kind::Map;
        if (e.layout == FieldEntry::Layout::Block && depth < kMaxNestedDepth) {
            e.children = scanMap(ctx, value, YamlText::lineStart(bytes, content),
                                 YamlText::nextLine(bytes, e.entryEnd), depth + 1);
        }
    } else {
        e.kind = FieldEntry::Kind::Other;
    }
}

QVector<FieldEntry> scanMap(const ScanContext &ctx, const YAML::Node &map, qsizetype regionBegin,
                            qsizetype regionEnd, int depth) {
    const QByteArray &bytes = ctx.bytes;
    QVector<FieldEntry> entries;
    QVector<std::pair<YAML::Node, YAML::Node>> pairs;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const qsizetype at = ctx.base + it->first.Mark().pos;
        if (it->first.Mark().is_null() || at < regionBegin || at >= regionEnd)
            return {};  // not laid out as a block map in this region (an alias or a merge): leave it opaque
        // Two keys on one line are a flow mapping (`{a: 1, b: 2}`): not laid out as lines to splice.
        if (!pairs.isEmpty() && it->first.Mark().line == pairs.back().first.Mark().line)
            return {};
        pairs.append({it->first, it->second});
    }
    QHash<QString, int> firstLines;
    for (int i = 0; i < pairs.size(); ++i) {
        const YAML::Node &key = pairs[i].first;
        const qsizetype at = ctx.base + key.Mark().pos;
        const qsizetype next = i + 1 < pairs.size()
                                   ? YamlText::lineStart(bytes, ctx.base + pairs[i + 1].first.Mark().pos)
                                   : regionEnd;
        FieldEntry e;
        e.entryBegin = YamlText::lineStart(bytes, at);
        e.indent = static_cast<int>(at - e.entryBegin);
        e.line = ctx.firstLine + key.Mark().line;
        e.entryEnd = YamlText::contentEnd(bytes, e.entryBegin, next, e.indent);
        e.key = key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
        const qsizetype colon = key.IsScalar() ? colonAfterKey(bytes, at, YamlText::lineEnd(bytes, at)) : -1;
        if (colon < 0) {
            e.editable = false;
            e.afterColon = e.valueBegin = e.valueEnd = e.entryEnd;
            e.kind = FieldEntry::Kind::Other;
        } else {
            e.afterColon = colon + 1;
            describeValue(ctx, pairs[i].second, e, depth);
        }
        if (firstLines.contains(e.key)) {
            ctx.diagnostics.append(
                {Diagnostic::Severity::Warning, e.line, e.indent + 1,
                 QCoreApplication::translate("FrontMatter",
                                             "duplicate key '%1': first on line %2, again on line %3; Jekyll "
                                             "uses the last one")
                     .arg(e.key)
                     .arg(firstLines.value(e.key))
                     .arg(e.line)});
        } else {
            firstLines.insert(e.key, e.line);
        }
        entries.append(std::move(e));
    }
    return entries;
}

const FieldEntry *findIn(const QVector<FieldEntry> &entries, const QString &path) {
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->key == path)
            return &*it;
    }
    for (qsizetype dot = path.indexOf(QLatin1Char('.')); dot > 0;
         dot = path.indexOf(QLatin1Char('.'), dot + 1)) {
        const QString head = path.left(dot);
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
            if (it->key == head && it->kind == FieldEntry::Kind::Map) {
                if (const FieldEntry *found = findIn(it->children, path.mid(dot + 1)))
                    return found;
                break;
            }
        }
    }
    return nullptr;
}

}  // namespace

FrontMatter FrontMatter::parse(const QByteArray &fileBytes) {
    FrontMatter fm;
    fm.m_split = FrontMatterSplit::of(fileBytes);
    fm.m_diagnostics = fm.m_split.diagnostics;
    if (fm.m_split.kind != FrontMatterSplit::Kind::Yaml)
        return fm;
    const qsizetype begin = fm.m_split.blockBegin;
    const std::string block = fileBytes.mid(begin, fm.m_split.blockEnd - begin).toStdString();
    YAML::Node root;
    try {
        root = YAML::Load(block);
    } catch (const YAML::Exception &error) {
        fm.m_valid = false;
        const int line =
            error.mark.is_null() ? fm.m_split.blockFirstLine : fm.m_split.blockFirstLine + error.mark.line;
        const int column = error.mark.is_null() ? 1 : error.mark.column + 1;
        QString message = QString::fromStdString(error.msg);
        if (dynamic_cast<const YAML::DeepRecursion *>(&error))
            message = tr("the front matter is nested too deeply to read (%1)").arg(message);
        fm.m_diagnostics.append({Diagnostic::Severity::Error, line, column, tr("YAML: %1").arg(message)});
        return fm;
    }
    if (root.IsNull())
        return fm;
    if (!root.IsMap()) {
        fm.m_valid = false;
        const int line = fm.m_split.blockFirstLine + std::max(0, root.Mark().line);
        fm.m_diagnostics.append({Diagnostic::Severity::Error, line, std::max(0, root.Mark().column) + 1,
                                 tr("the front matter must be a map of `key: value` lines, not %1")
                                     .arg(root.IsSequence() ? tr("a list") : tr("a single value"))});
        return fm;
    }
    // yaml-cpp skips a byte-order mark inside the text without counting its bytes, so every position after
    // one would be off: such front matter is refused for field edits, with the place to fix.
    if (const qsizetype bom = fileBytes.indexOf(TextEncoding::kBom, begin);
        bom >= 0 && bom < fm.m_split.blockEnd) {
        int line = 0, column = 0;
        TextEncoding::lineColumnOf(fileBytes, bom, &line, &column);
        fm.m_valid = false;
        fm.m_diagnostics.append({Diagnostic::Severity::Error, line, column,
                                 tr("an invisible byte-order mark (U+FEFF) inside the front matter; "
                                    "delete it")});
        return fm;
    }
    const ScanContext ctx{fileBytes, begin, fm.m_split.blockFirstLine, fm.m_diagnostics};
    // A front matter written as one flow mapping (`{title: x}`) has no lines to splice: it is edited as text.
    const qsizetype rootAt = begin + std::max(0, root.Mark().pos);
    if (rootAt >= fileBytes.size() || fileBytes.at(rootAt) != '{')
        fm.m_entries = scanMap(ctx, root, begin, fm.m_split.blockEnd, 0);
    fm.m_valid = !fm.hasErrors();
    if (fm.m_entries.isEmpty() && root.size() > 0) {
        fm.m_diagnostics.append({Diagnostic::Severity::Warning, fm.m_split.blockFirstLine, 1,
                                 tr("the front matter is written in a form the field editor does not "
                                    "handle; edit it as text")});
    }
    return fm;
}

bool FrontMatter::hasErrors() const {
    return std::any_of(m_diagnostics.begin(), m_diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

const FieldEntry *FrontMatter::find(const QString &path) const {
    return findIn(m_entries, path);
}
