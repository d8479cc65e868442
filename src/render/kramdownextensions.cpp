#include "render/kramdownextensions.h"

#include "render/cmarknodes.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QVector>

#include <cstring>
#include <optional>

namespace {

const QByteArray kOpen = QByteArrayLiteral("{::");

struct Extension {
    QByteArray name;
    qsizetype openEnd = -1;     // just after the opening tag
    qsizetype closeStart = -1;  // the closing tag; -1 for a tag that closes itself
    qsizetype end = -1;         // just after the whole extension
};

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isKnown(const QByteArray &name) {
    return name == "comment" || name == "nomarkdown" || name == "options";
}

// The extension whose opening tag starts at `at` in `text`, if it is one kramdown knows and it is closed.
std::optional<Extension> extensionAt(const QByteArray &text, qsizetype at) {
    qsizetype nameEnd = at + kOpen.size();
    while (nameEnd < text.size() && isNameChar(text.at(nameEnd)))
        ++nameEnd;
    Extension extension;
    extension.name = text.mid(at + kOpen.size(), nameEnd - at - kOpen.size());
    const qsizetype tagEnd = text.indexOf('}', nameEnd);
    if (!isKnown(extension.name) || tagEnd < 0 || nameEnd >= text.size() ||
        (text.at(nameEnd) != '}' && text.at(nameEnd) != ' ' && text.at(nameEnd) != '/'))
        return std::nullopt;
    extension.openEnd = tagEnd + 1;
    if (text.at(tagEnd - 1) == '/') {
        extension.end = extension.openEnd;
        return extension;
    }
    const QByteArray named = "{:/" + extension.name + "}";
    const qsizetype named_ = text.indexOf(named, extension.openEnd);
    const qsizetype bare = text.indexOf("{:/}", extension.openEnd);
    if (named_ < 0 && bare < 0)
        return std::nullopt;
    const bool useBare = named_ < 0 || (bare >= 0 && bare < named_);
    extension.closeStart = useBare ? bare : named_;
    extension.end = extension.closeStart + (useBare ? 4 : named.size());
    return extension;
}

QByteArray extensionHtml(const Extension &extension, const QByteArray &content) {
    if (extension.name == "comment")
        return "<!-- " + content + " -->";
    if (extension.name == "nomarkdown")
        return content;
    return QByteArray();
}

// An extension whose content cmark split into text and raw HTML nodes
// (`{::nomarkdown}<b>x</b>{:/nomarkdown}`) is put back together in the node it starts in, up to the node that
// closes it.
void joinExtensionSpan(cmark_node *node) {
    QByteArray text(cmark_node_get_literal(node));
    const qsizetype at = text.lastIndexOf(kOpen);
    if (at < 0 || extensionAt(text, at))
        return;
    QVector<cmark_node *> joined;
    for (cmark_node *next = cmark_node_next(node); next; next = cmark_node_next(next)) {
        const cmark_node_type type = cmark_node_get_type(next);
        if (type == CMARK_NODE_SOFTBREAK)
            text += '\n';
        else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_HTML_INLINE)
            text += cmark_node_get_literal(next);
        else
            return;
        joined.append(next);
        if (type == CMARK_NODE_TEXT && extensionAt(text, at)) {
            for (cmark_node *done : joined)
                cmark_node_free(done);
            cmark_node_set_literal(node, text.constData());
            return;
        }
    }
}

void applyToText(cmark_node *node) {
    const QByteArray text(cmark_node_get_literal(node));
    qsizetype at = text.indexOf(kOpen);
    if (at < 0)
        return;
    QByteArray plain = text.left(at);
    cmark_node *last = node;
    bool changed = false;
    while (at >= 0) {
        const std::optional<Extension> extension = extensionAt(text, at);
        if (!extension) {
            const qsizetype next = text.indexOf(kOpen, at + 1);
            plain += text.mid(at, (next < 0 ? text.size() : next) - at);
            at = next;
            continue;
        }
        if (!changed)
            cmark_node_set_literal(node, plain.constData());
        else {
            cmark_node *piece = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(piece, plain.constData());
            cmark_node_insert_after(last, piece);
            last = piece;
        }
        changed = true;
        plain.clear();
        const QByteArray content =
            extension->closeStart < 0
                ? QByteArray()
                : text.mid(extension->openEnd, extension->closeStart - extension->openEnd);
        const QByteArray html = extensionHtml(*extension, content);
        if (!html.isEmpty()) {
            cmark_node *raw = CmarkNodes::raw(CMARK_NODE_HTML_INLINE, html);
            cmark_node_insert_after(last, raw);
            last = raw;
        }
        const qsizetype next = text.indexOf(kOpen, extension->end);
        plain = text.mid(extension->end, (next < 0 ? text.size() : next) - extension->end);
        at = next;
    }
    if (changed && !plain.isEmpty()) {
        cmark_node *piece = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(piece, plain.constData());
        cmark_node_insert_after(last, piece);
    }
}

