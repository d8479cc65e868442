#include "frontmattersplit.h"

#include "post/textencoding.h"

namespace {

// The line starting at `begin`: its end (before the line break) and the start of the next line.
struct Line {
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
};

Line lineAt(const QByteArray &bytes, qsizetype begin) {
    Line line;
    line.begin = begin;
    qsizetype newline = bytes.indexOf('\n', begin);
    if (newline < 0) {
        line.end = bytes.size();
        line.next = bytes.size();
    } else {
        line.end = newline;
        line.next = newline + 1;
    }
    if (line.end > begin && bytes.at(line.end - 1) == '\r')
        --line.end;
    return line;
}

// `fence` followed only by spaces or tabs.
bool isFence(const QByteArray &bytes, const Line &line, const char *fence) {
    const qsizetype length = static_cast<qsizetype>(qstrlen(fence));
    if (line.end - line.begin < length || bytes.mid(line.begin, length) != fence)
        return false;
    for (qsizetype i = line.begin + length; i < line.end; ++i) {
        if (bytes.at(i) != ' ' && bytes.at(i) != '\t')
            return false;
    }
    return true;
}

}  // namespace

FrontMatterSplit FrontMatterSplit::of(const QByteArray &bytes) {
    FrontMatterSplit split;
    const bool bom = TextEncoding::hasBom(bytes);
    const qsizetype start = bom ? 3 : 0;
    const Line first = lineAt(bytes, start);
    const bool yaml = isFence(bytes, first, "---");
    const bool toml = !yaml && isFence(bytes, first, "+++");
    if (!yaml && !toml)
        return split;

    int lineNumber = 2;
    for (qsizetype at = first.next; at < bytes.size();) {
        const Line line = lineAt(bytes, at);
        const bool closes =
            yaml ? (isFence(bytes, line, "---") || isFence(bytes, line, "...")) : isFence(bytes, line, "+++");
        if (closes) {
            split.kind = yaml ? Kind::Yaml : Kind::Toml;
            split.openFenceBegin = start;
            split.blockBegin = first.next;
            split.blockEnd = line.begin;
            split.bodyBegin = line.next;
            split.blockFirstLine = 2;
            split.bodyFirstLine = lineNumber + 1;
            if (bom) {
                split.diagnostics.append({Diagnostic::Severity::Warning, 1, 1,
                                          tr("the file starts with a UTF-8 byte-order mark before the "
                                             "front matter; Jekyll may not see the front matter (the "
                                             "mark is kept as it is)")});
            }
            return split;
        }
        at = line.next;
        ++lineNumber;
    }
    split.diagnostics.append({Diagnostic::Severity::Warning, 1, 1,
                              tr("the front matter opened on line 1 is never closed by a `%1` line; "
                                 "Jekyll treats the whole file as body text")
                                  .arg(yaml ? QStringLiteral("---") : QStringLiteral("+++"))});
    return split;
}
