#include "editor/markdowneditcommands.h"

#include "editor/markdownhighlighter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

namespace {

// How far up the document Tab/Shift+Tab look for an item's sibling or parent; a list longer than this still
// works, it just indents by the item's own marker width.
constexpr int MaxListLookBack = 500;

struct ListItem {
    bool valid = false;
    int indentChars = 0;   // leading whitespace, in characters
    int indent = 0;        // leading whitespace, in columns (a tab reaches the next multiple of 4)
    int markerEnd = 0;     // index after "-" or "12."
    int contentStart = 0;  // index after the marker, its spacing and a task box
    int markerWidth = 0;   // marker plus spacing: children line up at indent + markerWidth
    bool ordered = false;
    bool task = false;
    qlonglong number = 0;
    QString marker;   // "-", "*", "+" or "12." / "12)"
    QString spacing;  // the blanks after the marker
};

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

bool isThematicBreakFrom(const QString &line, int p) {
    const QChar c = line[p];
    int count = 0;
    for (int i = p; i < line.size(); ++i) {
        if (line[i] == c)
            ++count;
        else if (!isBlank(line[i]))
            return false;
    }
    return count >= 3;
}

ListItem parseItem(const QString &line) {
    ListItem item;
    const int n = int(line.size());
    int p = 0;
    while (p < n && isBlank(line[p])) {
        item.indent = line[p] == u'\t' ? (item.indent / 4 + 1) * 4 : item.indent + 1;
        ++p;
    }
    if (p == n)
        return item;
    item.indentChars = p;
    int q = p;
    if (line[p] == u'-' || line[p] == u'*' || line[p] == u'+') {
        if (isThematicBreakFrom(line, p))
            return item;
        q = p + 1;
    } else {
        while (q < n && q - p < 10 && line[q] >= u'0' && line[q] <= u'9')
            ++q;
        if (q == p || q - p > 9 || q >= n || (line[q] != u'.' && line[q] != u')'))
            return item;
        item.ordered = true;
        item.number = line.mid(p, q - p).toLongLong();
        ++q;
    }
    // The editor only treats "marker + blank" as an item, so typing "1." or "-" and Enter stays plain text.
    if (q >= n || !isBlank(line[q]))
        return item;
    item.marker = line.mid(p, q - p);
    item.markerEnd = q;
    int r = q;
    while (r < n && isBlank(line[r]))
        ++r;
    item.spacing = line.mid(q, r - q);
    item.markerWidth = r - p;
    if (r + 2 < n && line[r] == u'[' && (line[r + 1] == u' ' || line[r + 1] == u'x' || line[r + 1] == u'X') &&
        line[r + 2] == u']' && (r + 3 == n || isBlank(line[r + 3]))) {
        item.task = true;
        r += 3;
        while (r < n && isBlank(line[r]))
            ++r;
    }
    item.contentStart = r;
    item.valid = true;
    return item;
}

bool isListItemBlock(const QTextBlock &block) {
    return !MarkdownHighlighter::isCodeLine(block) && parseItem(block.text()).valid;
}

QString numberLike(qlonglong number, const ListItem &model) {
    const QString digits = model.marker.left(model.marker.size() - 1);
    QString text = QString::number(number);
    if (digits.startsWith(u'0'))  // keep "01." style padding
        text = text.rightJustified(digits.size(), u'0');
    return text + model.marker.back();
}

// The nearest list item above block for which match() is true, looking past blank lines and indented
// continuation text; stops at stop() or at unindented paragraph text (the list has ended there).
ListItem findAbove(const QTextBlock &block, const std::function<bool(const ListItem &)> &match,
                   const std::function<bool(const ListItem &)> &stop) {
    QTextBlock b = block.previous();
    for (int looked = 0; b.isValid() && looked < MaxListLookBack; b = b.previous(), ++looked) {
        const QString text = b.text();
        const ListItem item = parseItem(text);
        if (!item.valid) {
            if (!text.isEmpty() && !isBlank(text[0]) && !text.trimmed().isEmpty())
                break;
            continue;
        }
        if (match(item))
            return item;
        if (stop(item))
            break;
    }
    return {};
}

void shiftItem(QTextCursor &edit, const QTextBlock &block, bool outdent) {
    const ListItem item = parseItem(block.text());
    int newIndent = 0;
    if (outdent) {
        if (item.indent == 0)
            return;
        const ListItem parent = findAbove(
            block, [&](const ListItem &p) { return p.indent < item.indent; },
            [](const ListItem &) { return false; });
        newIndent = parent.valid ? parent.indent : std::max(0, item.indent - item.markerWidth);
    } else {
        const ListItem sibling = findAbove(
            block, [&](const ListItem &p) { return p.indent == item.indent; },
            [&](const ListItem &p) { return p.indent < item.indent; });
        newIndent = sibling.valid ? sibling.indent + sibling.markerWidth : item.indent + item.markerWidth;
    }
    const int position = block.position();
    if (item.ordered) {
        // Follow the list the item joins: the previous item at the new indentation, if it is still that list.
        const ListItem previous = findAbove(
            block, [&](const ListItem &p) { return p.indent == newIndent; },
            [&](const ListItem &p) { return p.indent < newIndent; });
        qlonglong number = item.number;
        if (previous.valid && previous.ordered)
            number = previous.number + 1;
        else if (!outdent)
            number = 1;
        if (number != item.number) {
            edit.setPosition(position + item.indentChars);
            edit.setPosition(position + item.markerEnd, QTextCursor::KeepAnchor);
            edit.insertText(numberLike(number, item));
        }
    }
    edit.setPosition(position);
    edit.setPosition(position + item.indentChars, QTextCursor::KeepAnchor);
    edit.insertText(QString(newIndent, u' '));
}

int runForward(const QTextDocument *doc, int from, int limit, QChar c) {
    int p = from;
    while (p < limit && doc->characterAt(p) == c)
        ++p;
    return p - from;
}

int runBackward(const QTextDocument *doc, int from, int limit, QChar c) {
    int p = from;
    while (p > limit && doc->characterAt(p - 1) == c)
        --p;
    return from - p;
}

void select(QTextCursor &cursor, int anchor, int position) {
    cursor.setPosition(anchor);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
}

void removeRange(QTextCursor &cursor, int from, int to) {
    select(cursor, from, to);
    cursor.removeSelectedText();
}

// The selection without its leading and trailing whitespace (paragraph separators included).
void trimmedSelection(const QTextCursor &cursor, int *start, int *end) {
    const QTextDocument *doc = cursor.document();
    *start = cursor.selectionStart();
    *end = cursor.selectionEnd();
    while (*start < *end && doc->characterAt(*start).isSpace())
        ++*start;
    while (*end > *start && doc->characterAt(*end - 1).isSpace())
        --*end;
}

void toggleEmptyPair(QTextCursor &cursor, const QString &marker) {
    const QTextDocument *doc = cursor.document();
    const int len = int(marker.size());
    const int p = cursor.position();
    const int blockStart = cursor.block().position();
    const int blockEnd = blockStart + cursor.block().length() - 1;
    if (runBackward(doc, p, blockStart, marker[0]) == len && runForward(doc, p, blockEnd, marker[0]) == len) {
        removeRange(cursor, p - len, p + len);
        return;
    }
    cursor.insertText(marker + marker);
    cursor.setPosition(p + len);
}

}  // namespace