QByteArray lineText(const QByteArray &source, const SourceLines &lines, int line) {
    return source.mid(lines.start(line), lines.start(line + 1) - lines.start(line)).trimmed();
}

enum class Outcome { None, Removed, Rewritten };

// A top-level paragraph that opens an extension on a line of its own.
Outcome applyToBlock(cmark_node *paragraph, const QByteArray &source, const SourceLines &lines) {
    const int first = cmark_node_get_start_line(paragraph);
    const QByteArray opening = lineText(source, lines, first);
    const std::optional<Extension> tag = extensionAt(opening + "{:/}", 0);
    if (!opening.startsWith(kOpen) || !tag || tag->openEnd != opening.size())
        return Outcome::None;
    if (tag->closeStart < 0 || tag->name == "options") {
        // `{::options … /}` alone: nothing to print.
        if (cmark_node_get_end_line(paragraph) != first)
            return Outcome::None;
        cmark_node_free(paragraph);
        return Outcome::Removed;
    }
    int last = first + 1;
    const QByteArray named = "{:/" + tag->name + "}";
    while (last <= lines.lineCount() && lineText(source, lines, last) != named &&
           lineText(source, lines, last) != "{:/}")
        ++last;
    if (last > lines.lineCount())
        return Outcome::None;
    QVector<cmark_node *> takenIn;
    for (cmark_node *next = cmark_node_next(paragraph); next && cmark_node_get_start_line(next) <= last;
         next = cmark_node_next(next)) {
        // Lists and code end after the blank lines that follow them.
        if (lines.trimmedLastLine(cmark_node_get_start_line(next), cmark_node_get_end_line(next)) > last)
            return Outcome::None;
        takenIn.append(next);
    }
    if (cmark_node_get_end_line(paragraph) > last)
        return Outcome::None;
    QByteArray content = source.mid(lines.start(first + 1), lines.start(last) - lines.start(first + 1));
    if (content.endsWith('\n'))
        content.chop(content.endsWith("\r\n") ? 2 : 1);
    for (cmark_node *node : takenIn)
        cmark_node_free(node);
    CmarkNodes::freeChildren(paragraph);
    CmarkNodes::makeCustomBlock(paragraph, extensionHtml(*tag, content) + "\n", QByteArray());
    CmarkNodes::setEndLine(paragraph, last);
    return Outcome::Rewritten;
}

}  // namespace

void KramdownExtensions::applyToBlocks(cmark_node *document, const QByteArray &source,
                                       const SourceLines &lines) {
    if (!CmarkNodes::contains(source, "{::"))
        return;
    for (cmark_node *node = cmark_node_first_child(document); node;) {
        cmark_node *next = cmark_node_next(node);
        // A rewritten block may have taken in the blocks after it.
        if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
            applyToBlock(node, source, lines) == Outcome::Rewritten)
            next = cmark_node_next(node);
        node = next;
    }
}

void KramdownExtensions::applyToSpans(cmark_node *document) {
    // By parent, as joining frees the nodes after the one an extension starts in.
    QVector<cmark_node *> parents;
    for (cmark_node *text : CmarkNodes::descendants(document, CMARK_NODE_TEXT)) {
        if (std::strstr(cmark_node_get_literal(text), "{::") && !parents.contains(cmark_node_parent(text)))
            parents.append(cmark_node_parent(text));
    }
    for (cmark_node *parent : parents) {
        for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) == CMARK_NODE_TEXT &&
                std::strstr(cmark_node_get_literal(node), "{::")) {
                joinExtensionSpan(node);
                applyToText(node);
            }
        }
    }
}
