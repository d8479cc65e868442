#include "render/kramdowncaveats.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace {

struct Line {
    int number = 0;
    qsizetype start = 0;
    qsizetype end = 0;  // before the line break
};

// The line holding byte `at` (1-based number), counting the line breaks before it from `from`, where line
// `fromLine` starts.
Line lineAt(const QByteArray &text, qsizetype at, qsizetype &from, int &fromLine) {
    for (qsizetype i = text.indexOf('\n', from); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
        ++fromLine;
        from = i + 1;
    }
    Line line{fromLine, from, text.indexOf('\n', from)};
    if (line.end < 0)
        line.end = text.size();
    if (line.end > line.start && text.at(line.end - 1) == '\r')
        --line.end;
    return line;
}

// Whether the line starts as a block inside a list or a quote would (indented, or after a quote or list
// marker), not as a top-level HTML block, which starts with its tag.
bool nestedInContainer(const QByteArray &text, const Line &line) {
    return line.start < line.end && text.at(line.start) != '<';
}

// Whether the line right before `line` starts with a tag: then the element is inside an HTML block that began
// above it, whose content stays raw (KramdownHtmlMarkdown reads an element that opens its own block).
bool insideRawHtml(const QByteArray &text, const Line &line) {
    if (line.start == 0)
        return false;
    qsizetype start = line.start - 1;  // the previous line's break
    if (start > 0 && text.at(start) == '\n' && text.at(start - 1) == '\r')
        --start;
    while (start > 0 && text.at(start - 1) != '\n' && text.at(start - 1) != '\r')
        --start;
    while (start < line.start && (text.at(start) == ' ' || text.at(start) == '\t'))
        ++start;
    return start < line.start && text.at(start) == '<';
}

void addCaveat(QVector<PreviewCaveat> *caveats, const Line &line, qsizetype begin, qsizetype end,
               const QString &reason) {
    caveats->append(PreviewCaveat{line.number, int(begin - line.start + 1), int(end - begin), reason,
                                  PreviewCaveat::Origin::Kramdown});
}

// The byte ranges of the fenced code blocks of `text` (``` or ~~~, closed by a fence of the same character at
// least as long, or by the end): syntax written there is code, not kramdown.
QVector<std::pair<qsizetype, qsizetype>> fencedRanges(const QByteArray &text) {
    QVector<std::pair<qsizetype, qsizetype>> ranges;
    char fence = 0;
    qsizetype fenceLength = 0;
    qsizetype openedAt = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end;
        qsizetype at = start;
        while (at < end && at - start < 4 && text.at(at) == ' ')
            ++at;
        qsizetype run = at;
        const char c = at < end ? text.at(at) : 0;
        while (run < end && text.at(run) == c && (c == '`' || c == '~'))
            ++run;
        const qsizetype length = run - at;
        if (length >= 3 && at - start < 4) {
            if (!fence) {
                fence = c;
                fenceLength = length;
                openedAt = start;
            } else if (c == fence && length >= fenceLength) {
                ranges.append({openedAt, end});
                fence = 0;
            }
        }
        start = end + 1;
    }
    if (fence)
        ranges.append({openedAt, text.size()});
    return ranges;
}

// Whether `at` is inside a code span of its line (after an odd number of backticks).
bool inCodeSpan(const QByteArray &text, const Line &line, qsizetype at) {
    return std::count(text.begin() + line.start, text.begin() + at, '`') % 2 == 1;
}

// Every `needle` in `text` outside code, with the line it is on.
template <typename Found>
void forEach(const QByteArray &text, const char *needle, Found found) {
    std::optional<QVector<std::pair<qsizetype, qsizetype>>>
        fenced;  // read at the first find: most texts have none
    qsizetype from = 0;
    int fromLine = 1;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (!fenced)
            fenced = fencedRanges(text);
        const bool inFence = std::any_of(fenced->begin(), fenced->end(), [at](const auto &range) {
            return at >= range.first && at < range.second;
        });
        const Line line = lineAt(text, at, from, fromLine);
        if (!inFence && !inCodeSpan(text, line, at))
            found(at, line);
    }
}

}  // namespace

void KramdownCaveats::find(const QByteArray &text, QVector<PreviewCaveat> *caveats) {
    const qsizetype first = caveats->size();
    forEach(text, "{::options", [&](qsizetype at, const Line &line) {
        qsizetype end = text.indexOf('}', at);
        end = end < 0 || end > line.end ? line.end : end + 1;
        addCaveat(caveats, line, at, end,
                  QCoreApplication::translate(
                      "KramdownCaveats",
                      "the options it sets are not applied by the preview (Jekyll applies them)"));
    });
    for (const char *attribute : {"markdown=\"span\"", "markdown='span'"}) {
        forEach(text, attribute, [&](qsizetype at, const Line &line) {
            addCaveat(caveats, line, at, at + qsizetype(qstrlen(attribute)),
                      QCoreApplication::translate(
                          "KramdownCaveats",
                          "markdown=\"span\" is not read: the element's content is shown as written"));
        });
    }
    for (const char *attribute :
         {"markdown=\"1\"", "markdown='1'", "markdown=\"block\"", "markdown='block'"}) {
        forEach(text, attribute, [&](qsizetype at, const Line &line) {
            if (nestedInContainer(text, line))
                addCaveat(caveats, line, at, at + qsizetype(qstrlen(attribute)),
                          QCoreApplication::translate(
                              "KramdownCaveats",
                              "markdown=\"1\" is read on top-level elements only, not inside a list "
                              "or a quote"));
            else if (insideRawHtml(text, line))
                addCaveat(
                    caveats, line, at, at + qsizetype(qstrlen(attribute)),
                    QCoreApplication::translate("KramdownCaveats",
                                                "markdown=\"1\" is read on an element that opens its own "
                                                "block, not inside other HTML"));
        });
    }
    std::sort(caveats->begin() + first, caveats->end(), [](const PreviewCaveat &a, const PreviewCaveat &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}
