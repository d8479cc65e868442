#include "render/kramdowncaveats.h"

#include <QCoreApplication>

#include <algorithm>

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

void addCaveat(QVector<PreviewCaveat> *caveats, const Line &line, qsizetype begin, qsizetype end,
               const QString &reason) {
    caveats->append(PreviewCaveat{line.number, int(begin - line.start + 1), int(end - begin), reason,
                                  PreviewCaveat::Origin::Kramdown});
}

// Every `needle` in `text`, with the line it is on.
template <typename Found>
void forEach(const QByteArray &text, const char *needle, Found found) {
    qsizetype from = 0;
    int fromLine = 1;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        found(at, lineAt(text, at, from, fromLine));
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
        });
    }
    std::sort(caveats->begin() + first, caveats->end(), [](const PreviewCaveat &a, const PreviewCaveat &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}
