#include "render/headingoutline.h"

#include <QByteArrayView>

#include <algorithm>

namespace {

// The view from `i` on (empty past the end); Qt 6.4's QByteArrayView has no mid().
QByteArrayView after(QByteArrayView view, qsizetype i) {
    return i >= view.size() ? QByteArrayView() : view.sliced(i);
}

// Columns of leading spaces (a tab to the next multiple of 4) and where the text after them starts.
int indentOf(QByteArrayView line, qsizetype *textStart) {
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line.at(i) == ' ')
            ++columns;
        else if (line.at(i) == '\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    *textStart = i;
    return columns;
}

bool isBlank(QByteArrayView line) {
    return line.trimmed().isEmpty();
}

// A code fence's opening: three or more ` or ~ (a ` fence's info has no `).
bool fenceOpening(QByteArrayView text, char *fenceChar, qsizetype *fenceLength) {
    if (text.isEmpty() || (text.at(0) != '`' && text.at(0) != '~'))
        return false;
    const char c = text.at(0);
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == c)
        ++n;
    if (n < 3 || (c == '`' && after(text, n).contains('`')))
        return false;
    *fenceChar = c;
    *fenceLength = n;
    return true;
}

bool fenceClosing(QByteArrayView text, char fenceChar, qsizetype fenceLength) {
    qsizetype n = 0;
    while (n < text.size() && text.at(n) == fenceChar)
        ++n;
    return n >= fenceLength && isBlank(after(text, n));
}

// The same character (- * _) three or more times, spaces and tabs between.
bool thematicBreak(QByteArrayView text) {
    if (text.isEmpty() || (text.at(0) != '-' && text.at(0) != '*' && text.at(0) != '_'))
        return false;
    int count = 0;
    for (const char c : text) {
        if (c == text.at(0))
            ++count;
        else if (c != ' ' && c != '\t')
            return false;
    }
    return count >= 3;
}

// `=` or `-` only (trailing spaces allowed): 1 or 2, else 0.
int setextUnderline(QByteArrayView text) {
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty() || (trimmed.at(0) != '=' && trimmed.at(0) != '-'))
        return 0;
    for (const char c : trimmed) {
        if (c != trimmed.at(0))
            return 0;
    }
    return trimmed.at(0) == '=' ? 1 : 2;
}

bool listItem(QByteArrayView text) {
    if (text.size() >= 2 && (text.at(0) == '-' || text.at(0) == '*' || text.at(0) == '+') &&
        (text.at(1) == ' ' || text.at(1) == '\t'))
        return true;
    qsizetype digits = 0;
    while (digits < text.size() && digits < 10 && text.at(digits) >= '0' && text.at(digits) <= '9')
        ++digits;
    return digits > 0 && digits + 1 < text.size() && (text.at(digits) == '.' || text.at(digits) == ')') &&
           (text.at(digits + 1) == ' ' || text.at(digits + 1) == '\t');
}

// The Liquid block tag a line opens and does not close on the same line, whose content is no Markdown
// heading: `{% highlight ruby %}` gives "endhighlight".
QByteArray liquidBlockEnd(QByteArrayView text) {
    const qsizetype open = text.indexOf("{%");
    if (open < 0)
        return {};
    qsizetype i = open + 2;
    while (i < text.size() && (text.at(i) == '-' || text.at(i) == ' ' || text.at(i) == '\t'))
        ++i;
    qsizetype end = i;
    while (end < text.size() && ((text.at(end) >= 'a' && text.at(end) <= 'z') || text.at(end) == '_'))
        ++end;
    const QByteArrayView tag = text.sliced(i, end - i);
    if (tag != "highlight" && tag != "comment")
        return {};
    QByteArray closing = "end" + tag.toByteArray();
    return after(text, end).contains(closing) ? QByteArray() : closing;
}

// `## Title ##  {#id}` → "Title".
QString atxText(QByteArrayView rest) {
    QByteArrayView text = rest.trimmed();
    // kramdown's header id or attribute list at the end.
    if (text.endsWith('}')) {
        const qsizetype open = text.lastIndexOf('{');
        if (open >= 0 && open + 1 < text.size() && (text.at(open + 1) == '#' || text.at(open + 1) == ':') &&
            (open == 0 || text.at(open - 1) == ' ' || text.at(open - 1) == '\t'))
            text = text.first(open).trimmed();
    }
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == '#')
        --end;
    if (end == 0)
        text = {};
    else if (end < text.size() && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
        text = text.first(end).trimmed();
    return QString::fromUtf8(text);
}

}  // namespace