namespace MarkdownEditCommands {

void toggleEmphasis(QTextCursor &cursor, const QString &marker) {
    if (marker.isEmpty())
        return;
    const QTextDocument *doc = cursor.document();
    const int len = int(marker.size());
    int start = 0;
    int end = 0;
    trimmedSelection(cursor, &start, &end);
    cursor.beginEditBlock();
    if (start == end) {
        cursor.setPosition(cursor.selectionEnd());
        toggleEmptyPair(cursor, marker);
        cursor.endEditBlock();
        return;
    }
    // "*" is present in a run of 1 or 3 ("***x***" is both), "**" in a run of 2 or more.
    const auto present = [len](int before, int after) {
        const int run = std::min(before, after);
        return len >= 2 ? run >= len : (run == 1 || run >= 3);
    };
    const QChar kinds[] = {marker[0], marker[0] == u'*' ? u'_' : u'*'};
    for (const QChar c : kinds) {
        const int inFront = runForward(doc, start, end, c);
        const int atBack = runBackward(doc, end, start + inFront, c);
        if (inFront < end - start && end - start > 2 * len && present(inFront, atBack)) {
            removeRange(cursor, end - len, end);
            removeRange(cursor, start, start + len);
            select(cursor, start, end - 2 * len);
            cursor.endEditBlock();
            return;
        }
        if (present(runBackward(doc, start, 0, c), runForward(doc, end, doc->characterCount() - 1, c))) {
            removeRange(cursor, end, end + len);
            removeRange(cursor, start - len, start);
            select(cursor, start - len, end - len);
            cursor.endEditBlock();
            return;
        }
    }
    cursor.setPosition(end);
    cursor.insertText(marker);
    cursor.setPosition(start);
    cursor.insertText(marker);
    select(cursor, start + len, end + len);
    cursor.endEditBlock();
}

void insertLink(QTextCursor &cursor) {
    cursor.beginEditBlock();
    int start = 0;
    int end = 0;
    trimmedSelection(cursor, &start, &end);
    if (start == end) {
        cursor.setPosition(cursor.selectionEnd());
        const int p = cursor.position();
        cursor.insertText(QStringLiteral("[]()"));
        cursor.setPosition(p + 1);
        cursor.endEditBlock();
        return;
    }
    select(cursor, start, end);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    const bool isUrl = !text.contains(u' ') && !text.contains(u'\n') &&
                       (text.startsWith(u"http://") || text.startsWith(u"https://") ||
                        text.startsWith(u"mailto:") || text.startsWith(u"www."));
    if (isUrl) {
        cursor.insertText(QStringLiteral("[](") + text + u')');
        cursor.setPosition(start + 1);
    } else {
        const QString placeholder = QStringLiteral("url");
        cursor.insertText(u'[' + text + QStringLiteral("](") + placeholder + u')');
        const int urlStart = start + int(text.size()) + 3;
        select(cursor, urlStart, urlStart + int(placeholder.size()));
    }
    cursor.endEditBlock();
}

bool continueList(QTextCursor &cursor) {
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    if (MarkdownHighlighter::isCodeLine(block))
        return false;
    const QString text = block.text();
    const ListItem item = parseItem(text);
    if (!item.valid || cursor.positionInBlock() < item.contentStart)
        return false;
    cursor.beginEditBlock();
    if (text.mid(item.contentStart).trimmed().isEmpty()) {
        // Enter on an empty item ends the list: the marker goes, the line stays empty.
        removeRange(cursor, block.position(), block.position() + int(text.size()));
        cursor.endEditBlock();
        return true;
    }
    const QString marker = item.ordered ? numberLike(item.number + 1, item) : item.marker;
    const QString prefix = text.left(item.indentChars) + marker + item.spacing +
                           (item.task ? QStringLiteral("[ ] ") : QString());
    cursor.insertBlock();
    // Text after the cursor moves to the new item without the blanks that separated it.
    const int p = cursor.position();
    const int blanks = runForward(cursor.document(), p, p + cursor.block().length() - 1, u' ');
    if (blanks > 0)
        removeRange(cursor, p, p + blanks);
    cursor.insertText(prefix);
    cursor.endEditBlock();
    return true;
}

bool shiftListItems(QTextCursor &cursor, bool outdent) {
    QTextDocument *doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();  // a selection ending at a line's start does not touch that line
    bool anyItem = false;
    for (QTextBlock b = first; b.isValid() && !anyItem; b = b.next()) {
        anyItem = isListItemBlock(b);
        if (b == last)
            break;
    }
    if (!anyItem)
        return false;
    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (isListItemBlock(b))
            shiftItem(edit, b, outdent);
        if (b == last)
            break;
    }
    edit.endEditBlock();
    return true;
}

}  // namespace MarkdownEditCommands