QVector<HeadingOutline::Heading> HeadingOutline::extract(const QByteArray &body) {
    QVector<Heading> headings;
    char fenceChar = 0;
    qsizetype fenceLength = 0;
    QByteArray blockEnd;  // the end marker of a Liquid block, HTML comment or math block we are inside
    bool inList = false;
    bool previousBlank = true;
    int paragraphLine = 0;  // first line of the top-level paragraph being read, 0 outside one
    QByteArray paragraph;

    int lineNumber = 0;
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype newline = body.indexOf('\n', start);
        if (newline < 0)
            newline = body.size();
        QByteArrayView line(body.constData() + start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        ++lineNumber;

        qsizetype textStart = 0;
        const int indent = indentOf(line, &textStart);
        const QByteArrayView text = after(line, textStart);
        const bool blank = text.trimmed().isEmpty();
        const bool wasBlank = previousBlank;
        previousBlank = blank;

        if (fenceChar != 0) {
            if (indent < 4 && fenceClosing(text, fenceChar, fenceLength))
                fenceChar = 0;
            continue;
        }
        if (!blockEnd.isEmpty()) {
            if (line.contains(blockEnd))
                blockEnd.clear();
            continue;
        }
        if (blank) {
            paragraphLine = 0;
            paragraph.clear();
            continue;
        }
        // A list goes on through its indented lines and lines right after one; a line at the margin after a
        // blank line, or a heading at the margin, ends it.
        if (inList) {
            const bool continues = indent >= 2 || (!wasBlank && !text.startsWith('#')) || listItem(text);
            if (continues)
                continue;
            inList = false;
        }
        if (indent >= 4) {
            if (paragraphLine != 0)  // indented code cannot interrupt a paragraph
                paragraph += ' ' + text.trimmed().toByteArray();
            continue;
        }
        if (fenceOpening(text, &fenceChar, &fenceLength) || text.startsWith('>')) {
            paragraphLine = 0;
            paragraph.clear();
            continue;
        }
        if (text.startsWith('#')) {
            qsizetype level = 0;
            while (level < text.size() && text.at(level) == '#')
                ++level;
            if (level <= 6 && (level == text.size() || text.at(level) == ' ' || text.at(level) == '\t')) {
                headings.append(Heading{int(level), lineNumber, atxText(after(text, level))});
                paragraphLine = 0;
                paragraph.clear();
                continue;
            }
        }
        if (const int underline = setextUnderline(text); underline != 0 && paragraphLine != 0) {
            headings.append(Heading{underline, paragraphLine, QString::fromUtf8(paragraph)});
            paragraphLine = 0;
            paragraph.clear();
            continue;
        }
        if (thematicBreak(text)) {
            paragraphLine = 0;
            paragraph.clear();
            continue;
        }
        if (listItem(text)) {
            inList = true;
            paragraphLine = 0;
            paragraph.clear();
            continue;
        }
        QByteArray end = liquidBlockEnd(text);
        if (end.isEmpty() && text.startsWith("<!--") && !after(text, 4).contains("-->"))
            end = "-->";
        if (end.isEmpty() && text.startsWith("$$") && !(text.size() > 3 && text.trimmed().endsWith("$$")))
            end = "$$";
        if (!end.isEmpty()) {
            blockEnd = end;
            paragraphLine = 0;
            paragraph.clear();
            continue;
        }
        if (paragraphLine == 0) {
            paragraphLine = lineNumber;
            paragraph = text.trimmed().toByteArray();
        } else {
            paragraph += ' ' + text.trimmed().toByteArray();
        }
    }
    return headings;
}

int HeadingOutline::sectionAt(const QVector<Heading> &headings, int line) {
    const auto after = std::upper_bound(headings.cbegin(), headings.cend(), line,
                                        [](int l, const Heading &heading) { return l < heading.line; });
    return int(after - headings.cbegin()) - 1;
}
